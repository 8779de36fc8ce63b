import { useEffect, useRef } from 'react'
import { useSaidOnce } from './use-said-once.ts'

/**
 * Reports once, in development, a component switching between controlled and uncontrolled
 * (`name`, the component as the host wrote it and the prop, as `propOf` gives them:
 * `<SendInteractiveDialog open>`), as React does for its own inputs: the switch is a
 * bug of the host (a value that is sometimes `undefined`), whatever the component then shows.
 */
export function useModeSwitchWarning(controlled: boolean, name: string): void {
  const wasControlled = useRef(controlled)
  const firstTime = useSaidOnce()
  useEffect(() => {
    if (wasControlled.current === controlled) return
    wasControlled.current = controlled
    if (process.env.NODE_ENV === 'production' || !firstTime('switch')) return
    // Never "null for none": null is a value of its own to most (a builder given it has no draft
    // yet, not the draft it had); only where `null` means none do its props say so.
    const [from, to] = controlled ? ['uncontrolled', 'controlled'] : ['controlled', 'uncontrolled']
    console.error(
      `${name} is changing from ${from} to ${to}. Decide between a controlled value (given on every render, ` +
        'never undefined) and an uncontrolled one (defaultValue) for the lifetime of the component.',
    )
  }, [controlled, name, firstTime])
}
