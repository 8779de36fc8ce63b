/// <reference types="@vitest/browser-playwright" />
import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }

afterEach(() => {
  cleanup()
  document.documentElement.style.fontSize = ''
})

/**
 * How many lines the select's chosen option needs at its width (its text measured in its own
 * font, at least one), and how many its content box holds. A native select holds one and clips
 * the rest, which no DOM measure of the select shows (its scrollWidth is its clientWidth).
 */
function chosenTextLines(select: HTMLSelectElement): { needed: number; held: number } {
  const style = getComputedStyle(select)
  const context = document.createElement('canvas').getContext('2d')!
  context.font = style.font
  const text = select.selectedOptions[0]?.label ?? ''
  const inline = (side: 'Left' | 'Right') =>
    Number.parseFloat(style[`padding${side}`]) + Number.parseFloat(style[`border${side}Width`])
  const block = (side: 'Top' | 'Bottom') =>
    Number.parseFloat(style[`padding${side}`]) + Number.parseFloat(style[`border${side}Width`])
  const box = select.getBoundingClientRect()
  const width = box.width - inline('Left') - inline('Right')
  const height = box.height - block('Top') - block('Bottom')
  return {
    needed: Math.ceil(context.measureText(text).width / width),
    held: Math.floor((height + 0.5) / Number.parseFloat(style.lineHeight)),
  }
}

describe("the page's own selects on a phone (Chromium)", () => {
  // At 320 px with the reader's text at 200%, a native select clipped "How the mock answers" to
  // "Kila kitu kinafa" (sw) and "Everything wo" (en). Drawn as the kit draws its own selects, the
  // chosen option wraps and the select grows.
  for (const [locale, name, chosen] of [
    ['sw', 'Jinsi mfumo wa majaribio unavyojibu', 'Kila kitu kinafanya kazi'],
    ['en', 'How the mock answers', 'Everything works'],
  ] as const) {
    it(`"${name}" shows its whole chosen scenario at 320 px and 200% (${locale})`, async () => {
      await page.viewport(320, 800)
      document.documentElement.style.fontSize = '32px'
      render(<App connection={MOCK} initialLocale={locale} />)
      const select = page.getByRole('combobox', { name }).element() as HTMLSelectElement
      expect(select.selectedOptions[0]?.label).toBe(chosen)
      const { needed, held } = chosenTextLines(select)
      // Long enough to need a second line: the check is not met trivially.
      expect(needed).toBeGreaterThan(1)
      expect(held).toBeGreaterThanOrEqual(needed)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    })
  }

  // Drawn that way, Chromium opens the list on the arrow keys; the page's selects keep a plain
  // select's keys off macOS (the kit's keepPlainSelectKeys), as the kit's own selects do.
  it('the arrows still choose with the list shut: the language, the quick replies, the scenario', async () => {
    await page.viewport(320, 800)
    render(<App connection={MOCK} initialLocale="en" />)
    const select = page.getByRole('combobox', { name: 'Language' }).element() as HTMLSelectElement
    select.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(select.matches(':open')).toBe(false)
    await expect
      .element(page.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Uwanja wa majaribio wa Briq Interactive')
    // Renamed "Lugha" now, the same select keeps focus.
    expect(document.activeElement).toBe(select)

    const replies = page.getByRole('combobox', { name: /^Vitufe vya kujibu kwa kila kadi/ })
    const repliesSelect = replies.element() as HTMLSelectElement
    repliesSelect.focus()
    await userEvent.keyboard('{End}')
    expect(repliesSelect.matches(':open')).toBe(false)
    await expect.element(replies).toHaveValue(repliesSelect.options[repliesSelect.options.length - 1]!.value)
    expect(repliesSelect.selectedIndex).toBeGreaterThan(0)

    // The mock's scenario too (its answer needs the mock, which this page has not started).
    const scenario = page
      .getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' })
      .element() as HTMLSelectElement
    scenario.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(scenario.matches(':open')).toBe(false)
  })
})
