import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { textBox } from '../testing/text-box.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

const ARABIC_NAME = 'أحمد سالم'

/**
 * Lays `text` out as one line in the dialog's own font and direction and gives the left edge of
 * each piece, in reading order of the source. A select draws its options in its own shadow tree,
 * which no DOM range reaches, so the option's label is laid out beside it, in the same context.
 */
function leftEdges(host: HTMLElement, text: string, pieces: string[]): number[] {
  const line = document.createElement('span')
  line.style.whiteSpace = 'nowrap'
  line.textContent = text
  host.append(line)
  try {
    const node = line.firstChild as Text
    return pieces.map((piece) => {
      const at = text.indexOf(piece)
      expect(at, `"${piece}" is in "${text}"`).toBeGreaterThanOrEqual(0)
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + piece.length)
      return range.getBoundingClientRect().left
    })
  } finally {
    line.remove()
  }
}

// Unicode's bidirectional algorithm (UAX #9, rule W2) reads digits after Arabic letters as
// Arabic numbers: unisolated, "أحمد سالم · +255 713 000 009" drew the number's groups right to left.
describe('the send dialog keeps a right-to-left name from reordering the number beside it (Chromium)', () => {
  it('a conversation with an Arabic profile name shows its number left to right, after the name', async () => {
    const { client, mock } = createMockClient()
    mock.openWindow('255713000009', { profileName: ARABIC_NAME })
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const sendTo = page.getByRole('combobox', { name: 'Send to' })
    await expect.poll(() => sendTo.element().querySelectorAll('option').length).toBeGreaterThan(1)
    const option = [...sendTo.element().querySelectorAll('option')].find((o) => o.label.includes('255713000009'))
    expect(option).toBeDefined()
    const label = option?.label ?? ''
    const [name, plus, end] = leftEdges(sendTo.element().parentElement as HTMLElement, label, [
      ARABIC_NAME,
      '+255',
      'open until',
    ])
    expect(name).toBeLessThan(plus as number)
    expect(plus).toBeLessThan(end as number)
  })

  it('leaves a Latin name’s option text as it was', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const sendTo = page.getByRole('combobox', { name: 'Send to' })
    await expect.poll(() => sendTo.element().querySelectorAll('option').length).toBeGreaterThan(1)
    const labels = [...sendTo.element().querySelectorAll('option')].map((o) => o.label)
    expect(labels).toContain('Baraka Mushi · +255713000001: window closed')
  })
})

// The dialog lays out right to left with an Arabic or Hebrew page; its own sentences are English
// or Swahili, and drawn in the page's direction their full stop stood at their start.
describe('the send dialog in a right-to-left page (Chromium)', () => {
  it('its sentences read in their own order, full stop last, aligned with the page', async () => {
    document.documentElement.dir = 'rtl'
    try {
      const { client } = createMockClient()
      render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
      const description = page.getByText('Check the recipient and the message, then send it on WhatsApp.').element()
      const word = textBox(description, 'WhatsApp')
      const stop = textBox(description, 'WhatsApp.')
      // "WhatsApp." on its line, the stop to the word's right, not ".WhatsApp".
      expect(stop.left).toBe(word.left)
      expect(stop.right).toBeGreaterThan(word.right)
      // Its lines end at the right, as the page's text does.
      expect(stop.right).toBeCloseTo(description.getBoundingClientRect().right, 0)
    } finally {
      document.documentElement.removeAttribute('dir')
    }
  })

  it('its sentences keep an alignment the page gives, as its other text does', async () => {
    // Set to the page's side, left in a left-to-right page, its paragraphs left a host's centred
    // page (`body { text-align: center }`) while its title and labels stayed centred with it.
    document.body.style.textAlign = 'center'
    try {
      const { client } = createMockClient()
      render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
      const dialog = page.getByRole('dialog')
      const description = dialog.getByText('Check the recipient and the message, then send it on WhatsApp.')
      expect(getComputedStyle(dialog.getByRole('heading').element()).textAlign).toBe('center')
      expect(getComputedStyle(description.element()).textAlign).toBe('center')
    } finally {
      document.body.style.textAlign = ''
    }
  })

  it('opened from a host’s right-to-left wrapper in a left-to-right page, lays out right to left there', async () => {
    const { client } = createMockClient()
    render(
      <div dir="rtl">
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          trigger={<button type="button">Send to customer…</button>}
        />
      </div>,
    )
    await userEvent.click(page.getByRole('button', { name: 'Send to customer…' }))
    const dialog = page.getByRole('dialog')
    await expect.element(dialog).toBeVisible()
    // Portalled to the page's body, out of the wrapper.
    expect(dialog.element().parentElement?.closest('[dir]')).toBeNull()
    expect(getComputedStyle(dialog.element()).direction).toBe('rtl')
  })
})
