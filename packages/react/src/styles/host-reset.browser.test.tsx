import '../styles.css'
import { BriqError, type Issue } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE, INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { fourButtonsWithEveryIssue } from '../builder/testing/issue-drafts.ts'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { ANNOUNCEMENT_MS } from '../dom/announcement-time.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import {
  CONTENT_BOX_RESET,
  ELEMENT_RESET,
  FORMS_PLUGIN,
  HOST_RULES,
  PREFLIGHT_RESET,
  THEME_ATTRIBUTE_RULES,
  UNSET_BUTTONS,
} from './testing/element-reset.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  localStorage.clear()
})

const LIST = {
  type: 'list',
  header: { type: 'text', text: 'Huduma' },
  body: { text: 'Chagua *huduma* _leo_ `code` ```mono```\n> quote\n- one\n1. two' },
  footer: { text: 'Briq' },
  action: {
    button: 'Chagua',
    sections: [
      {
        title: 'A',
        rows: [
          { id: 'a', title: 'Moja', description: 'Ya kwanza' },
          { id: 'b', title: 'Mbili' },
        ],
      },
      { title: 'B', rows: [{ id: 'c', title: 'Tatu' }] },
    ],
  },
}

/** Titles past their limits (a link's, a button's) and one of spaces only: named, described. */
const OVER_LONG_LINK = {
  type: 'cta_url',
  body: { text: 'Fuatilia mzigo wako' },
  action: {
    name: 'cta_url',
    parameters: { display_text: 'Fuatilia mzigo wako hapa sasa', url: 'https://briq.tz/track' },
  },
}
const BLANK_AND_OVER_LONG = {
  type: 'button',
  body: { text: 'Chagua' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'a', title: 'Usafirishaji wa haraka sana' } },
      { type: 'reply', reply: { id: 'b', title: '\u00a0 ' } },
    ],
  },
}

/** A wide image header, offline: hosts size images (`img { max-width: 100%; height: auto }`). */
const WITH_IMAGE = {
  ...INTERACTIVE_EXAMPLES.button,
  header: {
    type: 'image',
    image: {
      link: `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="teal"/></svg>')}`,
    },
  },
}

const PROPERTIES = [
  'display',
  'float',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-transform',
  'list-style-type',
  'border-top-width',
  'border-left-width',
  'color',
  'background-color',
  'text-decoration-line',
  'vertical-align',
  'border-top-left-radius',
  'appearance',
] as const

/** Properties that only show through text. */
const TEXT_PROPERTIES = new Set(['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color'])

/** Whether an element draws text of its own (an icon, a radio or a backdrop draws none). */
function drawsText(element: Element): boolean {
  if (element instanceof HTMLInputElement) return element.type !== 'radio' && element.type !== 'checkbox'
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
}

/**
 * Every kit element's computed look and the size of the box it draws, in document order (the
 * dialog portals to the body). Box sizing shows as a changed box, so it is not compared on its
 * own (an element without a set width draws the same box either way); options are the select's
 * business.
 */
