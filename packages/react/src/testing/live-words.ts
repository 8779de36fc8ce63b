import { isInaccessible } from '@testing-library/react'

/**
 * What a live region offers a screen reader now: its words, or '' once they have left
 * (`LeavingWords` hides them rather than removing them).
 */
export function liveWords(region: Element | null): string {
  const words = region?.firstElementChild
  return words instanceof HTMLElement && !isInaccessible(words) ? (words.textContent ?? '') : ''
}
