/** A signal that aborts when either input aborts, and a `dispose` that removes its listeners. */
export interface CombinedSignal {
  /** Aborts with the reason of whichever input aborted first. */
  readonly signal: AbortSignal
  /** Removes the listeners from the inputs; call it once the work settles. */
  dispose(): void
}

/**
 * Combines two signals. `AbortSignal.any` is missing from Safari before 17.4 and keeps the
 * caller's signal referenced; this removes its listeners on `dispose`.
 */
export function anySignal(a: AbortSignal, b: AbortSignal): CombinedSignal {
  const combined = new AbortController()
  if (a.aborted || b.aborted) {
    combined.abort(a.aborted ? a.reason : b.reason)
    return { signal: combined.signal, dispose: () => {} }
  }
  const onA = () => combined.abort(a.reason)
  const onB = () => combined.abort(b.reason)
  a.addEventListener('abort', onA, { once: true })
  b.addEventListener('abort', onB, { once: true })
  return {
    signal: combined.signal,
    dispose() {
      a.removeEventListener('abort', onA)
      b.removeEventListener('abort', onB)
    },
  }
}
