import { useEffect, useState } from 'react'

/**
 * How long typing stops (ms) before what was typed is acted on: a draft saved, a media link
 * loaded. Shorter than the gap between two words, longer than the gap between two keys.
 */
export const TYPING_PAUSE_MS = 400

/**
 * `value` as it was when typing last paused: the first value at once (the server's HTML and a
 * static preview have it), each later one when it has stood unchanged for `TYPING_PAUSE_MS`.
 */
export function useTypingPause<T>(value: T): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [value, settled])
  return settled
}
