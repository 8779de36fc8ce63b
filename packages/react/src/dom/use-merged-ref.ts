import { type Ref, useCallback } from 'react'

const assign = <T>(ref: Ref<T> | undefined, node: T | null) => {
  if (typeof ref === 'function') ref(node)
  else if (ref) ref.current = node
}

/**
 * One callback ref that sets both refs given (a forwarded one and the component's own), stable
 * while they are, so React does not detach and re-attach it on every render.
 */
export function useMergedRef<T>(first: Ref<T> | undefined, second: Ref<T> | undefined): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      assign(first, node)
      assign(second, node)
    },
    [first, second],
  )
}
