'use client'

import { type SendHold, sendHoldSecondsLeft } from '@briq-interactive/core'
import { useEffect, useReducer } from 'react'

/**
 * The whole seconds a send hold has left (core's `sendHoldSecondsLeft`), re-rendering each time
 * the count goes down; undefined with no hold, or once it is over.
 */
export function useSendHoldSecondsLeft(hold: SendHold | undefined): number | undefined {
  const [ticks, tick] = useReducer((count: number) => count + 1, 0)
  const left = hold === undefined ? undefined : sendHoldSecondsLeft(hold)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each tick sets the next timer, also one that came early and left `left` as it was.
  useEffect(() => {
    if (hold === undefined || left === undefined) return
    // Wakes when the count changes.
    const id = setTimeout(tick, (hold.until - Date.now()) % 1000 || 1000)
    return () => clearTimeout(id)
  }, [hold, left, ticks])
  return left
}
