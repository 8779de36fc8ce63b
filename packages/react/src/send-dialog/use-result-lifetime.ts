import { type BriqClient, liftSendHold } from '@briq-interactive/core'
import { useEffect, useRef, useState } from 'react'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { sameJson } from '../state/same-json.ts'
import type { SendRequestBody } from './send-plan.ts'

/** The same object (even one JSON cannot write), or the same JSON: the same request. */
export const sameRequest = (a: unknown, b: unknown): boolean => a === b || sameJson(a, b)

const keysChanged = (before: readonly unknown[], after: readonly unknown[]): boolean =>
  before.length !== after.length || before.some((key, index) => !Object.is(key, after[index]))

/**
 * How long a send's result stays on screen. A failure is about the request that failed: once
 * the recipient, sender, conversation or draft changes (`outgoing` is no longer that request),
 * it no longer says what Send would do, so it goes. Any result — a failure, or a sent message
 * with its status — goes when one of the host's `resetKeys` changes (the world it described
 * is gone: a mock reset). A failure alone goes when one of its `refreshKeys` changes (the
 * server answers differently from now on: another scenario), while a sent message stays with
 * its status, since the server still has it. Either change also lifts the hold a `Retry-After`
 * began on `client` (core's `liftSendHold`): the host says the server changed, so "Sending is on
 * hold" no longer holds; what was sent stays remembered. A send still pending is left alone;
 * nothing the user typed is touched.
 */
export function useResultLifetime(
  sending: UseSendInteractiveResult,
  outgoing: SendRequestBody,
  resetKeys: readonly unknown[] | undefined,
  refreshKeys?: readonly unknown[] | undefined,
  client?: BriqClient | undefined,
): void {
  const { reset, status, request } = sending
  const failedRequest = status === 'error' ? request : undefined
  useEffect(() => {
    if (failedRequest !== undefined && !sameRequest(failedRequest, outgoing)) reset()
  }, [failedRequest, outgoing, reset])

  const keys = resetKeys ?? []
  const keysRef = useRef(keys)
  const statusRef = useRef(status)
  statusRef.current = status
  const refresh = refreshKeys ?? []
  const refreshRef = useRef(refresh)
  useEffect(() => {
    const before = keysRef.current
    keysRef.current = keys
    const refreshedBefore = refreshRef.current
    refreshRef.current = refresh
    const resetChanged = keysChanged(before, keys)
    const refreshChanged = keysChanged(refreshedBefore, refresh)
    if ((resetChanged || refreshChanged) && client !== undefined) liftSendHold(client)
    if (statusRef.current === 'pending') return
    if (resetChanged) reset()
    else if (refreshChanged && statusRef.current === 'error') reset()
  })
}

/**
 * How many times the host's `resetKeys` or `refreshKeys` have changed: look-ups of what Briq knows (a
 * conversation's 24-hour window, the recent conversations) read it as a revision, so once the
 * world changed (a customer who wrote first, a mock reset to its fixtures, another scenario) they
 * ask again instead of contradicting it.
 */
export function useResetRevision(resetKeys: readonly unknown[] | undefined): number {
  const keys = resetKeys ?? []
  const [seen, setSeen] = useState({ keys, revision: 0 })
  if (!keysChanged(seen.keys, keys)) return seen.revision
  // Adjusted while rendering (React's pattern for state derived from props): no frame shows the old answer as current.
  setSeen({ keys, revision: seen.revision + 1 })
  return seen.revision + 1
}
