import type { BriqClient } from '@briq-interactive/core'
import { useContext } from 'react'
import { BriqContext } from './briq-context.ts'

/**
 * The Briq client of the nearest `BriqProvider`. Throws a clear error outside one, unless
 * `client` is given (the hooks accept a `client` option to work without a provider).
 */
export function useBriqClient(client?: BriqClient): BriqClient {
  const context = useContext(BriqContext)
  const resolved = client ?? context
  if (!resolved) {
    throw new Error(
      'useBriqClient() was called outside <BriqProvider>: wrap the component in <BriqProvider endpoint="/api/briq"> ' +
        '(or <BriqProvider client={client}>), or pass { client } to the hook',
    )
  }
  return resolved
}
