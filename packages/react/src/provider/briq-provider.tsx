import { type BriqClient, type BriqClientOptions, createBriqClient, type ValidateOptions } from '@briq-interactive/core'
import { type ReactNode, useState } from 'react'
import { BriqContext } from './briq-context.ts'
import { ValidationContext } from './validation-context.ts'

/** Props of {@link BriqProvider}: a ready client, or the options to create one. */
export type BriqProviderProps = (
  | {
      /** The client every hook below uses (e.g. one shared with non-React code). */
      client: BriqClient
      /**
       * The validation options of the preview and the send dialog below; give the same ones you
       * gave `createBriqClient`, so what they show valid is what the client sends.
       */
      validation?: ValidateOptions
    }
  | (BriqClientOptions & {
      /** Leave out to let the provider create the client from the other props. */
      client?: undefined
    })
) & {
  /** The part of your app that sends messages. */
  children?: ReactNode
}

/**
 * Gives `useSendInteractive`, `useMessageStatus` and `useBriqClient` their Briq client.
 * Pass `client`, or the `createBriqClient` options (`endpoint`, `headers`, `fetch`, `timeoutMs`,
 * `retry`, `validation`): the client is then created once, on first render, and later changes
 * to those options are ignored (pass `headers` as a function for values that change, such as
 * a fresh token). A `client` prop may change; the hooks follow it. Safe to render on the server:
 * creating a client touches no browser API.
 *
 * `validation` (for the rules Meta's own sources disagree on, e.g. `extendedListBody`) reaches
 * the client's send check, `InteractivePreview` and `SendInteractiveDialog` alike, so all three
 * agree; like the client options it is read on the first render.
 *
 * @example
 * <BriqProvider endpoint="/api/briq">
 *   <Composer />
 * </BriqProvider>
 */
export function BriqProvider(props: BriqProviderProps) {
  const [owned] = useState(() => (props.client ? undefined : createOwnClient(props)))
  const [validation] = useState<ValidateOptions>(() => props.validation ?? {})
  const client = props.client ?? owned
  if (!client) {
    throw new Error(
      '<BriqProvider> lost its `client` prop: keep passing the same `client`, or mount the provider with `endpoint` from the start',
    )
  }
  return (
    <BriqContext.Provider value={client}>
      <ValidationContext.Provider value={validation}>{props.children}</ValidationContext.Provider>
    </BriqContext.Provider>
  )
}

function createOwnClient(props: BriqClientOptions & { client?: undefined; children?: ReactNode }): BriqClient {
  const { children: _children, client: _client, ...options } = props
  if (typeof options.endpoint !== 'string' || options.endpoint.trim() === '') {
    throw new Error(
      `<BriqProvider> needs a \`client\` or an \`endpoint\` (your proxy's URL, e.g. <BriqProvider endpoint="/api/briq">); got endpoint ${JSON.stringify(options.endpoint)}`,
    )
  }
  return createBriqClient(options)
}
