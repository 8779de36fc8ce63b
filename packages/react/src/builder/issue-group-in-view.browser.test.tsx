import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'
import { fourButtons } from './testing/issue-drafts.ts'
import { nextFrame } from './testing/long-list.ts'

const inView = (element: Element) => {
  const box = element.getBoundingClientRect()
  return box.top >= 0 && box.bottom <= window.innerHeight
}

describe('an issue of a whole group picked in the summary (Chromium)', () => {
  // The group (four buttons) is taller than the window: focused from the summary below it, the
  // browser showed its end ("Add button"), and its message and fix-it at its top stayed above
  // the screen.
  it('shows the group from its top: the message and its fix-it are in view', async () => {
    await page.viewport(640, 600)
    renderBuilder({ defaultValue: fourButtons })
    const group = page.getByRole('group', { name: 'Buttons' }).element()
    expect(group.getBoundingClientRect().height).toBeGreaterThan(window.innerHeight)
    const summary = page.getByRole('region', { name: 'Problems' })
    ;(summary.element() as HTMLElement).scrollIntoView({ block: 'end' })
    await userEvent.click(summary.getByRole('button', { name: /The message has 4 buttons/ }))
    await expect.element(page.getByRole('group', { name: 'Buttons' })).toHaveFocus()
    await nextFrame()
    const fix = page.getByRole('button', { name: 'Turn the 4 buttons into a list' }).element()
    const message = [...group.querySelectorAll('.bi-builder-issue')].find((element) =>
      element.textContent?.includes('The message has 4 buttons'),
    )
    expect(message).toBeDefined()
    expect(inView(message as Element)).toBe(true)
    expect(inView(fix)).toBe(true)
  })
})
