import type { KeyboardEvent } from 'react'

const STEPS: Readonly<Record<string, number>> = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 }

/** macOS and iOS (iPadOS says "MacIntel"): there a plain select's arrows open its list, as base-select's do. */
function arrowsOpenTheList(): boolean {
  return /^(Mac|iPhone|iPad|iPod)/.test(globalThis.navigator?.platform ?? '')
}

/** The enabled option `key` moves to from `from`, or `from` when there is none that way. */
function targetIndex(options: readonly HTMLOptionElement[], from: number, key: string): number {
  const enabled = options.flatMap((option, index) => (option.disabled ? [] : [index]))
  if (key === 'Home') return enabled[0] ?? from
  if (key === 'End') return enabled.at(-1) ?? from
  const step = STEPS[key] ?? 0
  return (step > 0 ? enabled.find((index) => index > from) : enabled.findLast((index) => index < from)) ?? from
}

/**
 * Gives a customizable select (`appearance: base-select`, so a long chosen option wraps instead
 * of being clipped) a plain select's keys where they differ: on Windows, Linux and ChromeOS a
 * closed plain select steps to the previous or next option on the arrow keys and to the first or
 * last on Home and End, its list staying shut (a screen reader says the option chosen), where
 * base-select opens its list. On macOS and iOS both open the list: left alone. Alt+Down, Space
 * and typing a letter stay the select's own. The kit's pickers use it; give it to your own
 * selects beside them drawn the same way, as their `onKeyDown`. A select not drawn with
 * base-select (another browser, or your CSS) is left alone.
 *
 * @example
 * ```tsx
 * // CSS: @supports (appearance: base-select) { .my-select { appearance: base-select; white-space: normal } }
 * <select className="my-select" onKeyDown={keepPlainSelectKeys}>…</select>
 * ```
 */
export function keepPlainSelectKeys(event: KeyboardEvent<HTMLSelectElement>): void {
  const select = event.currentTarget
  const key = event.key
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  if (!(key in STEPS || key === 'Home' || key === 'End') || arrowsOpenTheList()) return
  // Only a select drawn with base-select (which knows :open) opens on these keys.
  if (getComputedStyle(select).appearance !== 'base-select' || select.matches(':open')) return
  event.preventDefault()
  const index = targetIndex([...select.options], select.selectedIndex, key)
  if (index === select.selectedIndex) return
  select.selectedIndex = index
  select.dispatchEvent(new Event('input', { bubbles: true }))
  select.dispatchEvent(new Event('change', { bubbles: true }))
}
