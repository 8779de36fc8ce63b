import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { textBox } from '../testing/text-box.ts'
import { InteractiveBuilder, type InteractiveBuilderProps } from './interactive-builder.tsx'
import { renderBuilder } from './testing/browser-builder.tsx'

const ARABIC = 'هل تحتاج إلى نقل؟'
const HEBREW = 'שלום עולם'

/** The builder in a 560 px wide part of a right-to-left page (an Arabic or Hebrew admin). */
const renderInRtlPage = (defaultValue: InteractiveBuilderProps['defaultValue']) =>
  render(
    <div dir="rtl" style={{ width: 560 }}>
      <InteractiveBuilder theme="light" defaultValue={defaultValue} />
    </div>,
  )

const withValue = (root: HTMLElement, value: string): HTMLInputElement | HTMLTextAreaElement => {
  const found = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find(
    (control) => control.value === value,
  )
  if (!found) throw new Error(`no control holds "${value}"`)
  return found
}

const leftOf = (element: Element, part: string) => textBox(element, part).left

// WhatsApp sets a text's direction from its first strong letter, whatever the phone's language,
// and each line of a message its own; what the person types reads the same way in the builder.
describe('the builder writes each text in its own direction (Chromium)', () => {
  it('right-to-left titles and bodies read right to left, in a left-to-right page', () => {
    const { root } = renderBuilder({
      defaultValue: {
        type: 'button',
        header: { type: 'text', text: HEBREW },
        body: { text: `${ARABIC}\nHello 24` },
        footer: { text: 'Karibu' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'yes', title: 'نعم' } },
            { type: 'reply', reply: { id: 'no', title: 'No' } },
          ],
        },
      },
    })
    for (const value of [HEBREW, `${ARABIC}\nHello 24`, 'نعم']) {
      expect(getComputedStyle(withValue(root, value)).direction, value).toBe('rtl')
    }
    for (const value of ['Karibu', 'No', 'yes']) {
      expect(getComputedStyle(withValue(root, value)).direction, value).toBe('ltr')
    }
    // Each line of a text area takes its own direction, as each line of a message does.
    expect(getComputedStyle(withValue(root, `${ARABIC}\nHello 24`)).unicodeBidi).toBe('plaintext')
  })

  it('in a right-to-left page, Latin text, links and JSON still read left to right', async () => {
    const view = renderInRtlPage({
      type: 'cta_url',
      body: { text: 'Order 24 ready' },
      action: { name: 'cta_url', parameters: { display_text: 'طلبك', url: 'https://example.com/a?b=1' } },
    })
    const root = view.container
    expect(getComputedStyle(withValue(root, 'Order 24 ready')).direction).toBe('ltr')
    expect(getComputedStyle(withValue(root, 'طلبك')).direction).toBe('rtl')
    expect(getComputedStyle(withValue(root, 'https://example.com/a?b=1')).direction).toBe('ltr')
    await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
    const json = await vi.waitUntil(() => root.querySelector<HTMLTextAreaElement>('textarea[data-kind="json"]'))
    expect(getComputedStyle(json).direction).toBe('ltr')
  })

  // A field with no letter yet has no direction of its own: dir="auto" made it left to right,
  // the caret and placeholder on the left of an Arabic or Hebrew page's form.
  it('in a right-to-left page, an empty field or one of digits keeps the page’s direction', async () => {
    const view = renderInRtlPage({
      type: 'button',
      body: { text: '' },
      footer: { text: '24/7' },
      action: { buttons: [{ type: 'reply', reply: { id: '', title: '' } }] },
    })
    const fields = [...view.container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    expect(fields.map((field) => field.value).sort()).toEqual(['', '', '', '24/7'])
    for (const field of fields) expect(getComputedStyle(field).direction, field.id).toBe('rtl')
    // Its first letter typed, the field takes that letter's direction.
    const body = view.container.querySelector('textarea') as HTMLTextAreaElement
    await userEvent.fill(body, 'Hello 24')
    expect(getComputedStyle(body).direction).toBe('ltr')
  })

  // The builder lays out right to left with the page; its own counts are English or Swahili.
  it('in a right-to-left page, its counts keep their words’ order ("5 / 1024", "1 of 10 rows", "1 error")', async () => {
    const view = renderInRtlPage({
      type: 'list',
      body: { text: 'Hello' },
      action: { button: 'Menu', sections: [{ title: 'A', rows: [{ id: 'a', title: '' }] }] },
    })
    const withText = (selector: string, text: string) => {
      const found = [...view.container.querySelectorAll(selector)].find((element) => element.textContent === text)
      if (!found) throw new Error(`no ${selector} reads "${text}"`)
      return found
    }
    // Drawn "1024 / 5" it read as over its limit.
    const counter = withText('.bi-builder-counter-text', '5 / 1024')
    expect(leftOf(counter, '5')).toBeLessThan(leftOf(counter, '1024'))
    const rows = withText('.bi-builder-group-count-text', '1 of 10 rows')
    expect(leftOf(rows, '1 ')).toBeLessThan(leftOf(rows, 'rows'))
    const summary = withText('.bi-builder-summary-count', '1 error')
    expect(leftOf(summary, '1')).toBeLessThan(leftOf(summary, 'error'))
  })
})
