/// <reference types="@vitest/browser-playwright" />
import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }

/** The page's print rules apply (the DevTools protocol); an empty media puts the screen back. */
const emulatePrint = (print: boolean) => cdp().send('Emulation.setEmulatedMedia', { media: print ? 'print' : '' })

afterEach(async () => {
  cleanup()
  await emulatePrint(false)
})

// A browser prints no background unless asked: the dark theme's light text would be left on white
// paper, as the kit's own parts are not (they print light).
describe('the playground printed in its dark theme (Chromium)', () => {
  it('prints the page’s text and edges in the light theme’s colours, as the kit’s', async () => {
    render(<App connection={MOCK} initialLocale="en" />)
    const colours = () =>
      [
        page.getByRole('heading', { level: 1 }),
        page.getByRole('heading', { name: 'The mock' }),
        page.getByRole('button', { name: 'Copy as curl' }),
        page.getByRole('textbox', { name: 'Body text' }),
      ].map((part) => {
        const style = getComputedStyle(part.element())
        return `${style.color} ${style.borderTopColor}`
      })
    await page.getByRole('radio', { name: 'Light' }).click()
    const light = colours()
    await page.getByRole('radio', { name: 'Dark' }).click()
    expect(colours()).not.toEqual(light)
    await emulatePrint(true)
    expect(matchMedia('print').matches).toBe(true)
    expect(colours()).toEqual(light)
  })
})
