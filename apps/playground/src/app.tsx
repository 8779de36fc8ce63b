import type { ProductCatalogue, ValidateOptions } from '@briq-interactive/core'
import { BriqProvider } from '@briq-interactive/react'
import { useCallback, useState } from 'react'
import type { PlaygroundConnection } from './connection.ts'
import type { PlaygroundLocale } from './i18n/translator.ts'
import type { MockFailureCause } from './mock-failure.ts'
import { PlaygroundScreen } from './playground-screen.tsx'

/** Props of `App`. */
export interface AppProps {
  /** Where to send: the in-browser mock or a real endpoint. */
  connection: PlaygroundConnection
  /** Time between status polls (tests pass a short one). Default: 600 ms against the mock, core's default otherwise. */
  pollIntervalMs?: number | undefined
  /** How long the client waits for an answer (tests pass a short one). Default: core's. */
  timeoutMs?: number | undefined
  /** The starting language. Default `en`. */
  initialLocale?: PlaygroundLocale
  /** Why the in-browser mock did not start, when it did not: the browser's own words. */
  mockError?: string | undefined
  /** What stopped it (see `mockFailureCause`), which says what to do. Default `address`. */
  mockErrorCause?: MockFailureCause | undefined
  /** The shop's products, so product messages preview with names, prices and pictures. */
  catalogue?: ProductCatalogue | undefined
  /** The validation options to start with (the page's query or environment; see `pageValidation`). Default: core's. */
  initialValidation?: ValidateOptions | undefined
  /** Called when the person switches them (main.tsx keeps them in the URL and tells the in-page mock). */
  onValidationChange?: ((options: ValidateOptions) => void) | undefined
}

/**
 * The playground: a `BriqProvider` whose client talks to the connection's endpoint (created
 * once; the connection is fixed at start-up), around the screen that composes and sends. The
 * provider's `validation` is the page's switches, which the builder, preview and send read.
 */
export function App(props: AppProps) {
  const { initialValidation, onValidationChange } = props
  const [validation, setValidation] = useState<ValidateOptions>(() => ({ ...initialValidation }))
  const changeValidation = useCallback(
    (next: ValidateOptions) => {
      setValidation(next)
      onValidationChange?.(next)
    },
    [onValidationChange],
  )
  return (
    <BriqProvider
      endpoint={props.connection.endpoint}
      headers={props.connection.headers}
      timeoutMs={props.timeoutMs}
      validation={validation}
    >
      <PlaygroundScreen {...props} validation={validation} onValidationSwitch={changeValidation} />
    </BriqProvider>
  )
}
