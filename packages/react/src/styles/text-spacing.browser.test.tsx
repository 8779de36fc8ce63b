import '../styles.css'
import { FEEDBACK_INTERACTIVE, INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

// WCAG 2.2 1.4.12's text spacing, as its understanding document's bookmarklet sets it on every
// element (https://www.w3.org/WAI/WCAG22/Understanding/text-spacing).
const spacing = document.createElement('style')
spacing.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`
beforeEach(() => {
  document.head.append(spacing)
})
afterEach(() => {
  cleanup()
  spacing.remove()
})

const describeElement = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`

/** Text cut off by a box that hides its overflow, or running out of its box over the next. */
function lostText(root: Element): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((element) => {
    if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(element.tagName)) return []
    if (element.getClientRects().length === 0) return []
    // Visually hidden text (a 1 px clipped box) is for a screen reader, which reads it whole.
    for (let box: Element | null = element; box; box = box.parentElement) {
      if (box.getBoundingClientRect().width <= 1 && getComputedStyle(box).overflow !== 'visible') return []
    }
    const style = getComputedStyle(element)
    const text = `"${element.textContent?.trim().slice(0, 30)}"`
    const lost: string[] = []
    if (['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
      lost.push(`${describeElement(element)} cuts ${text} across`)
    if (['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      lost.push(`${describeElement(element)} cuts ${text} down`)
    const box = element.getBoundingClientRect()
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const run = range.getBoundingClientRect()
      if (run.left < box.left - 1 || run.right > box.right + 1 || run.top < box.top - 1 || run.bottom > box.bottom + 1)
        lost.push(`${describeElement(element)} spills ${text}`)
    }
    return lost
  })
}

describe('text spacing (WCAG 1.4.12) loses no text (Chromium)', () => {
  for (const width of [1280, 320]) {
    it(`the composer's form and JSON, ${width} px`, async () => {
      await page.viewport(width, 900)
      const { client } = createMockClient()
      const { container } = render(
        <InteractiveComposer client={client} defaultValue={INTERACTIVE_EXAMPLES.list} sendMode="inline" />,
      )
      const root = container.firstElementChild as HTMLElement
      expect(lostText(root)).toEqual([])
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
      expect(lostText(root)).toEqual([])
    })

    it(`the send dialog with a wrong number, ${width} px`, async () => {
      await page.viewport(width, 900)
      const { client } = createMockClient()
      render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
      const number = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
      await userEvent.fill(number, '12')
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(number).toHaveAttribute('aria-invalid', 'true')
      const dialog = page.getByRole('dialog').element()
      expect(lostText(dialog)).toEqual([])
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth)
    })
  }
})
