import '@briq-interactive/react/styles.css'
import './styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { App } from './app.tsx'
import type { PlaygroundConnection } from './connection.ts'

const MOCK: PlaygroundConnection = { mode: 'mock', endpoint: '/api/briq', headers: {} }

afterEach(cleanup)

type Rgb = readonly [number, number, number]

/** A computed `rgb(…)`/`rgba(…)` colour painted over `under`. */
function paint(value: string, under: Rgb): Rgb {
  const [r = 0, g = 0, b = 0, a = 1] = (/\(([^)]+)\)/.exec(value)?.[1] ?? '').split(/[\s,/]+/).map(Number)
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)]
}

/** What is painted behind `element`: its ancestors' backgrounds, outermost first. */
function behind(element: Element): Rgb {
  const layers: string[] = []
  for (let box = element.parentElement; box; box = box.parentElement)
    layers.unshift(getComputedStyle(box).backgroundColor)
  return layers.reduce<Rgb>((under, layer) => paint(layer, under), [255, 255, 255])
}

/** WCAG 2.2's contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function ratio(one: Rgb, other: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  }
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

// WCAG 2.2 1.4.11: the page's own selects and text fields are told from the page or panel around
// them by their edge alone (their fill is that panel's), so the edge needs 3:1 against it. The
// dark edge was 2.9:1 on a panel, and the light one 2.8:1 on the page (the language select).
describe("the playground's own fields have edges that show (Chromium)", () => {
  for (const theme of ['Light', 'Dark'] as const) {
    it(`in the ${theme.toLowerCase()} theme`, async () => {
      render(<App connection={MOCK} initialLocale="en" />)
      await userEvent.click(page.getByRole('radio', { name: theme }))
      const fields = [...document.querySelectorAll<HTMLElement>('.pg-app :is(.pg-input, .pg-editor)')].filter(
        (field) => !field.closest('.bi-root') && field.getClientRects().length > 0,
      )
      expect(fields.length).toBeGreaterThan(2)
      const faint = fields.flatMap((field) => {
        const around = behind(field)
        const edge = ratio(paint(getComputedStyle(field).borderTopColor, around), around)
        return edge < 3
          ? [`${field.tagName.toLowerCase()} "${field.textContent?.slice(0, 20)}" ${edge.toFixed(2)}`]
          : []
      })
      expect(faint).toEqual([])
    })
  }
})

// The page's controls and the kit's have one edge colour. The page wrote the kit's default again
// as its own fallback: a kit whose default changed (here, by its private default) left the
// page's fields another colour than the form's beside them.
describe("the page's edges and the kit's are one colour (Chromium)", () => {
  it("whatever the kit's default, and re-themed together from .pg-app", async () => {
    const kitDefault = document.createElement('style')
    kitDefault.textContent = ':where(.bi-root) { --_bi-field-border: rgb(1, 2, 3); }'
    document.head.append(kitDefault)
    try {
      render(<App connection={MOCK} initialLocale="en" />)
      const fields = [
        page.getByRole('combobox', { name: 'How the mock answers' }),
        page.getByRole('combobox', { name: 'Message type' }),
      ].map((field) => field.element())
      const edges = () => fields.map((field) => getComputedStyle(field).borderTopColor)
      expect(edges()[0]).not.toBe('rgb(1, 2, 3)')
      expect(edges()[1]).toBe(edges()[0])
      ;(document.querySelector('.pg-app') as HTMLElement).style.setProperty('--bi-field-border', 'rgb(4, 5, 6)')
      expect(edges()).toEqual(['rgb(4, 5, 6)', 'rgb(4, 5, 6)'])
    } finally {
      kitDefault.remove()
    }
  })
})
