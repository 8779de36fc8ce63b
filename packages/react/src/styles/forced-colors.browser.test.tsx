import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { edgeFixtures, validFixtures } from '../preview/fixtures.ts'
import { renderPreview } from '../preview/testing/browser-render.tsx'

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>
  }
}

beforeEach(() => commands.emulateForcedColors(true))
afterEach(async () => {
  cleanup()
  await commands.emulateForcedColors(false)
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
    await userEvent.keyboard('{Escape}')
    grip.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: from.y + 4 }))
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

  it('keeps a focused over-count button’s focus ring solid', async () => {
    const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `o${i}`, title: `Option ${i}` } }))
    const { root } = renderPreview({ type: 'button', body: { text: 'Chagua' }, action: { buttons } })
    const fourth = root.querySelectorAll('.bi-action')[3] as HTMLElement
    fourth.focus()
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}')
    expect(fourth).toHaveFocus()
    expect(getComputedStyle(fourth).outlineStyle).toBe('solid')
  })
})
