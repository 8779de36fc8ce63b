import '../styles.css'
import { FEEDBACK_INTERACTIVE, INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { withLocalMedia } from '../preview/testing/local-media.ts'
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

/** Elements of `root` (the visually hidden ones aside) that reach past its sides. */
function pastSides(root: Element): string[] {
  const { left, right } = root.getBoundingClientRect()
  return [...root.querySelectorAll('*')].flatMap((element) => {
    const box = element.getBoundingClientRect()
    if (box.width <= 1 || (box.left >= left - 0.5 && box.right <= right + 0.5)) return []
    return [`${describeElement(element)} "${element.textContent?.trim().slice(0, 30)}"`]
  })
}

describe('text spacing (WCAG 1.4.12) loses no text (Chromium)', () => {
  // A card's text counts its line breaks too ("0 of 2 line breaks"), in Swahili the longest
  // words: the counter kept to one line ran past the form on a 320 px screen (WCAG 1.4.10),
  // where the page could not be scrolled to it, and squeezed the field's hint word by word.
  it("a carousel card's counters in Swahili, 320 px", async () => {
    await page.viewport(320, 900)
    const { client } = createMockClient()
    const { container } = render(
      <InteractiveComposer
        client={client}
        locale="sw"
        defaultValue={withLocalMedia(validFixtures.carouselCtaUrl)}
        sendMode="inline"
      />,
    )
    const root = container.firstElementChild as HTMLElement
    const form = root.querySelector('.bi-composer-builder') as HTMLElement
    const counter = form.querySelector('.bi-builder-counter:has(.bi-builder-counter-part)') as HTMLElement
    expect(counter.querySelector('.bi-builder-counter-part')).toHaveTextContent('Mistari mipya 0 kati ya 2')
    expect(pastSides(form)).toEqual([])
    expect(lostText(form)).toEqual([])
    // The hint beside it keeps its words on one line ("Si lazima"), not one a line.
    const hint = counter.parentElement?.querySelector('.bi-builder-hint')?.firstChild as Text
    expect(hint.textContent).toBe('Si lazima')
    const range = document.createRange()
    range.selectNodeContents(hint)
    expect(range.getClientRects()).toHaveLength(1)
  })

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
