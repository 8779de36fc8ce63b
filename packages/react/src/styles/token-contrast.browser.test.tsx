import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { composite, contrastRatio, parseCssColor, type Rgba } from '../preview/testing/color-contrast.ts'
import { emulatePreferences } from '../testing/preferences.ts'

afterEach(() => {
  cleanup()
  document.body.replaceChildren()
})

/**
 * One pair of colours the kit draws together: `text` over the `on` surfaces (bottom first, each
 * painted over the one before), read where `inside` places them (a palette's or a part's own
 * defaults apply there), and the least WCAG 2.2 ratio they need: 4.5 for text (1.4.3), 3 for
 * the parts of a control and the graphics that carry meaning (1.4.11), 7 where more contrast
 * was asked for (1.4.6).
 */
interface Pair {
  what: string
  text: string
  on: string[]
  min: 7 | 4.5 | 3
  /** Markup inside the part's root, with the element the colours are read on marked data-probe. */
  inside: string
}

const probe = '<span data-probe></span>'
const builder = `<div class="bi-builder">${probe}</div>`
const item = `<div class="bi-builder"><div class="bi-builder-item">${probe}</div></div>`
const dialog = `<div class="bi-send-dialog">${probe}</div>`
const bubbleIn = `<div class="bi-preview"><div class="bi-bubble" data-direction="in">${probe}</div></div>`
const bubbleOut = `<div class="bi-preview"><div class="bi-bubble" data-direction="out">${probe}</div></div>`
const decline = `<div class="bi-preview"><div class="bi-bubble" data-direction="in"><button class="bi-action" data-kind="permission-decline"><span data-probe></span></button></div></div>`
const sheet = `<div class="bi-preview"><div class="bi-sheet">${probe}</div></div>`
const hiddenRows = `<div class="bi-preview"><div class="bi-sheet"><p class="bi-sheet-hidden">${probe}</p></div></div>`
const wall = 'wallpaper-bg'

// The kit's parts (the builder, the composer, the send dialog): their surfaces, in each of the
// states axe never sees (a placeholder, hover, an over-limit counter, a warning, a notice).
const parts: Pair[] = [
  { what: 'text', text: 'text', on: ['surface'], min: 4.5, inside: builder },
  { what: 'text in an item', text: 'text', on: ['surface', 'surface-muted'], min: 4.5, inside: item },
  { what: 'a field’s value', text: 'text', on: ['field-bg'], min: 4.5, inside: builder },
  { what: 'a hint or counter', text: 'text-secondary', on: ['surface'], min: 4.5, inside: builder },
  {
    what: 'a hint in an item; a tab not selected',
    text: 'text-secondary',
    on: ['surface', 'surface-muted'],
    min: 4.5,
    inside: item,
  },
  { what: 'a placeholder', text: 'text-secondary', on: ['field-bg'], min: 4.5, inside: builder },
  { what: 'the type guide’s link', text: 'link', on: ['surface'], min: 4.5, inside: builder },
  { what: 'a fix-it and a suggestion', text: 'primary', on: ['surface', 'surface-muted'], min: 4.5, inside: item },
  { what: 'Send’s text', text: 'on-primary', on: ['primary'], min: 4.5, inside: dialog },
  {
    what: 'an error; a counter over its limit',
    text: 'error',
    on: ['surface', 'surface-muted'],
    min: 4.5,
    inside: item,
  },
  { what: 'an error notice', text: 'error', on: ['error-bg'], min: 4.5, inside: dialog },
  { what: 'a warning', text: 'warning', on: ['surface', 'surface-muted'], min: 4.5, inside: item },
  { what: 'a warning notice', text: 'warning', on: ['warning-bg'], min: 4.5, inside: dialog },
  { what: 'a success notice', text: 'success', on: ['success-bg'], min: 4.5, inside: dialog },
  { what: 'an invalid field’s border', text: 'error', on: ['surface', 'surface-muted'], min: 3, inside: item },
  { what: 'a field’s border', text: 'field-border', on: ['surface', 'surface-muted'], min: 3, inside: item },
  { what: 'a field’s border on the page', text: 'field-border', on: ['surface'], min: 3, inside: dialog },
  {
    what: 'the selected tab’s ring on the tabs',
    text: 'field-border',
    on: ['surface', 'surface-muted'],
    min: 3,
    inside: builder,
  },
  { what: 'the focus ring', text: 'focus', on: ['surface', 'surface-muted'], min: 3, inside: item },
  { what: 'the focus ring on a notice', text: 'focus', on: ['warning-bg'], min: 3, inside: dialog },
  { what: 'the focus ring on an error notice', text: 'focus', on: ['error-bg'], min: 3, inside: dialog },
  { what: 'an item’s tools', text: 'text-secondary', on: ['surface', 'surface-muted'], min: 3, inside: item },
  { what: 'the delivery ticks', text: 'tick-grey', on: ['surface'], min: 3, inside: dialog },
  { what: 'the read ticks', text: 'tick-read', on: ['surface'], min: 3, inside: dialog },
]

