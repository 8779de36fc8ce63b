/// <reference types="@vitest/browser-playwright" />
import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }

/** A phone's touch screen: `(pointer: coarse)` matches (the DevTools protocol). */
const emulateTouch = (enabled: boolean) =>
  cdp().send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: 5 })

afterEach(async () => {
  cleanup()
  document.documentElement.style.fontSize = ''
  await emulateTouch(false)
})

describe('the playground on a phone (Chromium, touch screen emulated)', () => {
  it("the kit's headings keep the kit's look inside the page", async () => {
    await page.viewport(360, 640)
    render(<App connection={MOCK} initialLocale="en" />)
    const headings = [
      page.getByRole('heading', { name: 'Buttons' }),
      page.getByRole('heading', { name: 'Button 1' }),
      page.getByRole('heading', { name: 'Problems' }),
    ].map((heading) => heading.element() as HTMLElement)
    for (const heading of headings) {
      const style = getComputedStyle(heading)
      // The page's own h2/h3 rules (a larger size, a margin) stay the page's.
      expect([style.marginTop, style.marginBottom], heading.textContent!).toEqual(['0px', '0px'])
      expect(style.fontSize, heading.textContent!).toBe(getComputedStyle(heading.parentElement!).fontSize)
    }
  })

  it("at 360 px the page's own controls are 44 px tall for a finger, and nothing runs sideways at 320", async () => {
    await emulateTouch(true)
    await page.viewport(360, 640)
    render(<App connection={MOCK} initialLocale="en" />)
    const own = [
      ...document.querySelectorAll<HTMLElement>('.pg-app :is(button, select, label:has(> input), summary)'),
    ].filter((control) => !control.closest('.bi-root') && control.getClientRects().length > 0)
    expect(own.length).toBeGreaterThan(8)
    const short = own
      .map((control) => `${control.textContent?.trim().slice(0, 30)} ${control.getBoundingClientRect().height}`)
      .filter((line) => Number(line.split(' ').at(-1)) < 44)
    expect(short).toEqual([])
    await page.viewport(320, 640)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })

  // A phone's larger text (Android's font size, 200%: the page's rem sizes double): the title's
  // long word and the curl hint's address ran past a 320 px screen, and the page scrolled sideways.
  for (const locale of ['en', 'sw'] as const) {
    it(`at 320 px with the reader's text at 200%, nothing runs sideways (${locale})`, async () => {
      await page.viewport(320, 640)
      document.documentElement.style.fontSize = '32px'
      render(<App connection={MOCK} initialLocale={locale} />)
      expect(getComputedStyle(page.getByRole('heading', { level: 1 }).element()).fontSize).toBe('48px')
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    })
  }

  // WCAG 2.2 1.4.4 (Resize text): the page's own words were 15 px whatever the reader's text
  // size, so at 200% "Language", the theme's choices, the mock's controls and the rules stayed
  // small beside the kit's doubled text.
  it("the page's own controls follow the reader's text size (200%)", async () => {
    await page.viewport(1280, 900)
    const label = (role: 'combobox' | 'radio', name: string) =>
      (page.getByRole(role, { name }).element() as HTMLInputElement).labels![0]!
    const sizes = () =>
      [
        label('combobox', 'Language'),
        label('radio', 'Light'),
        page.getByRole('combobox', { name: 'How the mock answers' }).element(),
        page.getByRole('button', { name: 'Reset the mock' }).element(),
        page.getByRole('button', { name: 'Copy as curl' }).element(),
      ].map((control) => Number.parseFloat(getComputedStyle(control).fontSize))
    render(<App connection={MOCK} initialLocale="en" />)
    const standard = sizes()
    cleanup()
    document.documentElement.style.fontSize = '32px'
    render(<App connection={MOCK} initialLocale="en" />)
    expect(sizes()).toEqual(standard.map((size) => size * 2))
  })
})