function snapshot(): string[] {
  return [...document.querySelectorAll('.bi-root, .bi-root *')]
    .filter((element) => element.tagName !== 'OPTION')
    .map((element) => {
      const style = getComputedStyle(element)
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`
      const shown = PROPERTIES.filter((property) => drawsText(element) || !TEXT_PROPERTIES.has(property))
        // A select without its appearance has no arrow; a styled button looks the same either way.
        .filter((property) => property !== 'appearance' || element.tagName === 'SELECT')
      const { width, height, left, top } = element.getBoundingClientRect()
      // Where it sits in its parent too: content moved inside a box that kept its size (a glyph
      // no longer centred) changes nothing else.
      const parent = element.parentElement?.getBoundingClientRect() ?? { left, top }
      const box = `box=${width.toFixed(2)}x${height.toFixed(2)}@${(left - parent.left).toFixed(2)},${(top - parent.top).toFixed(2)}`
      return `${name} ${box} ${shown.map((property) => `${property}=${style.getPropertyValue(property)}`).join(' ')}`
    })
}

/** Adds the host's stylesheet before or after the kit's and expects no kit element to change. */
function expectUnchangedBy(css: string, order: 'first' | 'last'): void {
  const before = snapshot()
  const reset = document.createElement('style')
  reset.textContent = css
  if (order === 'first') document.head.prepend(reset)
  else document.head.append(reset)
  try {
    const after = snapshot()
    expect(after.length).toBe(before.length)
    const changed = after.flatMap((line, index) => {
      if (line === before[index]) return []
      const was = new Set(before[index]!.split(' '))
      return [
        `${line.split(' ')[0]}: ${line
          .split(' ')
          .filter((part) => !was.has(part))
          .join(' ')}`,
      ]
    })
    expect(changed, css.slice(0, 50)).toEqual([])
  } finally {
    reset.remove()
  }
}

const RESETS = [
  [ELEMENT_RESET, 'first'],
  [PREFLIGHT_RESET, 'last'],
  [HOST_RULES, 'last'],
  [CONTENT_BOX_RESET, 'last'],
  [UNSET_BUTTONS, 'last'],
] as const

describe('a host’s element reset (Chromium)', () => {
  it.each([
    ['Bootstrap’s Reboot, loaded first', ELEMENT_RESET, 'first'],
    ['Tailwind 3’s Preflight, loaded last', PREFLIGHT_RESET, 'last'],
    [
      'an admin’s own rules (* { line-height }, button { text-transform }, input { width: 100% }), loaded last',
      HOST_RULES,
      'last',
    ],
    ['a legacy admin’s `* { box-sizing: content-box }`, loaded last', CONTENT_BOX_RESET, 'last'],
    ['a design system’s `button { all: unset }`, loaded last', UNSET_BUTTONS, 'last'],
    ['Tailwind’s forms plugin, loaded last', FORMS_PLUGIN, 'last'],
    ['a theme system’s `[data-theme]` rules (daisyUI), loaded last', THEME_ATTRIBUTE_RULES, 'last'],
  ] as const)(
    '%s changes nothing in the composer, the builder, the previews, the list sheet or the send dialog',
    async (_name, css, order) => {
      const { client } = createMockClient()
      render(
        <>
          <InteractiveComposer client={client} defaultValue={LIST} sendMode="inline" theme="light" />
          {/* A carousel's header is a choice: a fieldset, its legend and radios. */}
          <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.carousel} theme="light" />
          <InteractivePreview value={WITH_IMAGE} theme="light" />
          <InteractivePreview value={INTERACTIVE_EXAMPLES.carousel} theme="light" />
          <InteractivePreview value={OVER_LONG_LINK} theme="light" />
          <InteractivePreview value={BLANK_AND_OVER_LONG} theme="light" />
          <SendInteractiveDialog client={client} interactive={LIST as never} defaultOpen theme="light" />
        </>,
      )
      await expect.element(page.getByRole('dialog')).toBeVisible()
      await page.getByRole('button', { name: 'Chagua' }).first().click()
      await expect.element(page.getByRole('radiogroup').first()).toBeVisible()
      await Promise.all([...document.images].map((image) => image.decode()))
      await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
      expectUnchangedBy(css, order)
    },
  )

  it('keeps what the kit hides hidden under a host’s `span, input { display: inline }`, loaded last', async () => {
    render(
      <>
        <InteractiveBuilder defaultValue={OVER_LONG_LINK} defaultTab="json" theme="light" />
        <InteractivePreview value={OVER_LONG_LINK} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.button} theme="light" />
      </>,
    )
    // A tap's words, once said, leave the preview's live region (hidden, not removed).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      act(() =>
        page
          .getByRole('button', { name: 'Leo jioni' })
          .element()
          .dispatchEvent(new MouseEvent('click', { bubbles: true })),
      )
      act(() => void vi.advanceTimersByTime(ANNOUNCEMENT_MS))
    } finally {
      vi.useRealTimers()
    }
    const hidden = () => [...document.querySelectorAll('[hidden]')]
    expect(new Set(hidden().map((element) => element.className))).toEqual(
      new Set(['bi-action-title', 'bi-builder-json-file', 'bi-preview-live-text']),
    )
    const css = 'span, input { display: inline; }'
    expectUnchangedBy(css, 'last')
    const reset = document.createElement('style')
    reset.textContent = css
    document.head.append(reset)
    try {
      expect(hidden().filter((element) => getComputedStyle(element).display !== 'none')).toEqual([])
    } finally {
      reset.remove()
    }
  })

  const carouselWithoutButtons = {
    type: 'carousel',
    body: { text: 'Chagua kifurushi' },
    action: {
      cards: [0, 1].map((card_index) => ({
        card_index,
        type: 'cta_url',
        header: { type: 'image', image: { link: `https://images.example.co.tz/${card_index}.jpg` } },
        action: { buttons: [] },
      })),
    },
  }

  it('leaves every focus ring when the host removes its own (`:focus { outline: none }`, loaded last)', async () => {
    render(
      <>
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.carousel} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.button} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.list} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.cta_url} theme="light" />
        {/* Cards with no button yet (a draft): the scrolling row is the stop. */}
        <InteractivePreview value={carouselWithoutButtons} theme="light" />
      </>,
    )
    const reset = document.createElement('style')
    reset.textContent = '*:focus, :focus-visible { outline: none; } button:focus { outline: 0; box-shadow: none; }'
    document.head.append(reset)
    try {
      const reached: string[] = []
      const ringless: string[] = []
      // Tab once round every stop of the page: back at the first, the round is done.
      for (let first: Element | null = null; ; ) {
        await userEvent.keyboard('{Tab}')
        const focused = document.activeElement
        if (!focused || focused === document.body) continue
        if (focused === first) break
        first ??= focused
        const name = `${focused.tagName.toLowerCase()}.${[...focused.classList].join('.')}`
        reached.push(name)
        const style = getComputedStyle(focused)
        if ((style.outlineStyle === 'none' || style.outlineWidth === '0px') && style.boxShadow === 'none')
          ringless.push(name)
      }
      expect(reached.length).toBeGreaterThan(20)
      expect(ringless).toEqual([])
    } finally {
      reset.remove()
    }
  })

  it('changes nothing in the send dialog’s refusal, sent message and delivery steps, under each of them', async () => {
    const { mock, client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen pollIntervalMs={20} />)
    const sendTo = page.getByRole('combobox', { name: 'Send to' })
    const windowState = () => document.querySelector('.bi-send-dialog-window')?.getAttribute('data-window')
    await expect.poll(() => sendTo.element().querySelectorAll('option').length).toBe(4)
    await page.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill(FIXTURE_PHONES.closed)
    await expect.poll(windowState).toBe('closed')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('region', { name: 'Not sent' })).toBeVisible()
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
    for (const [css, order] of RESETS) expectUnchangedBy(css, order)
    await sendTo.selectOptions(FIXTURE_IDS.openConversation)
    await expect.poll(windowState).toBe('open')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    mock.advance(4000)
    await expect.element(page.getByRole('listitem').filter({ hasText: 'Read' })).toHaveAttribute('aria-current', 'step')
    for (const [css, order] of RESETS) expectUnchangedBy(css, order)
  })

  it('changes nothing in the builder’s issues, fix-its and storage notices, nor the send dialog’s issues and a refused request’s rules', async () => {
    const key = 'host-reset:notices'
    // A draft set aside (another version's), then a save the browser refuses: both notices show.
    localStorage.setItem(key, JSON.stringify({ version: 2, value: {}, revision: 3, savedAt: 1, session: 'new-kit' }))
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name, value) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, name, value)
    })
    render(
      <>
        <InteractiveBuilder persistKey={key} theme="light" />
        <InteractiveBuilder defaultValue={fourButtonsWithEveryIssue} theme="light" />
      </>,
    )
    await userEvent.fill(page.getByRole('textbox', { name: 'Body text' }).first(), 'Typed while the storage is full')
    window.dispatchEvent(new Event('pagehide'))
    await expect.poll(() => document.querySelectorAll('.bi-builder-storage-notice .bi-builder-conflict').length).toBe(2)
    const { client } = createMockClient()
    // The client refuses the request with the rules it broke (its own validation options).
    const issues: Issue[] = [{ path: ['interactive', 'body', 'text'], code: 'too_long', message: 'Too long', limit: 4 }]
    const refusing = {
      ...client,
      sendInteractive: () => Promise.reject(new BriqError({ kind: 'validation', message: 'invalid', issues })),
    }
    render(
      <SendInteractiveDialog
        client={refusing}
        interactive={{ ...FEEDBACK_INTERACTIVE, footer: { text: ' ' } }}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        theme="light"
      />,
    )
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('region', { name: 'Not sent' })).toBeVisible()
    expect(document.querySelector('.bi-send-dialog-issues[data-kind="warning"] li')).not.toBeNull()
    expect(document.querySelector('.bi-send-dialog-failure li')).not.toBeNull()
    for (const [css, order] of RESETS) expectUnchangedBy(css, order)
  })

  it('changes nothing in the English a partial catalogue falls back to, and keeps its hidden names hidden', async () => {
    // Words the host's French catalogue leaves out are the kit's English, in elements of their own
    // (a field's name in a suggestion, a sentence's English part, a region's hidden name).
    const french = {
      'field.type': 'Type de message',
      'field.body.text': 'Texte du message',
      'builder.tab.form': 'Formulaire',
      'builder.issues.label': 'Problèmes',
    }
    const withEnglish = () => new Set([...document.querySelectorAll('[lang="en"]')].map((element) => element.tagName))
    render(
      <>
        <InteractiveBuilder defaultValue={fourButtonsWithEveryIssue} locale="fr" messages={french} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.carousel} locale="fr" messages={french} theme="light" />
      </>,
    )
    await expect.element(page.getByRole('tab', { name: 'Formulaire' })).toBeVisible()
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
    expect(withEnglish()).toContain('SPAN')
    // A kit class on each: only what carries one is kept from a host's universal and element rules.
    expect(
      [...document.querySelectorAll('.bi-root [lang]')].filter(
        (element) => element.tagName !== 'OPTION' && !/\bbi-/.test(element.className),
      ),
    ).toEqual([])
    for (const [css, order] of RESETS) expectUnchangedBy(css, order)
    const hidden = [...document.querySelectorAll('[hidden][lang="en"]')]
    expect(hidden.length).toBeGreaterThan(0)
    const reset = document.createElement('style')
    reset.textContent = 'span, input { display: inline; }'
    document.head.append(reset)
    try {
      expect(hidden.filter((element) => getComputedStyle(element).display !== 'none')).toEqual([])
    } finally {
      reset.remove()
    }
  })
})