// The preview, in either palette: the message, its buttons (and their hover), the list sheet,
// the customer's reply and its ticks, text past a limit on its wash.
const preview: Pair[] = [
  { what: 'message text', text: 'text', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  { what: 'a footer', text: 'text-secondary', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  { what: 'the time', text: 'meta-color', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  { what: 'a link', text: 'link', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  { what: 'inline code', text: 'text', on: [wall, 'bubble-in-bg', 'code-bg'], min: 4.5, inside: bubbleIn },
  { what: 'a quote', text: 'blockquote', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  { what: 'a button', text: 'button-text', on: [wall, 'bubble-in-bg'], min: 4.5, inside: bubbleIn },
  {
    what: 'a button under the pointer',
    text: 'button-text',
    on: [wall, 'bubble-in-bg', 'code-bg'],
    min: 4.5,
    inside: bubbleIn,
  },
  { what: 'Don’t allow', text: 'text-secondary', on: [wall, 'bubble-in-bg'], min: 4.5, inside: decline },
  {
    what: 'Don’t allow under the pointer',
    text: 'text-secondary',
    on: [wall, 'bubble-in-bg', 'code-bg'],
    min: 4.5,
    inside: decline,
  },
  { what: 'text past a limit', text: 'text', on: [wall, 'bubble-in-bg', 'error-mark'], min: 4.5, inside: bubbleIn },
  {
    what: 'a document’s type',
    text: 'doc-meta',
    on: [wall, 'bubble-in-bg', 'doc-card-bg'],
    min: 4.5,
    inside: bubbleIn,
  },
  { what: 'the focus ring', text: 'focus', on: [wall, 'bubble-in-bg'], min: 3, inside: bubbleIn },
  {
    what: 'an empty media header’s icon and edge; a product’s with no picture',
    text: 'media-empty-fg',
    on: [wall, 'bubble-in-bg', 'media-empty-bg'],
    min: 3,
    inside: bubbleIn,
  },
  { what: 'a section title', text: 'section-title', on: ['sheet-bg'], min: 4.5, inside: sheet },
  { what: 'a row’s description', text: 'text-secondary', on: ['sheet-bg'], min: 4.5, inside: sheet },
  {
    what: 'the rows WhatsApp hides',
    text: 'text-secondary',
    on: ['sheet-bg', 'error-mark'],
    min: 4.5,
    inside: hiddenRows,
  },
  { what: 'a row past the limit', text: 'text', on: ['sheet-bg', 'error-mark'], min: 4.5, inside: sheet },
  { what: 'an empty radio', text: 'radio-ring', on: ['sheet-bg'], min: 3, inside: sheet },
  { what: 'the chosen radio', text: 'accent', on: ['sheet-bg'], min: 3, inside: sheet },
  { what: 'the sheet’s close icon', text: 'text-secondary', on: ['sheet-bg'], min: 3, inside: sheet },
  { what: 'the reply’s text', text: 'text', on: [wall, 'bubble-out-bg'], min: 4.5, inside: bubbleOut },
  { what: 'the reply’s description', text: 'text-secondary', on: [wall, 'bubble-out-bg'], min: 4.5, inside: bubbleOut },
  { what: 'the reply’s time', text: 'meta-color', on: [wall, 'bubble-out-bg'], min: 4.5, inside: bubbleOut },
  {
    what: 'the quoted message',
    text: 'text-secondary',
    on: [wall, 'bubble-out-bg', 'quote-bg'],
    min: 4.5,
    inside: bubbleOut,
  },
  {
    what: 'the quoted author',
    text: 'quote-author',
    on: [wall, 'bubble-out-bg', 'quote-bg'],
    min: 4.5,
    inside: bubbleOut,
  },
  { what: 'the reply’s ticks', text: 'tick-grey', on: [wall, 'bubble-out-bg'], min: 3, inside: bubbleOut },
  { what: 'the reply’s read ticks', text: 'tick-read', on: [wall, 'bubble-out-bg'], min: 3, inside: bubbleOut },
]

/** Every pair's ratio under a part's root in one theme (and palette), those under their least. */
function failures(pairs: Pair[], theme: 'light' | 'dark', palette?: 'classic'): string[] {
  return pairs.flatMap(({ what, text, on, min, inside }) => {
    const root = document.createElement('div')
    root.className = 'bi-root'
    root.dataset.biTheme = theme
    if (palette) root.dataset.palette = palette
    root.innerHTML = inside
    document.body.append(root)
    const element = root.querySelector<HTMLElement>('[data-probe]') as HTMLElement
    const token = (name: string): Rgba => {
      element.style.color = `var(--bi-${name}, var(--_bi-${name}))`
      return parseCssColor(getComputedStyle(element).color)
    }
    const [first = '', ...rest] = on
    const bottom = token(first)
    // The bottom surface is opaque (a translucent one would show the host's page through).
    expect(bottom.a, `--bi-${first}`).toBe(1)
    const background = rest.reduce((under, name) => composite(token(name), under), bottom)
    const ratio = contrastRatio(token(text), background)
    root.remove()
    return ratio >= min ? [] : [`${what}: --bi-${text} on ${on.join(' + ')} ${ratio.toFixed(2)} < ${min}`]
  })
}

// WCAG 2.2 1.4.3 and 1.4.11, computed from the tokens in each theme: axe measures only what is on
// the page in its resting state, not a hover, a placeholder, a wash or an icon.
describe('every pair of the kit’s colours meets WCAG’s contrast (Chromium)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the builder, the composer and the send dialog, ${theme}`, () => {
      expect(failures(parts, theme)).toEqual([])
    })
    for (const palette of [undefined, 'classic'] as const) {
      it(`the preview, ${theme}${palette ? `, ${palette} palette` : ''}`, () => {
        expect(failures(preview, theme, palette)).toEqual([])
      })
    }
  }
})

// A state shown by colour must be 3:1 against what is beside it (WCAG 2.2 1.4.11).
describe('the selected builder tab is told from the other by a ring (Chromium)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(theme, () => {
      renderBuilder({ defaultValue: createDraft('button'), theme })
      const selected = page.getByRole('tab', { name: 'Form' }).element()
      const tabs = selected.parentElement as HTMLElement
      const ring = /^(rgba?\([^)]+\)) 0px 0px 0px 1px$/.exec(getComputedStyle(selected).boxShadow)?.[1]
      expect(ring, getComputedStyle(selected).boxShadow).toBeDefined()
      const surface = parseCssColor(getComputedStyle(tabs.closest('.bi-builder') as HTMLElement).backgroundColor)
      const track = composite(parseCssColor(getComputedStyle(tabs).backgroundColor), surface)
      expect(contrastRatio(parseCssColor(ring as string), track)).toBeGreaterThanOrEqual(3)
    })
  }
})

