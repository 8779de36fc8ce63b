import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import kitCss from '../styles.css?raw'

afterEach(cleanup)

// Every element of the kit's parts, portalled ones too.
const everything = (): Element[] =>
  [...document.querySelectorAll('.bi-root')].flatMap((part) => [part, ...part.querySelectorAll('*')])

// Every element of the kit that shows text or takes it: what a host's font has to reach (a radio,
// or a button drawn as an icon alone, shows none).
const texts = (): HTMLElement[] =>
  everything().filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      (element.matches('textarea, select, input:not([type="radio"], [type="checkbox"], [type="file"])') ||
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())),
  )

// A host's admin: the composer (builder, preview, send) and a lone preview of a list, every part
// under one wrapper that sets the host's fonts (and, given, every colour token).
function Admin({ colours = {} }: { colours?: Record<string, string> }) {
  const [client] = useState(() => createMockClient().client)
  const [layer, setLayer] = useState<HTMLDivElement | null>(null)
  return (
    <div
      style={{ ['--bi-font-family' as string]: '"Host Sans"', ['--bi-mono-font' as string]: '"Host Mono"', ...colours }}
    >
      <BriqProvider client={client} portalContainer={layer}>
        <InteractiveComposer defaultValue={FEEDBACK_INTERACTIVE} defaultTo="0712 345 678" />
        <InteractivePreview value={validFixtures.list} />
      </BriqProvider>
      <div ref={setLayer} />
    </div>
  )
}

describe('a host’s fonts reach every text of every part (Chromium)', () => {
  it('in the builder, the preview and its list sheet, the send dialog and the JSON tab', async () => {
    render(<Admin />)
    const own = (where: string) => {
      const escaped = texts()
        .filter((element) => !/^"Host (Sans|Mono)"$/.test(getComputedStyle(element).fontFamily))
        .map(
          (element) =>
            `${where}: ${element.tagName.toLowerCase()}.${element.className} ${getComputedStyle(element).fontFamily}`,
        )
      return [...new Set(escaped)]
    }
    expect(texts().length).toBeGreaterThan(50)
    expect(own('form')).toEqual([])
    // The list's sheet, opened from its button.
    const lists = [...document.querySelectorAll<HTMLElement>('.bi-bubble .bi-action')]
    lists.at(-1)?.click()
    await expect.poll(() => document.querySelector('.bi-sheet')).not.toBeNull()
    expect(own('sheet')).toEqual([])
    // Closed again: open, the sheet keeps the page behind it from assistive tech.
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => document.querySelector('.bi-sheet')).toBeNull()
    await page.getByRole('tab', { name: 'JSON' }).click()
    expect(own('json')).toEqual([])
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.poll(() => document.querySelector('.bi-send-dialog')).not.toBeNull()
    expect(own('dialog')).toEqual([])
  })
})

// The kit's colour tokens, read from its stylesheet: each default that is a colour.
const COLOUR_TOKENS = [...kitCss.matchAll(/^\s*--_bi-([a-z0-9-]+):\s*([^;]+);/gmu)]
  .filter(([, , value]) => /light-dark\(|#[0-9a-f]{3,8}\b|rgba?\(|color-mix\(/iu.test(value ?? ''))
  .map(([, name]) => name as string)

// The colours an element draws: its text (where it shows some), fill, borders, outline, and an SVG's paint.
function drawn(element: Element): string[] {
  const style = getComputedStyle(element)
  const colours = [style.backgroundColor]
  if (texts().includes(element as HTMLElement)) colours.push(style.color)
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    if (style[`border${side}Style`] !== 'none' && Number.parseFloat(style[`border${side}Width`]) > 0) {
      colours.push(style[`border${side}Color`])
    }
  }
  if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) colours.push(style.outlineColor)
  if (element instanceof SVGElement) colours.push(style.fill, style.stroke)
  return colours.filter((colour) => /^rgba?\(/u.test(colour) && !/, 0\)$/u.test(colour))
}

describe('a host’s colours reach every colour of every part (Chromium)', () => {
  it('draws nothing in a colour that is not one of the --bi-* tokens', async () => {
    expect(COLOUR_TOKENS.length).toBeGreaterThan(40)
    // Each token a colour of its own, as a host restyling all of them would set.
    const colours = Object.fromEntries(COLOUR_TOKENS.map((name, index) => [`--bi-${name}`, `rgb(1, 2, ${index + 3})`]))
    const allowed = new Set(Object.values(colours))
    render(<Admin colours={colours} />)
    const escaped = (where: string) => [
      ...new Set(
        everything().flatMap((element) =>
          drawn(element)
            .filter((colour) => !allowed.has(colour))
            .map((colour) => `${where}: ${element.tagName.toLowerCase()}.${element.getAttribute('class')} ${colour}`),
        ),
      ),
    ]
    expect(escaped('form')).toEqual([])
    ;[...document.querySelectorAll<HTMLElement>('.bi-bubble .bi-action')].at(-1)?.click()
    await expect.poll(() => document.querySelector('.bi-sheet')).not.toBeNull()
    expect(escaped('sheet')).toEqual([])
    // Closed again: open, the sheet keeps the page behind it from assistive tech.
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => document.querySelector('.bi-sheet')).toBeNull()
    await page.getByRole('tab', { name: 'JSON' }).click()
    expect(escaped('json')).toEqual([])
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.poll(() => document.querySelector('.bi-send-dialog')).not.toBeNull()
    expect(escaped('dialog')).toEqual([])
  })
})
