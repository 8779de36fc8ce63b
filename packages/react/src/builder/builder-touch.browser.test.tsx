import '../styles.css'
import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { MIN_TARGET, smallTargets } from '../testing/target-size.ts'
import { emulateTouch, onPage, touch } from '../testing/touch.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { fourButtonsWithEveryIssue } from './testing/issue-drafts.ts'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/builder/${name}.png`

afterEach(async () => {
  cleanup()
  await emulateTouch(false)
})

const threeButtons = {
  ...createDraft('button'),
  action: {
    buttons: ['One', 'Two', 'Three'].map((title) => ({ type: 'reply', reply: { id: title.toLowerCase(), title } })),
  },
}
const titles = () =>
  page
    .getByRole('textbox', { name: /^Button \d title$/ })
    .elements()
    .map((element) => (element as HTMLInputElement).value)
const rows = (...titles: string[]) => titles.map((title) => ({ id: title.toLowerCase(), title }))
const twoSections = {
  ...createDraft('list'),
  action: {
    button: 'Choose',
    sections: [
      { title: 'Delivery', rows: rows('Today', 'Tomorrow') },
      { title: 'Pickup', rows: rows('Kariakoo') },
    ],
  },
}
const item = (name: string) => page.getByRole('group', { name }).element() as HTMLElement
/** The middle of an item's drag handle. */
const grip = (name: string) => {
  const box = (item(name).querySelector('.bi-builder-drag') as HTMLElement).getBoundingClientRect()
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * The builder alone on a 412 × 915 phone (a Pixel 7): Button 1's top and Button 3's handle in
 * view, clear of the edges (a drag held there scrolls).
 */
async function phone() {
  await emulateTouch()
  await page.viewport(412, 915)
  render(<InteractiveBuilder theme="light" defaultValue={threeButtons} />)
  item('Button 1').scrollIntoView({ block: 'start' })
  window.scrollBy(0, -60)
  expect(item('Button 1').getBoundingClientRect().top).toBeGreaterThan(48)
  expect(grip('Button 3').y).toBeLessThan(window.innerHeight - 48)
}

describe('reordering with a finger on a phone (Chromium, real touches)', () => {
  it('drags the item, not the page; the moved item keeps focus', async () => {
    await phone()
    const from = grip('Button 3')
    const to = item('Button 1').getBoundingClientRect().top + 20
    const scrolled = window.scrollY
    await touch('touchStart', [from])
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', [{ x: from.x, y: from.y + ((to - from.y) * step) / 8 }])
    // The handle takes the finger (touch-action: none): the page stays where it was.
    expect(window.scrollY).toBe(scrolled)
    await expect.poll(() => item('Button 1').getAttribute('data-drop')).toBe('before')
    await touch('touchEnd', [])
    await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
    await expect
      .element(page.getByRole('group', { name: 'Button 1' }).getByRole('button', { name: 'Move up' }))
      .toHaveFocus()
    // And said, as a move by keyboard is.
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent('Moved to position 1 of 3')
  })

  it('let go over the group’s heading, the item goes before the first, marked there', async () => {
    await phone()
    const head = (item('Button 1').closest('.bi-builder-group') as HTMLElement).firstElementChild as HTMLElement
    // The heading clear of the top edge, where a held drag scrolls.
    window.scrollBy(0, head.getBoundingClientRect().top - 100)
    const from = grip('Button 3')
    expect(from.y).toBeLessThan(window.innerHeight - 48)
    const to = head.getBoundingClientRect().top + 2
    await touch('touchStart', [from])
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', [{ x: from.x, y: from.y + ((to - from.y) * step) / 8 }])
    await expect.poll(() => item('Button 1').getAttribute('data-drop')).toBe('before')
    await touch('touchEnd', [])
    await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
  })

  it('a second finger on another handle while one drags moves nothing', async () => {
    await phone()
    const first = grip('Button 3')
    const second = grip('Button 2')
    const to = item('Button 1').getBoundingClientRect().top + 20
    await touch('touchStart', [{ ...first, id: 1 }])
    await touch('touchStart', [
      { ...first, id: 1 },
      { ...second, id: 2 },
    ])
    await touch('touchMove', [
      { x: first.x, y: to, id: 1 },
      { x: second.x, y: to + 4, id: 2 },
    ])
    await expect.poll(() => item('Button 1').getAttribute('data-drop')).toBe('before')
    expect(document.querySelectorAll('[data-dragging]')).toHaveLength(1)
    await touch('touchEnd', [])
    // One move, the first finger's: Button 3 before Button 1.
    await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
  })

  it('let go where it started (a change of mind), the finger moves nothing', async () => {
    await phone()
    const from = grip('Button 2')
    await touch('touchStart', [from])
    await touch('touchMove', [{ x: from.x, y: item('Button 1').getBoundingClientRect().top + 20 }])
    await expect.poll(() => item('Button 1').getAttribute('data-drop')).toBe('before')
    await touch('touchMove', [from])
    // Touch moves reach the page with its next frame.
    await expect.poll(() => document.querySelector('[data-drop]')).toBeNull()
    await touch('touchEnd', [])
    expect(document.querySelector('[data-dragging]')).toBeNull()
    expect(titles()).toEqual(['One', 'Two', 'Three'])
  })

  it('a pen drags the handle as a finger does', async () => {
    await phone()
    const from = grip('Button 3')
    const to = item('Button 1').getBoundingClientRect().top + 20
    // A pen's events, as the browser makes them from a stylus (pointerType "pen").
    const pen = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', y: number, buttons: number) =>
      cdp().send('Input.dispatchMouseEvent', {
        type,
        ...onPage(from.x, y),
        button: type === 'mouseMoved' && buttons === 0 ? 'none' : 'left',
        buttons,
        clickCount: 1,
        pointerType: 'pen',
      })
    const kinds: string[] = []
    document.addEventListener('pointerdown', (event) => kinds.push(event.pointerType), { once: true })
    // It hovers over the handle, then touches the screen.
    await pen('mouseMoved', from.y, 0)
    await pen('mousePressed', from.y, 1)
    await pen('mouseMoved', (from.y + to) / 2, 1)
    await pen('mouseMoved', to, 1)
    await expect.poll(() => item('Button 1').getAttribute('data-drop')).toBe('before')
    await pen('mouseReleased', to, 0)
    expect(kinds).toEqual(['pen'])
    await expect.poll(titles).toEqual(['Three', 'One', 'Two'])
  })
})

describe("the builder's controls for a finger (Chromium, touch screen emulated)", () => {
  /** Every visible control of the builder. */
  const controls = () =>
    [
      ...document.querySelectorAll<HTMLElement>('.bi-builder button, .bi-builder [role="tab"], .bi-builder-drag'),
    ].filter((element) => element.getClientRects().length > 0)

  for (const width of [320, 360] as const) {
    it(`at ${width} px: buttons 44 px tall, item tools 40 px square and apart, clear of the legend`, async () => {
      await emulateTouch()
      await page.viewport(width, 800)
      // A list has the most controls; the buttons with every issue fill the Problems summary.
      render(<InteractiveBuilder theme="light" defaultValue={createDraft('list')} />)
      render(<InteractiveBuilder theme="light" defaultValue={fourButtonsWithEveryIssue} />)
      expect(controls().length).toBeGreaterThan(40)
      expect(controls().filter((control) => control.matches('.bi-builder-summary-issue')).length).toBeGreaterThan(3)
      for (const control of controls()) {
        const box = control.getBoundingClientRect()
        const name = control.getAttribute('aria-label') ?? control.textContent ?? control.className
        if (control.matches('.bi-builder-tool, .bi-builder-drag')) {
          expect([box.width, box.height], name).toEqual([40, 40])
        } else if (control.matches('.bi-builder-summary-issue')) {
          // The issue list's text buttons, one a line: WCAG 2.2's 24 px (2.5.8), not a list
          // twice as long.
          expect(box.height, name).toBeGreaterThanOrEqual(MIN_TARGET)
          expect(box.width, name).toBeGreaterThanOrEqual(MIN_TARGET)
        } else {
          expect(box.height, name).toBeGreaterThanOrEqual(44)
          if (control.matches('.bi-builder-toolbar-button')) expect(box.width, name).toBeGreaterThanOrEqual(44)
        }
      }
      for (const item of document.querySelectorAll<HTMLElement>('.bi-builder-item')) {
        const tools = [...item.querySelector('.bi-builder-item-tools')!.children].map((tool) =>
          tool.getBoundingClientRect(),
        )
        for (let i = 1; i < tools.length; i++) expect(tools[i]!.left - tools[i - 1]!.right).toBeGreaterThanOrEqual(4)
        const range = document.createRange()
        range.selectNodeContents(item.querySelector('.bi-builder-legend')!)
        expect(range.getBoundingClientRect().right).toBeLessThan(tools[0]!.left)
        expect(tools.at(-1)!.right).toBeLessThanOrEqual(item.getBoundingClientRect().right)
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
    })
  }

  // "Button / 1", a word a line beside the tools, read as two titles on every phone.
  for (const [width, locale] of [
    [320, 'en'],
    [320, 'sw'],
  ] as const) {
    it(`at ${width} px (${locale}) each item's title is whole on one line, beside or under its tools`, async () => {
      await emulateTouch()
      await page.viewport(width, 800)
      render(<InteractiveBuilder theme="light" locale={locale} defaultValue={twoSections} />)
      const items = [...document.querySelectorAll<HTMLElement>('.bi-builder-item')]
      expect(items.length).toBeGreaterThan(3)
      for (const item of items) {
        const heading = item.querySelector('.bi-builder-legend-heading')!
        const range = document.createRange()
        range.selectNodeContents(heading)
        const lines = new Set([...range.getClientRects()].map((line) => Math.round(line.top)))
        expect(lines.size, heading.textContent!).toBe(1)
        const text = range.getBoundingClientRect()
        const tools = item.querySelector('.bi-builder-item-tools')!.getBoundingClientRect()
        expect(text.right <= tools.left || text.top >= tools.bottom, heading.textContent!).toBe(true)
        // Under the tools, the fields still start below the title.
        expect(heading.nextElementSibling).toBeNull()
        const next = item.querySelector('.bi-builder-item-tools')!.nextElementSibling!.getBoundingClientRect()
        expect(next.top).toBeGreaterThanOrEqual(text.bottom)
      }
    })
  }

  it('at 360 px a title beside its tools stays level with them, the fields right under them', async () => {
    await emulateTouch()
    await page.viewport(360, 800)
    render(<InteractiveBuilder theme="light" defaultValue={twoSections} />)
    const middle = (box: DOMRect) => (box.top + box.bottom) / 2
    const beside = [...document.querySelectorAll<HTMLElement>('.bi-builder-item')].flatMap((item) => {
      const range = document.createRange()
      range.selectNodeContents(item.querySelector('.bi-builder-legend-heading')!)
      const text = range.getBoundingClientRect()
      const tools = item.querySelector('.bi-builder-item-tools')!
      const { left, bottom } = tools.getBoundingClientRect()
      if (text.right > left) return []
      const gap = Number.parseFloat(getComputedStyle(item).rowGap)
      return [
        {
          title: item.querySelector('.bi-builder-legend-heading')!.textContent,
          level: Math.abs(middle(text) - middle(tools.getBoundingClientRect())) <= 4,
          fieldsUnder: tools.nextElementSibling!.getBoundingClientRect().top <= bottom + gap,
        },
      ]
    })
    expect(beside.length).toBeGreaterThan(3)
    expect(beside.filter(({ level, fieldsUnder }) => !level || !fieldsUnder)).toEqual([])
  })

  it('the type guide, the choices and the fields 44 px tall too', async () => {
    await emulateTouch()
    await page.viewport(360, 800)
    // "Card kind" and each card's "Media from" are radios.
    render(<InteractiveBuilder theme="light" defaultValue={createDraft('carousel')} />)
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        '.bi-builder summary, .bi-builder-radio, .bi-builder-input, .bi-builder-select',
      ),
    ]
    expect(targets.filter((target) => target.matches('summary'))).toHaveLength(1)
    expect(targets.filter((target) => target.matches('.bi-builder-radio')).length).toBeGreaterThan(1)
    const short = targets
      .map((target) => `${target.textContent || target.className} ${target.getBoundingClientRect().height}`)
      .filter((line) => Number(line.split(' ').at(-1)) < 44)
    expect(short).toEqual([])
    // Padded around its line, not a line plus 44 px.
    expect(document.querySelector('.bi-builder summary')!.getBoundingClientRect().height).toBeLessThan(46)
  })

  // A test per type: each renders the builder and walks its targets in the form and the JSON tab,
  // most of a second on two loaded cores, and all of them in one test took 11 s alone and 18.6 s
  // under load, past browser mode's 15 s.
  for (const [type, draft] of [
    ...INTERACTIVE_TYPES.map((type) => [type, createDraft(type)] as const),
    ['every issue', fourButtonsWithEveryIssue] as const,
  ]) {
    const what =
      draft === fourButtonsWithEveryIssue
        ? 'every target with every issue, the Problems summary'
        : `every target of ${type}`
    it(`on a 390 × 844 phone ${what} and the JSON tab is 24 px at least`, async () => {
      await emulateTouch()
      await page.viewport(390, 844)
      const small: string[] = []
      render(<InteractiveBuilder theme="light" defaultValue={draft} />)
      const builder = document.querySelector<HTMLElement>('.bi-builder')!
      if (draft === fourButtonsWithEveryIssue) {
        expect(builder.querySelectorAll('button.bi-builder-summary-issue').length).toBeGreaterThan(3)
        const summary = page.getByRole('region', { name: 'Problems' })
        await page.screenshot({ path: artifact('phone-problems-390x844'), element: summary })
      }
      builder.querySelector('details')?.setAttribute('open', '')
      small.push(...smallTargets(builder).map((line) => `${type}: ${line}`))
      await page.getByRole('tab', { name: 'JSON' }).click()
      await expect.element(page.getByRole('textbox', { name: 'Interactive object (JSON)' })).toBeVisible()
      small.push(...smallTargets(builder).map((line) => `${type} (JSON): ${line}`))
      expect(small).toEqual([])
    })
  }

  it('with a mouse the tools keep their desktop size', async () => {
    await page.viewport(360, 800)
    render(<InteractiveBuilder theme="light" defaultValue={createDraft('list')} />)
    const tool = page.getByRole('group', { name: 'Row 1' }).getByRole('button', { name: 'Remove' }).element()
    expect(tool.getBoundingClientRect().height).toBe(28)
    // The type guide's disclosure and the choices stay a line of text tall.
    expect(document.querySelector('.bi-builder summary')!.getBoundingClientRect().height).toBeLessThan(24)
    // And the issue list's entries too.
    cleanup()
    render(<InteractiveBuilder theme="light" defaultValue={fourButtonsWithEveryIssue} />)
    const issues = [...document.querySelectorAll('button.bi-builder-summary-issue')]
    expect(issues.length).toBeGreaterThan(3)
    // One a line of text tall (the suggestion's), with no padding around it.
    expect(Math.min(...issues.map((issue) => issue.getBoundingClientRect().height))).toBeLessThan(MIN_TARGET)
  })
})
