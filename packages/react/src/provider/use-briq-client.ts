'use client'

import type { BriqClient } from '@briq-interactive/core'
import { useContext } from 'react'
import { BriqContext } from './briq-context.ts'

/**
 * Who asks for the client, so the error outside a provider speaks to the code that was written:
 * a hook is passed `{ client }`, a component takes a `client` prop.
 */
export interface ClientCaller {
  /** A hook (`useSendInteractive()`) or a component (`<SendInteractiveDialog>`). */
  kind: 'hook' | 'component'
  /** As the developer wrote it: `useSendInteractive()`, `<SendInteractiveDialog>`. */
  name: string
  /** How that caller is given a client instead: `useSendInteractive({ client })`. */
  given: string
}

const PROVIDER = '<BriqProvider endpoint="/api/briq"> (or <BriqProvider client={client}>)'

/** `client`, else the nearest `BriqProvider`'s; throws an error that tells `caller` what to do. */
export function useClientFor(client: BriqClient | undefined, caller: ClientCaller): BriqClient {
  const context = useContext(BriqContext)
  const resolved = client ?? context
  if (resolved) return resolved
  throw new Error(
    caller.kind === 'hook'
      ? `${caller.name} was called outside <BriqProvider>: wrap the component in ${PROVIDER}, or pass the client: ${caller.given}`
      : `${caller.name} is outside <BriqProvider>: wrap it in ${PROVIDER}, or give it a client: ${caller.given}`,
  )
}

const BRIQ_CLIENT: ClientCaller = { kind: 'hook', name: 'useBriqClient()', given: 'useBriqClient(client)' }

/**
 * The Briq client of the nearest `BriqProvider`. Throws a clear error outside one, unless
 * `client` is given (the hooks accept a `client` option to work without a provider).
 */
export function useBriqClient(client?: BriqClient): BriqClient {
  return useClientFor(client, BRIQ_CLIENT)
}
