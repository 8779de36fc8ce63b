import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { edgeFixtures, validFixtures } from '../preview/fixtures.ts'
import { animationsSettled, renderPreview } from '../preview/testing/browser-render.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createHeldSendClient, createMockClient } from '../send-dialog/testing/mock-client.ts'
import { emulatePreferences } from '../testing/preferences.ts'
import { outlinedBubbleAndCards } from './testing/outlined-parts.ts'

beforeEach(() => emulatePreferences({ forcedColors: 'active' }))
afterEach(async () => {
  cleanup()
  await emulatePreferences({ forcedColors: null })
})

/** A system colour as the forced palette resolves it (Highlight, Canvas…). */
function systemColour(name: string): string {
  const probe = document.createElement('span')
  probe.style.color = name
  document.body.append(probe)
  const colour = getComputedStyle(probe).color
  probe.remove()
  return colour
}

// Forced colours (Windows' contrast themes) replace every author colour with the user's few
// system colours and drop backgrounds' meaning and every box-shadow: a state shown only by a
// tint or a shadow disappears. These states must stay visible there.
describe('states stay visible in forced colours (Chromium)', () => {
  it('the selected builder tab stands out from the other', async () => {
    renderBuilder({ defaultValue: createDraft('button') })
    const form = page.getByRole('tab', { name: 'Form' }).element()
    const json = page.getByRole('tab', { name: 'JSON' }).element()
    expect(form).toHaveAttribute('aria-selected', 'true')
    expect(getComputedStyle(form).backgroundColor).toBe(systemColour('Highlight'))
    expect(getComputedStyle(form).color).toBe(systemColour('HighlightText'))
    expect(getComputedStyle(json).backgroundColor).not.toBe(systemColour('Highlight'))
  })

  it('the list sheet’s chosen row shows its filled radio', async () => {
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    const rows = page.getByRole('radio').elements()
    await userEvent.click(rows[1] as HTMLElement)
    const [empty, chosen] = [...document.querySelectorAll('.bi-sheet-row .bi-radio')].slice(0, 2) as HTMLElement[]
    const dot = (radio: HTMLElement) => getComputedStyle(radio, '::after')
    expect(dot(chosen!).content).not.toBe('none')
    expect(dot(chosen!).backgroundColor).toBe(systemColour('Highlight'))
    expect(dot(empty!).content).toBe('none')
  })

  it('marks where a dragged item would land', async () => {
    renderBuilder({
      defaultValue: {
        ...createDraft('button'),
        action: {
          buttons: ['One', 'Two'].map((title) => ({ type: 'reply', reply: { id: title.toLowerCase(), title } })),
        },
      },
    })
    const grip = (page.getByRole('group', { name: 'Button 2' }).element() as HTMLElement).querySelector(
      '.bi-builder-drag',
    ) as HTMLElement
    const from = grip.getBoundingClientRect()
    const first = page.getByRole('group', { name: 'Button 1' }).element() as HTMLElement
    const init = { bubbles: true, pointerId: 3, isPrimary: true, pointerType: 'mouse', clientX: from.x + 4 }
    grip.dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: from.y + 4 }))
    grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: first.getBoundingClientRect().top + 10 }))
    expect(first).toHaveAttribute('data-drop', 'before')
    expect(getComputedStyle(first).borderTopColor).toBe(systemColour('Highlight'))
    expect(Number.parseFloat(getComputedStyle(first).borderTopWidth)).toBeGreaterThanOrEqual(3)
    // The item in hand, lifted by a shadow, is ringed; the one it would go before is not.
    const dragged = page.getByRole('group', { name: 'Button 2' }).element()
    expect(dragged).toHaveAttribute('data-dragging')
    expect(getComputedStyle(dragged).outlineStyle).toBe('dashed')
    expect(getComputedStyle(dragged).outlineColor).toBe(systemColour('Highlight'))
    expect(getComputedStyle(first).outlineStyle).toBe('none')
    await userEvent.keyboard('{Escape}')
    grip.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: from.y + 4 }))
  })
  it('shows Read more in the link colour, apart from the body it follows', () => {
    renderPreview(edgeFixtures.longBody)
    const more = document.querySelector('.bi-read-more') as HTMLElement
    expect(getComputedStyle(more).color).toBe(systemColour('LinkText'))
    expect(getComputedStyle(more).color).not.toBe(
      getComputedStyle(document.querySelector('.bi-body') as HTMLElement).color,
    )
  })
  // The preview marks a part WhatsApp would refuse with a bar (an inset shadow) and an item past
  // a count limit with a wash (a background tint): both are gone here unless drawn otherwise.
  it('keeps the bar on an invalid button', () => {
    renderPreview(edgeFixtures.overLongTitles)
    const button = document.querySelector('.bi-action[data-kind="reply"]') as HTMLElement
    expect(button).toHaveAttribute('data-invalid')
    const style = getComputedStyle(button)
    expect(Number.parseFloat(style.borderLeftWidth)).toBeGreaterThanOrEqual(3)
    expect(style.borderLeftStyle).toBe('solid')
    expect(style.borderLeftColor).toBe(systemColour('CanvasText'))
    // The mark from the limit on loses its wash too, but keeps its wavy underline.
    const mark = getComputedStyle(button.querySelector('mark.bi-overflow') as HTMLElement)
    expect([mark.textDecorationLine, mark.textDecorationStyle]).toEqual(['underline', 'wavy'])
  })

  // With forced-color-adjust: none the bar keeps whatever colour wins: the kit's red, unless the
  // forced rule outweighs the one drawing it.
  it('bars an invalid header, body and footer in the user’s text colour', () => {
    const { root } = renderPreview({
      type: 'button',
      header: { type: 'text', text: 'h'.repeat(61) },
      body: { text: 'b'.repeat(1025) },
      footer: { text: 'f'.repeat(61) },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
    })
    for (const part of ['.bi-header', '.bi-body', '.bi-footer']) {
      const element = root.querySelector(part) as HTMLElement
      expect(element, part).toHaveAttribute('data-invalid')
      const bar = getComputedStyle(element, '::before')
      expect(bar.content, part).not.toBe('none')
      expect(bar.backgroundColor, part).toBe(systemColour('CanvasText'))
    }
  })

  it('outlines a 4th reply button past WhatsApp’s 3, besides its bar', () => {
    const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `o${i}`, title: `Option ${i}` } }))
    const { root } = renderPreview({ type: 'button', body: { text: 'Chagua' }, action: { buttons } })
    const [third, fourth] = [...root.querySelectorAll('.bi-action')].slice(2) as HTMLElement[]
    const style = getComputedStyle(fourth!)
    expect(style.outlineStyle).toBe('dashed')
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
    expect(style.outlineColor).toBe(systemColour('CanvasText'))
    expect(style.borderLeftColor).toBe(systemColour('CanvasText'))
    expect(getComputedStyle(third!).outlineStyle).toBe('none')
    expect(getComputedStyle(third!).borderLeftStyle).toBe('none')
  })

  it('marks the list rows past the 10-row total', async () => {
    renderPreview(edgeFixtures.elevenRows)
    await userEvent.click(page.getByRole('button', { name: 'Wilaya' }))
    const rows = [...document.querySelectorAll('.bi-sheet-row')] as HTMLElement[]
    const [tenth, eleventh] = rows.slice(9).map((row) => getComputedStyle(row))
    expect(eleventh!.outlineStyle).toBe('dashed')
    expect(eleventh!.outlineColor).toBe(systemColour('CanvasText'))
    expect(Number.parseFloat(eleventh!.borderLeftWidth)).toBeGreaterThanOrEqual(3)
    expect(tenth!.outlineStyle).toBe('none')
    expect(tenth!.borderLeftStyle).toBe('none')
  })

  it('outlines the sheet’s count of the rows it does not draw, as the rows past the total', async () => {
    const rows = Array.from({ length: 32 }, (_, i) => ({ id: `r${i}`, title: `Row ${i + 1}` }))
    renderPreview({ type: 'list', body: { text: 'Chagua' }, action: { button: 'Safu', sections: [{ rows }] } })
    await userEvent.click(page.getByRole('button', { name: 'Safu' }))
    const note = document.querySelector('.bi-sheet-hidden') as HTMLElement
    expect(note).toBeVisible()
    const style = getComputedStyle(note)
    expect([style.outlineStyle, style.outlineColor]).toEqual(['dashed', systemColour('CanvasText')])
  })

  it('keeps a focused over-count button’s focus ring solid', async () => {
    const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `o${i}`, title: `Option ${i}` } }))
    const { root } = renderPreview({ type: 'button', body: { text: 'Chagua' }, action: { buttons } })
    const fourth = root.querySelectorAll('.bi-action')[3] as HTMLElement
    fourth.focus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}')
    expect(fourth).toHaveFocus()
    expect(getComputedStyle(fourth).outlineStyle).toBe('solid')
  })

  // A bubble, a card and the sheet's round Send button are told from the chat by a fill and a
  // shadow alone; both go here, so they are outlined instead.
  it('draws the edge of a bubble and of every carousel card', () => {
    for (const style of outlinedBubbleAndCards()) expect(style.outlineColor).toBe(systemColour('CanvasText'))
  })

  // The tail, a wedge of the bubble's fill outside its top corner, would be painted in the
  // canvas colour over the edge there.
  it('draws no tail over a bubble’s edge, the business’s or the customer’s', async () => {
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    await page.getByRole('button', { name: 'Leo jioni' }).click()
    const bubbles = [...root.querySelectorAll<HTMLElement>('.bi-bubble[data-tail]')]
    expect(bubbles.map((bubble) => bubble.dataset.direction)).toEqual(['in', 'out'])
    for (const bubble of bubbles) {
      expect(getComputedStyle(bubble).outlineStyle).toBe('solid')
      for (const tail of ['::before', '::after']) expect(getComputedStyle(bubble, tail).content).toBe('none')
    }
  })

  // The row of cards scrolls, so it clips whatever lies outside its box: the first card starts
  // at its edge.
  it('draws every card’s edge inside the row that scrolls', () => {
    const { root } = renderPreview(validFixtures.carouselQuickReply)
    const row = (root.querySelector('.bi-carousel') as HTMLElement).getBoundingClientRect()
    for (const card of root.querySelectorAll<HTMLElement>('.bi-card')) {
      const style = getComputedStyle(card)
      const outside = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth)
      const edge = card.getBoundingClientRect()
      expect(edge.left - outside).toBeGreaterThanOrEqual(row.left)
      expect(edge.top - outside).toBeGreaterThanOrEqual(row.top)
      expect(edge.bottom + outside).toBeLessThanOrEqual(row.bottom)
    }
  })

  it('tells a card past the 10 WhatsApp takes from the others', () => {
    const card = (i: number) => ({
      card_index: i,
      type: 'cta_url',
      header: { type: 'image', image: { link: 'https://example.com/a.png' } },
      body: { text: `Card ${i}` },
      action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com' } },
    })
    const { root } = renderPreview({
      type: 'carousel',
      body: { text: 'Chagua' },
      action: { cards: Array.from({ length: 11 }, (_, i) => card(i)) },
    })
    const cards = [...root.querySelectorAll<HTMLElement>('.bi-card')]
    expect(cards[10]).toHaveAttribute('data-overflow')
    expect(getComputedStyle(cards[10]!).outlineStyle).toBe('dashed')
    expect(getComputedStyle(cards[9]!).outlineStyle).toBe('solid')
  })

  // Its fill alone sets the open sheet off the chat above it; the frame clips what lies outside it.
  it('edges the list sheet, inside the frame', async () => {
    const { root } = renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    await animationsSettled()
    const sheet = page.getByRole('dialog').element() as HTMLElement
    const style = getComputedStyle(sheet)
    expect([style.outlineStyle, style.outlineColor]).toEqual(['solid', systemColour('CanvasText')])
    const outside = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth)
    const frame = (root.querySelector('.bi-frame') as HTMLElement).getBoundingClientRect()
    const edge = sheet.getBoundingClientRect()
    expect(edge.left - outside).toBeGreaterThanOrEqual(frame.left)
    expect(edge.right + outside).toBeLessThanOrEqual(frame.right)
    expect(edge.bottom + outside).toBeLessThanOrEqual(frame.bottom)
  })

  it('rings the list sheet’s Send button', async () => {
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    const send = document.querySelector('.bi-sheet-send') as HTMLElement
    const style = getComputedStyle(send)
    expect(style.borderTopStyle).toBe('solid')
    expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1)
    // No row chosen yet: it does nothing, so GrayText (below).
    expect(style.borderTopColor).toBe(systemColour('GrayText'))
  })

  // An invalid field is marked by its border's colour and, in the builder, a bar (an inset
  // shadow): forced colours draw every border alike and no shadow.
  it('keeps the bar on an invalid field of the builder', () => {
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'x'.repeat(1100) } } })
    const body = page.getByRole('textbox', { name: 'Body text' }).element()
    expect(body).toHaveAttribute('aria-invalid', 'true')
    const valid = document.querySelector('.bi-builder-input:not([aria-invalid="true"])') as HTMLElement
    expect(Number.parseFloat(getComputedStyle(body).borderLeftWidth)).toBeGreaterThanOrEqual(3)
    expect(getComputedStyle(body).borderLeftColor).toBe(systemColour('CanvasText'))
    expect(Number.parseFloat(getComputedStyle(valid).borderLeftWidth)).toBe(1)
  })

  it('edges an item with an error, told from the valid one beside it', () => {
    renderBuilder({
      defaultValue: {
        ...createDraft('button'),
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }, { type: 'reply' }] },
      },
    })
    const [valid, invalid] = ['Button 1', 'Button 2'].map((name) => page.getByRole('group', { name }).element())
    expect(invalid).toHaveAttribute('data-invalid')
    expect(valid).not.toHaveAttribute('data-invalid')
    expect(Number.parseFloat(getComputedStyle(invalid!).borderLeftWidth)).toBeGreaterThanOrEqual(3)
    expect(getComputedStyle(invalid!).borderLeftColor).toBe(systemColour('CanvasText'))
    expect(Number.parseFloat(getComputedStyle(valid!).borderLeftWidth)).toBe(1)
  })

  it('marks an invalid number in the send dialog', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await userEvent.fill(recipient, '12')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(recipient).toHaveAttribute('aria-invalid', 'true')
    // Send focuses the number it refused, which Chromium edges in its focus colour: the mark
    // is what stays once focus has gone on.
    await expect.element(recipient).toHaveFocus()
    recipient.element().blur()
    const style = getComputedStyle(recipient.element())
    expect(Number.parseFloat(style.borderLeftWidth)).toBeGreaterThanOrEqual(3)
    expect(style.borderLeftColor).toBe(systemColour('CanvasText'))
  })

  // Its background alone says the number cannot change while a send is under way.
  it('greys the number held during a send, as the pickers beside it', async () => {
    const { client, answer } = createHeldSendClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await userEvent.fill(recipient, '255712345678')
    const editable = getComputedStyle(recipient.element())
    expect([editable.borderTopColor, editable.color]).not.toContain(systemColour('GrayText'))
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(recipient).toHaveAttribute('readonly')
    const held = getComputedStyle(recipient.element())
    expect(held.borderTopColor).toBe(systemColour('GrayText'))
    expect(held.color).toBe(systemColour('GrayText'))
    expect(getComputedStyle(page.getByRole('combobox', { name: 'Send from' }).element()).color).toBe(
      systemColour('GrayText'),
    )
    answer()
    await expect.element(recipient).not.toHaveAttribute('readonly')
  })
})

