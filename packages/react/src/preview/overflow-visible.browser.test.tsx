import { LIMITS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderPreview } from './testing/browser-render.tsx'

// Wide letters, so a text at or past its limit is wider than its line.
const wide = (n: number) => 'W'.repeat(n)

/** Whether some of `mark` is painted inside `clip` (the box that cuts its text off). */
function shows(mark: Element, clip: Element): boolean {
  const bounds = clip.getBoundingClientRect()
  return [...mark.getClientRects()].some(
    (rect) =>
      rect.width > 0 &&
      rect.left < bounds.right - 1 &&
      rect.right > bounds.left + 1 &&
      rect.top < bounds.bottom - 1 &&
      rect.bottom > bounds.top + 1,
  )
}

const list = (row: { title: string; description?: string }) => ({
  type: 'list',
  body: { text: 'Chagua' },
  action: {
    button: 'Chagua',
    sections: [
      {
        title: 'A',
        rows: [
          { id: 'a', ...row },
          { id: 'b', title: 'B' },
        ],
      },
    ],
  },
})

async function openSheet() {
  page.getByRole('button', { name: 'Chagua' }).element().focus()
  await userEvent.keyboard('{Enter}')
  await expect.element(page.getByRole('dialog', { name: 'Chagua' })).toBeVisible()
}

// A row title is one line with an ellipsis and a description two lines, as WhatsApp shows them;
// text past a limit is still shown, so the mark from where it passes can be seen.
describe('text past a limit in the list sheet stays visible (Chromium)', () => {
  it('shows the marked part of a row title past its limit', async () => {
    renderPreview(list({ title: wide(LIMITS.list.rowTitle.max + 6) }))
    await openSheet()
    const title = document.querySelector('.bi-sheet-row-title') as HTMLElement
    const mark = title.querySelector('mark[data-overflow]') as HTMLElement
    expect(shows(mark, title)).toBe(true)
  })

  it('shows the marked part of a row description past its limit', async () => {
    renderPreview(list({ title: 'A', description: wide(LIMITS.list.rowDescription.max + 6) }))
    await openSheet()
    const description = document.querySelector('.bi-sheet-row-description') as HTMLElement
    const mark = description.querySelector('mark[data-overflow]') as HTMLElement
    expect(shows(mark, description)).toBe(true)
  })

  it('still cuts a row title within its limit at one line', async () => {
    renderPreview(list({ title: wide(LIMITS.list.rowTitle.max) }))
    await openSheet()
    const title = document.querySelector('.bi-sheet-row-title') as HTMLElement
    expect(title.scrollWidth).toBeGreaterThan(title.clientWidth)
    expect(getComputedStyle(title).textOverflow).toBe('ellipsis')
  })
})
