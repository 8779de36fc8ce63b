import { LIMITS } from '@briq-interactive/core'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const TYPES = [...new Set(Object.values(validFixtures).map((f) => f.type))]

describe('InteractivePreview: extreme drafts', () => {
  it.each(TYPES)('%s with no action, and with null in every part, renders its bubble', (type) => {
    const { unmount } = render(<InteractivePreview value={{ type, body: { text: 'x' } }} time={FIXTURE_TIME} />)
    expect(document.querySelector('.bi-bubble[data-direction="in"]')).toHaveAttribute('data-type', type)
    unmount()
    render(
      <InteractivePreview
        value={{
          type,
          header: null,
          body: null,
          footer: null,
          action: { buttons: null, sections: null, cards: null, parameters: null },
        }}
        time={FIXTURE_TIME}
      />,
    )
    expect(document.querySelector('.bi-bubble[data-direction="in"]')).toHaveAttribute('data-type', type)
  })

  it('a list with 10,000 rows renders, opens, marks the rows past 10 and still replies', async () => {
    const onReply = vi.fn()
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }))
    render(
      <InteractivePreview
        value={{ type: 'list', body: { text: 'Many' }, action: { button: 'Open', sections: [{ title: 'All', rows }] } }}
        time={FIXTURE_TIME}
        onReply={onReply}
      />,
    )
    await act(async () => screen.getByRole('button', { name: 'Open' }).click())
    const dialog = screen.getByRole('dialog')
    const shown = dialog.querySelectorAll('.bi-sheet-row')
    // 10 rows plus 20 marked ones are drawn; the other 9,970 are counted.
    expect(shown).toHaveLength(30)
    expect(dialog.querySelector('.bi-sheet-hidden')).toHaveTextContent(
      `9,970 more rows not shown (WhatsApp shows at most ${LIMITS.list.rowsTotal.max})`,
    )
    expect(shown[9]).not.toHaveAttribute('data-overflow')
    expect(shown[10]).toHaveAttribute('data-overflow')
    await userEvent.click(screen.getAllByRole('radio')[1] as HTMLElement)
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(onReply).toHaveBeenCalledWith({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row 1' } })
  })
})