// forced-color-adjust: none keeps the selected tab's Highlight, and with it every colour of the
// tab: its focus ring would be the kit's blue, not the user's, unless named from the palette.
describe('forced colours reach every state of the builder’s tabs (Chromium)', () => {
  it('rings the focused selected tab in the user’s colour', async () => {
    renderBuilder({ defaultValue: createDraft('button') })
    // New message, Undo and Redo come first in the bar; the tabs are last, next to their panel.
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}')
    const form = page.getByRole('tab', { name: 'Form' }).element()
    expect(form).toHaveFocus()
    expect(getComputedStyle(form).outlineStyle).toBe('solid')
    expect(getComputedStyle(form).outlineColor).toBe(systemColour('Highlight'))
  })

  it('outlines the tabs’ track, a tint', () => {
    renderBuilder({ defaultValue: createDraft('button') })
    const tabs = page.getByRole('tablist').element()
    expect(getComputedStyle(tabs).outlineStyle).toBe('solid')
    expect(getComputedStyle(tabs).outlineColor).toBe(systemColour('CanvasText'))
  })
})

// A notice is told from the form around it by its tint alone, which forced colours drop.
describe('notices keep an edge in forced colours (Chromium)', () => {
  const edged = (element: Element) => {
    const style = getComputedStyle(element)
    expect(style.outlineStyle, element.className).toBe('solid')
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(1)
    expect(style.outlineColor).toBe(systemColour('CanvasText'))
  }

  it('the builder’s summary of problems', () => {
    renderBuilder({ defaultValue: { ...createDraft('button'), body: { text: 'x'.repeat(1100) } } })
    edged(document.querySelector('.bi-builder-summary') as HTMLElement)
  })

  it('the builder’s draft notice: an earlier draft set aside', async () => {
    const key = 'forced-colours:set-aside'
    localStorage.setItem(key, JSON.stringify({ version: 2, value: {}, revision: 3, savedAt: 1, session: 'new-kit' }))
    try {
      renderBuilder({ persistKey: key })
      await expect.poll(() => document.querySelector('.bi-builder-storage-notice .bi-builder-conflict')).not.toBeNull()
      edged(document.querySelector('.bi-builder-storage-notice .bi-builder-conflict') as HTMLElement)
    } finally {
      localStorage.removeItem(key)
    }
  })

  it('the send dialog’s problems', async () => {
    const { client } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={{ ...FEEDBACK_INTERACTIVE, body: { text: 'x'.repeat(1100) } }}
        defaultOpen
      />,
    )
    await expect.element(page.getByRole('dialog')).toBeVisible()
    edged(document.querySelector('.bi-send-dialog-issues') as HTMLElement)
  })
})

