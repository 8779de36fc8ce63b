import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCEMENT_MS } from './announcement-time.ts'
import { LeavingWords } from './leaving-words.tsx'

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
afterEach(() => vi.useRealTimers())

const region = (words: string) => (
  <div role="status">
    <LeavingWords>{words}</LeavingWords>
  </div>
)
const words = (container: HTMLElement) => container.querySelector('span') as HTMLElement

describe('LeavingWords', () => {
  it('leaves the region once said, and comes back with words that change', async () => {
    const { container, rerender } = render(region('Status: Queued'))
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS - 1))
    expect(words(container)).toBeVisible()
    act(() => vi.advanceTimersByTime(1))
    expect(words(container)).not.toBeVisible()
    expect(words(container)).toHaveTextContent('Status: Queued')
    rerender(region('Status: Sent'))
    // The change is seen by a MutationObserver, whose callback is a microtask.
    await act(async () => {})
    expect(words(container)).toBeVisible()
    expect(words(container)).toHaveTextContent('Status: Sent')
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
    expect(words(container)).not.toBeVisible()
  })

  it('waits for nothing while empty', () => {
    const { container } = render(region(''))
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
    expect(words(container)).not.toHaveAttribute('hidden')
  })
})
