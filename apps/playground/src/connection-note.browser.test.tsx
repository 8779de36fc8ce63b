import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

afterEach(cleanup)

/** Whether a point lies inside `box` with its corners rounded by `radius` (half a pixel's slack). */
function insideRounded(x: number, y: number, box: DOMRect, radius: number): boolean {
  if (x < box.left - 0.5 || x > box.right + 0.5 || y < box.top - 0.5 || y > box.bottom + 0.5) return false
  const cx = Math.min(Math.max(x, box.left + radius), box.right - radius)
  const cy = Math.min(Math.max(y, box.top + radius), box.bottom - radius)
  return Math.hypot(x - cx, y - cy) <= radius + 0.5
}

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }
const PROXY: PlaygroundConnection = {
  mode: 'proxy',
  endpoint: 'https://crm.example.invalid/api/briq-interactive-proxy',
  headers: {},
}

// WCAG 2.2 1.4.10 (Reflow): on a 320 px phone the note wraps to several lines; every line's
// corners stay inside its rounded border instead of running over it.
describe('the connection note on a 320 px phone (Chromium)', () => {
  it.each([
    ['sw', 'mock', MOCK],
    ['en', 'proxy', PROXY],
  ] as const)('%s, %s: its text stays inside its rounded border', async (locale, _mode, connection) => {
    await page.viewport(320, 700)
    render(<App connection={connection} initialLocale={locale} />)
    const note = document.querySelector('.pg-mode') as HTMLElement
    const box = note.getBoundingClientRect()
    const radius = Math.min(Number.parseFloat(getComputedStyle(note).borderTopLeftRadius), box.height / 2)
    const range = document.createRange()
    range.selectNodeContents(note)
    const lines = [...range.getClientRects()]
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) {
      for (const [x, y] of [
        [line.left, line.top],
        [line.right, line.top],
        [line.left, line.bottom],
        [line.right, line.bottom],
      ] as const) {
        expect(insideRounded(x, y, box, radius), `(${x}, ${y}) of "${note.textContent}"`).toBe(true)
      }
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })
})