// The dialog scrolls under its Cancel and Send row, set off by a shadow above it.
describe('the send dialog’s button row keeps its line in forced colours (Chromium)', () => {
  it('draws the line over the row, leaving the row as tall', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    await expect.element(page.getByRole('dialog')).toBeVisible()
    const row = document.querySelector('.bi-send-dialog .bi-send-dialog-actions') as HTMLElement
    const height = row.getBoundingClientRect().height
    const line = getComputedStyle(row, '::before')
    expect([line.content, line.position, line.borderTopStyle]).toEqual(['""', 'absolute', 'solid'])
    expect(line.borderTopColor).toBe(systemColour('CanvasText'))
    expect(Number.parseFloat(line.top)).toBe(-1)
    await emulatePreferences({ forcedColors: null })
    expect(row.getBoundingClientRect().height).toBe(height)
  })
})

// WhatsApp tells read from delivered by the ticks' colour alone (blue, grey): in forced colours
// both would be the user's text colour.
describe('read ticks stay told from delivered ones in forced colours (Chromium)', () => {
  it('the customer’s reply in the preview', async () => {
    const { root } = renderPreview(validFixtures.buttonTextHeader)
    await page.getByRole('button', { name: 'Leo jioni' }).click()
    const ticks = () => root.querySelector('.bi-ticks-wrap') as HTMLElement
    await expect.poll(() => ticks()?.getAttribute('data-state'), { timeout: 5000 }).toBe('delivered')
    expect(getComputedStyle(ticks()).color).toBe(systemColour('CanvasText'))
    await expect.poll(() => ticks().getAttribute('data-state'), { timeout: 5000 }).toBe('read')
    // Past the colour's short transition.
    await expect.poll(() => getComputedStyle(ticks()).color).toBe(systemColour('Highlight'))
  })
})

