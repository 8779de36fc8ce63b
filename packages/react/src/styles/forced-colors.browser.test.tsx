import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { validFixtures } from '../preview/fixtures.ts'
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
})
