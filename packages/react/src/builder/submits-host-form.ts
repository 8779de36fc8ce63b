import type { KeyboardEvent } from 'react'
import { isInput } from '../dom/node-kind.ts'

/**
 * Enter in one of the builder's one-line fields would submit a form of the host's around the
 * builder (HTML's implicit submission: a ticket saved, or the page navigated away, mid-edit).
 * The builder has no form of its own there; a form inside it (the composer's send step) keeps
 * its Enter.
 */
export function submitsHostForm(event: KeyboardEvent<HTMLElement>, root: HTMLElement | null): boolean {
  const target = event.target
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || !isInput(target)) return false
  if (['button', 'submit', 'reset', 'image', 'file'].includes(target.type)) return false
  return target.form !== null && root !== null && !root.contains(target.form)
}