// prefers-contrast: more (Increase contrast on macOS and iOS): the greys a reader finds faint
// get stronger. Secondary text 7:1 on the kit's own surfaces (WCAG 1.4.6), hairlines 3:1.
const moreParts: Pair[] = [
  { what: 'a hint or counter', text: 'text-secondary', on: ['surface'], min: 7, inside: builder },
  {
    what: 'a hint in an item; a tab not selected',
    text: 'text-secondary',
    on: ['surface', 'surface-muted'],
    min: 7,
    inside: item,
  },
  { what: 'a placeholder', text: 'text-secondary', on: ['field-bg'], min: 7, inside: builder },
  { what: 'the dialog’s notes', text: 'text-secondary', on: ['surface'], min: 7, inside: dialog },
  { what: 'an item’s edge', text: 'divider', on: ['surface', 'surface-muted'], min: 3, inside: item },
  { what: 'the dialog’s edge', text: 'divider', on: ['surface'], min: 3, inside: dialog },
]
const morePreview: Pair[] = [
  { what: 'a footer', text: 'text-secondary', on: [wall, 'bubble-in-bg'], min: 7, inside: bubbleIn },
  { what: 'the time', text: 'meta-color', on: [wall, 'bubble-in-bg'], min: 7, inside: bubbleIn },
  { what: 'a row’s description', text: 'text-secondary', on: ['sheet-bg'], min: 7, inside: sheet },
  { what: 'the hairline over a button', text: 'divider', on: [wall, 'bubble-in-bg'], min: 3, inside: bubbleIn },
  { what: 'the hairline between rows', text: 'divider', on: ['sheet-bg'], min: 3, inside: sheet },
  { what: 'Don’t allow', text: 'text-secondary', on: [wall, 'bubble-in-bg'], min: 7, inside: decline },
  { what: 'the reply’s time', text: 'meta-color', on: [wall, 'bubble-out-bg'], min: 4.5, inside: bubbleOut },
]

describe('prefers-contrast: more strengthens the greys (Chromium)', () => {
  beforeEach(() => emulatePreferences({ contrast: 'more' }))
  afterEach(() => emulatePreferences({ contrast: null }))
  for (const theme of ['light', 'dark'] as const) {
    it(`the builder and the send dialog, ${theme}`, () => {
      expect(matchMedia('(prefers-contrast: more)').matches).toBe(true)
      expect(failures(moreParts, theme)).toEqual([])
    })
    for (const palette of [undefined, 'classic'] as const) {
      it(`the preview, ${theme}${palette ? `, ${palette} palette` : ''}`, () => {
        expect(failures(morePreview, theme, palette)).toEqual([])
      })
    }
    // Every pair that holds without the preference holds with it.
    it(`every pair above, ${theme}`, () => {
      expect(failures(parts, theme)).toEqual([])
      expect(failures(preview, theme)).toEqual([])
      expect(failures(preview, theme, 'classic')).toEqual([])
    })
  }
})
