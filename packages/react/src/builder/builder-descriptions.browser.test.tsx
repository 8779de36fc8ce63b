import { createDraft } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { fireEvent } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { accessibilityTree, spoken } from '../testing/spoken.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { shortList, threeQuickReplyCarousel } from './testing/issue-drafts.ts'

describe('descriptions read as sentences (Chromium)', () => {
  it('ends the issue, the hint and each count, so numbers do not run together', async () => {
    renderBuilder({ defaultValue: createDraft('carousel') })
    const text = page.getByRole('textbox', { name: 'Card 1 text' }).element()
    fireEvent.change(text, { target: { value: 'x'.repeat(161) } })
    // Was "…WhatsApp allows 160 Optional 161 of 160 characters0 of 2 line breaks".
    expect(await spoken(text)).toBe(
      'textbox "Card 1 text" — Error: Card 1 text is 161 characters; WhatsApp allows 160. Optional. 161 of 160 characters. 0 of 2 line breaks.',
    )
  })

  it('ends an issue before the hint; a group is described by its issue; a fix-it is its own', async () => {
    const buttons = ['size', 'size', 'c', 'd'].map((id, i) => ({
      type: 'reply',
      reply: { id, title: `Size ${i + 1}` },
    }))
    renderBuilder({ defaultValue: { ...createDraft('button'), action: { buttons } } })
    // Was "…WhatsApp needs unique IDs Made from the title…". The fix-it, the next stop, is not in it.
    expect(await spoken(page.getByRole('textbox', { name: 'Button 2 ID' }).element())).toBe(
      'textbox "Button 2 ID" — Error: Button 2 ID "\u2068size\u2069" is the same as button 1\'s; WhatsApp needs unique IDs. Kept when the title changes; empty it to make one from the title.',
    )
    expect(await spoken(page.getByRole('group', { name: 'Buttons', exact: true }).element())).toBe(
      'group "Buttons" — Error: The message has 4 buttons; WhatsApp allows at most 3.',
    )
    // A fix-it's own name is kept exactly, with no stop and no description.
    const unique = page.getByRole('button', { name: /^Make it unique: / }).element()
    expect(await spoken(unique)).toMatch(/^button "Make it unique: [^ ".]+"$/)
    expect(await spoken(page.getByRole('button', { name: 'Turn the 4 buttons into a list' }).element())).toBe(
      'button "Turn the 4 buttons into a list"',
    )
    // Nothing is drawn for the stops: the issues look as before.
    const stops = [...document.querySelectorAll('.bi-sentence-stop')]
    expect(stops.length).toBeGreaterThan(3)
    for (const stop of stops) expect(stop.getBoundingClientRect().width).toBe(0)
  })

  it("ends the JSON tab's parse error before what the form keeps (en, sw)", async () => {
    // Was "…expected ":", found "{" The form keeps the last valid message…": the quote and the
    // next sentence ran on as one.
    for (const [locale, name, keeps] of [
      ['en', 'Interactive object (JSON)', 'The form keeps the last valid message'],
      ['sw', 'Kitu cha interactive (JSON)', 'Fomu inabaki na ujumbe sahihi wa mwisho'],
    ] as const) {
      const view = renderBuilder({ locale, defaultValue: createDraft('button'), defaultTab: 'json' })
      const json = page.getByRole('textbox', { name }).element()
      fireEvent.change(json, { target: { value: '{\n  "type" {' } })
      expect(await spoken(json)).toMatch(new RegExp(`"\\{"\\. ${keeps}`))
      view.unmount()
    }
  })
})

describe('the stops a screen reader hears in a host’s language (Chromium)', () => {
  it('ends each part of a description with the full stop of its own language', async () => {
    const title = 'Ce soir, avant dix-huit heures, si possible'
    renderBuilder({
      locale: 'zh',
      defaultValue: {
        type: 'button',
        body: { text: 'Hi' },
        action: { buttons: [{ type: 'reply', reply: { id: 'a', title } }] },
      },
      messages: { 'builder.issue.error': '错误', 'punctuation.colon': '：', 'punctuation.stop': '。' },
      coreMessages: { locale: 'zh', issues: { too_long: (issue) => `最多 ${issue.limit} 个字符` } },
    })
    // Was "最多 20 个字符." (a CSS "." whatever the language); the kit's English counter keeps ".".
    // (The visually hidden "错误：" is a run of its own, which Chromium sets apart with a space.)
    expect(await spoken(page.getByRole('textbox', { name: 'Button 1 title' }).element())).toBe(
      `textbox "Button 1 title" — 错误： 最多 20 个字符。 ${title.length} of 20 characters.`,
    )
  })
})