// An icon on no fill is a button only by its place; the system's own buttons have an edge there.
describe('icon buttons keep an edge in forced colours (Chromium)', () => {
  const edged = (element: Element) => {
    const style = getComputedStyle(element)
    expect(style.borderTopStyle, element.className).toBe('solid')
    expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1)
    // One that does nothing now is GrayText (below).
    const idle = element.getAttribute('aria-disabled') === 'true'
    expect(style.borderTopColor).toBe(systemColour(idle ? 'GrayText' : 'ButtonText'))
  }

  it('an item’s Move up, Move down and Remove', () => {
    renderBuilder({
      defaultValue: {
        ...createDraft('button'),
        action: {
          buttons: ['One', 'Two'].map((title) => ({ type: 'reply', reply: { id: title.toLowerCase(), title } })),
        },
      },
    })
    const tools = document.querySelectorAll('.bi-builder-tool')
    expect(tools.length).toBeGreaterThanOrEqual(3)
    for (const tool of tools) edged(tool)
  })

  it('the list sheet’s Close', async () => {
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    edged(document.querySelector('.bi-sheet-close') as HTMLElement)
  })
})

// A control that does nothing is told by its dimming, the text colour at half strength: the
// palette names a colour for it, GrayText, which the browser's own disabled controls take there.
describe('controls that do nothing take GrayText in forced colours (Chromium)', () => {
  const greyed = (element: Element) => {
    const style = getComputedStyle(element)
    expect([style.color, style.opacity], element.className).toEqual([systemColour('GrayText'), '1'])
  }

  it('the builder’s Undo and an item’s Move up, beside the controls that act', () => {
    renderBuilder({ defaultValue: createDraft('button') })
    const undo = page.getByRole('button', { name: 'Undo' }).element()
    const up = page.getByRole('button', { name: 'Move up' }).elements()[0] as HTMLElement
    for (const control of [undo, up]) {
      expect(control).toHaveAttribute('aria-disabled', 'true')
      greyed(control)
      expect(getComputedStyle(control).borderTopColor).toBe(systemColour('GrayText'))
    }
    const add = page.getByRole('button', { name: 'Add button' }).element()
    expect(getComputedStyle(add).color).not.toBe(systemColour('GrayText'))
  })

  it('the list sheet’s Send until a row is chosen', async () => {
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: validFixtures.list.action.button }))
    const send = document.querySelector('.bi-sheet-send') as HTMLElement
    greyed(send)
    expect(getComputedStyle(send).borderTopColor).toBe(systemColour('GrayText'))
    await userEvent.click(page.getByRole('radio').elements()[0] as HTMLElement)
    expect(send).not.toHaveAttribute('aria-disabled')
    await expect.poll(() => getComputedStyle(send).opacity).toBe('1')
    expect(getComputedStyle(send).borderTopColor).toBe(systemColour('ButtonText'))
  })

  it('a URL button the preview will not open', () => {
    const { root } = renderPreview(edgeFixtures.javascriptUrl)
    greyed(root.querySelector('.bi-action[aria-disabled="true"]') as HTMLElement)
  })

  it('the send dialog’s Send while a send is under way', async () => {
    const { client, answer } = createHeldSendClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    await userEvent.fill(page.getByRole('textbox', { name: "Customer's WhatsApp number" }), '255712345678')
    // Held by its element: while the send is under way its name says so.
    const send = page.getByRole('button', { name: 'Send', exact: true }).element()
    expect(getComputedStyle(send).color).not.toBe(systemColour('GrayText'))
    await userEvent.click(send)
    await expect.poll(() => getComputedStyle(send).color).toBe(systemColour('GrayText'))
    greyed(send)
    answer()
    await expect.poll(() => getComputedStyle(send).color).not.toBe(systemColour('GrayText'))
  })
})
