import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { accessibilityTree } from '../testing/spoken.ts'
import { emulateTouch } from '../testing/touch.ts'
import { validFixtures } from './fixtures.ts'
import { renderPreview } from './testing/browser-render.tsx'

afterEach(() => emulateTouch(false))

describe('the list sheet read by a swipe (Chromium, phone)', () => {
  // TalkBack and VoiceOver move through every node a screen reader is given: with the row's
  // visible text exposed beside its radio, each row was read twice (text, then the radio).
  it('gives each row once: a radio named by its title, described by its description', async () => {
    await emulateTouch()
    await page.viewport(390, 844)
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: 'Chagua njia' }))
    await expect.element(page.getByRole('dialog', { name: 'Chagua njia' })).toBeVisible()
    const lines = (await accessibilityTree('.bi-sheet-body')).map((line) => line.trim())
    expect(lines).toContain('radio "Kimara – Kivukoni" — Kila dakika 5 · Express kupitia Magomeni')
    expect(lines).toContain('radio "Morocco – Gerezani"')
    const said = (text: string) => lines.filter((line) => line.includes(text)).length
    expect(said('Kimara – Kivukoni')).toBe(1)
    expect(said('Kila dakika 5')).toBe(1)
    expect(said('Morocco – Gerezani')).toBe(1)
  })

  // The row's text is hidden from assistive tech; what only a screen reader is told (a draft's
  // untitled row, where a title passes its limit) still reaches the radio: a name for the untitled
  // row, the title as shown for the long one (WCAG 2.5.3), its overflow the description.
  it("still tells a radio what only a screen reader hears: an untitled row, a title's overflow", async () => {
    await page.viewport(390, 844)
    const rows = [
      { id: 'a', title: '' },
      { id: 'b', title: 'A title well past twenty-four' },
    ]
    renderPreview({ type: 'list', body: { text: 'Pick' }, action: { button: 'Open', sections: [{ rows }] } })
    await userEvent.click(page.getByRole('button', { name: 'Open' }))
    const lines = (await accessibilityTree('.bi-sheet-body')).map((line) => line.trim())
    expect(lines.filter((line) => line.startsWith('radio '))).toEqual([
      'radio "Row with no title yet"',
      'radio "A title well past twenty-four" — Text past the 24-character limit: -four.',
    ])
  })

  // A section was a group named by its legend, and the legend's text a node of its own, so its
  // title was said twice on entering it. The group keeps the title (heard on arrowing into it).
  it('gives each section title once, as its group', async () => {
    await page.viewport(390, 844)
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: 'Chagua njia' }))
    await expect.element(page.getByRole('dialog', { name: 'Chagua njia' })).toBeVisible()
    const lines = (await accessibilityTree('.bi-sheet-body')).map((line) => line.trim())
    for (const title of ['Kimara', 'Morocco', 'Mbezi']) {
      expect(lines.filter((line) => line === `"${title}"` || line.startsWith(`group "${title}"`))).toEqual([
        `group "${title}"`,
      ])
    }
    expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
  })

  it.each([
    ['en', 'Open', '"A section title past 24 chars" — Text past the 24-character limit: chars.'],
    ['sw', 'Open', '"A section title past 24 chars" — Maandishi yanayozidi kikomo cha herufi 24: chars.'],
  ] as const)(
    'names a section by its title as shown, its overflow the description (%s)',
    async (locale, button, heard) => {
      await page.viewport(390, 844)
      const sections = [{ title: 'A section title past 24 chars', rows: [{ id: 'a', title: 'A' }] }]
      renderPreview({ type: 'list', body: { text: 'Pick' }, action: { button, sections } }, { locale })
      await userEvent.click(page.getByRole('button', { name: button }))
      const lines = (await accessibilityTree('.bi-sheet-body')).map((line) => line.trim())
      expect(lines.filter((line) => line.includes('A section title'))).toEqual([`group ${heard}`])
      expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
    },
  )

  // axe takes a name from hidden text (aria-labelledby) only while that text is on screen: a
  // radio named so was reported (label-title-only) once its row scrolled out of the sheet.
  it('leaves axe nothing to report with rows scrolled out of the sheet', async () => {
    await page.viewport(390, 400)
    renderPreview(validFixtures.list)
    await userEvent.click(page.getByRole('button', { name: 'Chagua njia' }))
    await expect.element(page.getByRole('dialog', { name: 'Chagua njia' })).toBeVisible()
    const body = document.querySelector('.bi-sheet-body') as HTMLElement
    expect(body.scrollHeight).toBeGreaterThan(body.clientHeight)
    expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
  })
})
