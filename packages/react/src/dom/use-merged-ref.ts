import { type Ref, useCallback } from 'react'

type Cleanup = () => void

// Sets `ref` to `node`; a callback ref's returned cleanup (React 19) is given back.
const assign = <T>(ref: Ref<T> | undefined, node: T | null): Cleanup | undefined => {
  if (typeof ref === 'function') {
    const cleanup: unknown = ref(node)
    return typeof cleanup === 'function' ? (cleanup as Cleanup) : undefined
  }
  if (ref) ref.current = node
  return undefined
}

/**
 * One callback ref that sets both refs given (a forwarded one and the component's own), stable
 * while they are, so React does not detach and re-attach it on every render. A callback ref that
 * returns a cleanup (React 19, https://react.dev/reference/react-dom/components/common#ref-callback)
 * gets it run on detach, not a call with `null`; the other ref is then given `null`.
 */
export function useMergedRef<T>(
  first: Ref<T> | undefined,
  second: Ref<T> | undefined,
): (node: T | null) => Cleanup | undefined {
  return useCallback(
    (node: T | null) => {
      const cleanups = [assign(first, node), assign(second, node)]
      // Returned only when one was given: React 18, and refs without one, detach with `null` as before.
      if (cleanups.every((cleanup) => cleanup === undefined)) return undefined
      return () => {
        ;[first, second].forEach((ref, index) => {
          const cleanup = cleanups[index]
          if (cleanup) cleanup()
          else assign(ref, null)
        })
      }
    },
    [first, second],
  )
}