describe('fix-its read once by a swipe (Chromium, phone)', () => {
  // A fix-it sits right after its issue: the next stop for a swipe and for Tab. Named in the
  // control's description too ("…unique IDs. Make it unique: size-2."), it was read twice in a row.
  const buttons = ['size', 'size', 'c', 'd'].map((id, i) => ({ type: 'reply', reply: { id, title: `Size ${i + 1}` } }))
  for (const locale of ['en', 'sw'] as const) {
    it(`says each fix-it as its button only (${locale})`, async () => {
      await page.viewport(390, 844)
      const { root } = renderBuilder({ locale, defaultValue: { ...createDraft('button'), action: { buttons } } })
      const names = [...root.querySelectorAll('.bi-builder-messages .bi-builder-fix')].map(
        (button) =>
          button.getAttribute('aria-labelledby') &&
          document.getElementById(button.getAttribute('aria-labelledby') as string)?.textContent,
      )
      expect(names).toHaveLength(2)
      const lines = await accessibilityTree('.bi-builder')
      for (const name of names) {
        expect(
          lines.filter((line) => line.trim() === `button "${name}"`),
          name as string,
        ).toHaveLength(1)
        // In no description: the issue's control and the group are described by the sentences alone.
        expect(
          lines.filter((line) => line.split(' — ')[1]?.includes(name as string)),
          name as string,
        ).toEqual([])
      }
      // The issue itself is still each control's description.
      const described = lines.filter((line) => / — (.+\. )?(Error|Kosa): /.test(line))
      expect(described.length, described.join('\n')).toBe(2)
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})

describe("a suggestion's words read once by a swipe (Chromium, phone)", () => {
  // The summary's entry for a suggestion whose fix-it sits at its group goes there, described by
  // the fix-it's words, which were also text of their own after it: a swipe read them twice.
  for (const [locale, entry, words] of [
    ['en', 'Suggestion: Sections', 'Turn into 3 reply buttons'],
    ['sw', 'Pendekezo: Sehemu', 'Geuza kuwa vitufe 3 vya kujibu'],
  ] as const) {
    it(`says them as the entry's description only, still shown (${locale})`, async () => {
      await page.viewport(390, 844)
      const { root } = renderBuilder({ locale, defaultValue: shortList(['Small', 'Medium', 'Large']) })
      const lines = await accessibilityTree('.bi-builder-summary')
      expect(lines.filter((line) => line.includes(words)).map((line) => line.trim())).toEqual([
        `button "${entry}" — ${words}`,
      ])
      expect(root.querySelector('.bi-builder-summary-entry[data-severity="suggestion"]')).toHaveTextContent(
        `${entry} — ${words}`,
      )
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})

describe('counts read once by a swipe (Chromium)', () => {
  // TalkBack and VoiceOver swipe through every node a screen reader is given: the spoken counts,
  // exposed as text besides the control's description, were read twice in a row.
  it("gives a text's counts only as its control's description", async () => {
    renderBuilder({ defaultValue: createDraft('carousel') })
    const text = page.getByRole('textbox', { name: 'Card 1 text' }).element()
    fireEvent.change(text, { target: { value: 'x'.repeat(12) } })
    expect(await spoken(text)).toBe('textbox "Card 1 text" — Optional. 12 of 160 characters. 0 of 2 line breaks.')
    const lines = await accessibilityTree('.bi-builder')
    expect(lines.filter((line) => line.includes('12 of 160 characters'))).toHaveLength(1)
    // No count is a node of its own: each is said with its control only.
    expect(lines.filter((line) => /^\s*"/.test(line) && / of \d+ (characters|line breaks)/.test(line))).toEqual([])
  })
})

describe('quick replies past 2 a card: a warning, said and shown as one (Chromium)', () => {
  it('reads the count, the warning and why Add stops; axe finds nothing in either theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { root, unmount } = renderBuilder({ defaultValue: threeQuickReplyCarousel, theme })
      expect(await spoken(page.getByRole('group', { name: 'Buttons', exact: true }).first().element())).toBe(
        'group "Buttons" — Warning: Card 1 has 3 quick-reply buttons; WhatsApp documents no maximum, but Meta\'s example has 2 and common libraries allow 2 or 3.',
      )
      expect(await spoken(page.getByRole('button', { name: 'Add button' }).first().element())).toBe(
        'button "Add button" — 3 buttons on every card. No more can be added here: WhatsApp documents no maximum, but 2 is what is known to work',
      )
      // Said on Add only: its source, hidden from sight, is no text a swipe meets after it.
      const lines = await accessibilityTree('.bi-builder')
      const why = lines.filter((line) => line.includes('No more can be added here'))
      expect(why).toHaveLength(2)
      for (const line of why) expect(line).toMatch(/^\s*button "Add button" — /)
      const report = await axeReport(root)
      expect(report.violations, theme).toEqual([])
      expect(report.contrastUnmeasured, theme).toEqual([])
      unmount()
    }
  })
})

describe('group counts: by the title and on Add, not on the group (Chromium, phone)', () => {
  // "3 of 10 sections" was the group's description, its own text after the title, and Add's
  // description: three times in the tree, the first two in a row. The text stays (a swipe's stop
  // after the title, what touch finds), and so does Add's (whether one more fits, to Tab too).
  for (const [locale, sections, rows] of [
    ['en', '3 of 10 sections', '6 of 10 rows'],
    ['sw', 'Sehemu 3 kati ya 10', 'Safu 6 kati ya 10'],
  ] as const) {
    it(`says each count as text and on Add only (${locale})`, async () => {
      await page.viewport(390, 844)
      const { root } = renderBuilder({ locale, defaultValue: INTERACTIVE_EXAMPLES.list as never })
      const lines = await accessibilityTree('.bi-builder')
      for (const [count, groups] of [
        [sections, 1],
        [rows, 3],
      ] as const) {
        const said = lines.filter((line) => line.includes(count)).map((line) => line.trim())
        expect(said.filter((line) => line === `"${count}"`)).toHaveLength(groups)
        expect(said.filter((line) => /^button "[^"]+" — /.test(line))).toHaveLength(groups)
        expect(said, count).toHaveLength(2 * groups)
      }
      expect(lines.filter((line) => /^\s*group "[^"]*" — /.test(line))).toEqual([])
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})

describe('hints read once by a swipe (Chromium, phone)', () => {
  // A field's hint ("Optional", an ID's "Kept when the title changes…") and the type's one-line
  // description were the control's description and also text of their own, so a swipe read
  // each twice in a row. Like the counts, each is now said with its control only: a keyboard
  // user still hears it on reaching the field.
  const cases = [
    {
      locale: 'en' as const,
      footer: 'Footer text',
      hints: ['Optional', 'Kept when the title changes', 'A menu of options in sections'],
    },
    {
      locale: 'sw' as const,
      footer: 'Maandishi ya chini',
      hints: ['Si lazima', 'Hakibadiliki jina likibadilika', 'Menyu ya machaguo katika sehemu'],
    },
  ]
  for (const { locale, footer, hints } of cases) {
    it(`gives each hint only as its control's description (${locale})`, async () => {
      await page.viewport(390, 844)
      const { root } = renderBuilder({ locale, defaultValue: INTERACTIVE_EXAMPLES.list as never })
      const lines = await accessibilityTree('.bi-builder')
      for (const hint of hints) {
        const said = lines.filter((line) => line.includes(hint))
        expect(said.length, hint).toBeGreaterThan(0)
        // Every line that says it is a control's, none its own text node.
        expect(
          said.filter((line) => /^\s*"/.test(line)),
          hint,
        ).toEqual([])
      }
      const rowIds = lines.filter((line) => line.includes(hints[1] as string))
      expect(rowIds).toHaveLength(6)
      for (const line of rowIds) expect(line).toMatch(/^\s*textbox "/)
      expect(await spoken(page.getByRole('textbox', { name: footer }).element())).toContain(` — ${hints[0]}. `)
      expect((await axeReport(root)).violations).toEqual([])
    })
  }
})
