import type { ProductCatalogue } from '@briq-interactive/core'
import { BriqProvider } from '@briq-interactive/react'
import type { PlaygroundConnection } from './connection.ts'
import type { PlaygroundLocale } from './i18n/translator.ts'
import { PlaygroundScreen } from './playground-screen.tsx'

/** Props of `App`. */
export interface AppProps {
  /** Where to send: the in-browser mock or a real endpoint. */
  connection: PlaygroundConnection
  /** Time between status polls (tests pass a short one). Default: 600 ms against the mock, core's default otherwise. */
  pollIntervalMs?: number | undefined
  /** The starting language. Default `en`. */
  initialLocale?: PlaygroundLocale
  /** Why the in-browser mock did not start, when it did not. */
  mockError?: string | undefined
  /** The shop's products, so product messages preview with names, prices and pictures. */
  catalogue?: ProductCatalogue | undefined
}

/**
 * The playground: a `BriqProvider` whose client talks to the connection's endpoint (created
 * once; the connection is fixed at start-up), around the screen that composes and sends.
 */
export function App(props: AppProps) {
  return (
    <BriqProvider endpoint={props.connection.endpoint} headers={props.connection.headers}>
      <PlaygroundScreen {...props} />
    </BriqProvider>
  )
}
