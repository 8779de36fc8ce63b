import { type BriqClient, type BriqError, toBriqError } from '@briq-interactive/core'
import { useEffect, useState } from 'react'

/** A look-up's state: nothing asked, under way, answered, or failed. */
export type BriqQueryState<T> =
  | { readonly status: 'idle' | 'loading'; readonly data?: undefined; readonly error?: undefined }
  | { readonly status: 'success'; readonly data: T; readonly error?: undefined }
  | { readonly status: 'error'; readonly data?: undefined; readonly error: BriqError }

const IDLE: BriqQueryState<never> = { status: 'idle' }
const LOADING: BriqQueryState<never> = { status: 'loading' }

/**
 * Runs `load` against the client whenever `key` changes (null: nothing to look up), aborting
 * the previous look-up, and returns its state. A look-up for an old key never overwrites a newer
 * one's answer. `load` is read with the key, so it may be written inline. A new `revision`
 * looks the same key up again, showing the last answer until the new one arrives.
 */
export function useBriqQuery<T>(
  client: BriqClient,
  key: string | null,
  load: (client: BriqClient, signal: AbortSignal) => Promise<T>,
  revision: string | number = 0,
): BriqQueryState<T> {
  const [state, setState] = useState<{ key: string | null; client: BriqClient; value: BriqQueryState<T> }>({
    key: null,
    client,
    value: IDLE,
  })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` belongs to `key`; a new closure for the same key must not look up again
  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    setState((last) => (last.key === key && last.client === client ? last : { key, client, value: LOADING }))
    // A client that throws instead of rejecting (or lacks the method) fails the look-up, not the page.
    new Promise<T>((resolve) => resolve(load(client, controller.signal))).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, client, value: { status: 'success', data } })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState({ key, client, value: { status: 'error', error: toBriqError(error, 'The look-up') } })
      },
    )
    return () => controller.abort()
  }, [client, key, revision])
  if (key === null) return IDLE
  // Until the effect for a new key has run, the old key's answer is not this key's.
  return state.key === key && state.client === client ? state.value : LOADING
}
