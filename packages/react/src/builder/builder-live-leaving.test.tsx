import { createDraft } from '@briq-interactive/core'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ANNOUNCEMENT_MS } from '../dom/announcement-time.ts'
import { liveWords } from '../testing/live-words.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const said = () => liveWords(document.querySelector('.bi-builder-live'))
const refused = 'Button 1 cannot be removed: at least 1 must stay'

describe("the builder's live region", () => {
  it('takes its words out once said, as the preview and send dialog do, and says them again', () => {
    vi.useFakeTimers()
    try {
      render(
        <InteractiveBuilder
          defaultValue={{
            ...createDraft('button'),
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
          }}
        />,
      )
      const remove = () =>
        within(screen.getByRole('group', { name: 'Button 1' })).getByRole('button', { name: 'Remove' })
      fireEvent.click(remove())
      expect(said()).toBe(refused)
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS - 1))
      expect(said()).toBe(refused)
      act(() => vi.advanceTimersByTime(1))
      expect(said()).toBe('')
      // The same words again are said again, and leave as well.
      fireEvent.click(remove())
      expect(said()).toBe(refused)
      act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS))
      expect(said()).toBe('')
    } finally {
      vi.useRealTimers()
    }
  })
})
