import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { accessibilityTree } from '../testing/spoken.ts'
import { renderBuilder } from './testing/browser-builder.tsx'
import { nextFrame } from './testing/long-list.ts'

/** 10 rows in 3 sections (4, 4, 2), each with a description. */
const tenRows = {
  type: 'list',
  body: { text: 'Pick a route' },
  action: {
    button: 'Routes',
    sections: ['A', 'B', 'C'].map((title, s) => ({
      title,
      rows: Array.from({ length: s === 2 ? 2 : 4 }, (_, n) => ({
        id: `${title}${n + 1}`,
        title: `Route ${title}${n + 1}`,
        description: `Every 5 minutes through stop ${n + 1}`,
      })),
    })),
  },
}
const carousel = createDraft('carousel') as { action: { cards: object[] } }
const tenCards = {
  ...carousel,
  action: {
    cards: Array.from({ length: 10 }, (_, i) => ({
      ...carousel.action.cards[0],
      card_index: i,
      header: { type: 'image', image: { link: `https://example.com/${i + 1}.jpg` } },
      body: { text: `Card ${i + 1} text` },
    })),
  },
}

// Roles a screen reader names as it reaches them: one without a name is read as a bare role.
const NAMED = /^\s*(group|region|button|textbox|combobox|radio|tab|tabpanel|heading|checkbox|link|toolbar) /

/** What Chromium gives a screen reader for the whole builder, after the browser has laid it out. */
async function tree(): Promise<string[]> {
  await nextFrame()
  return accessibilityTree('.bi-builder')
}

function expectNothingUnnamedOrSaidTwice(lines: string[]) {
  // The type guide's <details> is a group by HTML's mapping, read by its summary (a disclosure):
  // naming it too would say "What each type does" twice.
  const unnamed = lines.filter((line) => NAMED.test(line) && / ""/.test(line))
  expect(unnamed.map((line) => line.trim())).toEqual(['group ""'])
  // A description that repeats the name, or a counter's visible "8 / 24" read before its words.
  const twice = lines.filter((line) => {
    const match = /^\s*\w+ "(.*)" — (.*)$/.exec(line)
    return match !== null && (match[2]?.startsWith(match[1] as string) || /\d \/ \d/.test(match[2] as string))
  })
  expect(twice).toEqual([])
}

describe("the builder for a screen reader, from Chromium's accessibility tree", () => {
  it('a long list (10 rows, 3 sections): headings walk its sections and rows; nothing unnamed or said twice', async () => {
    await page.viewport(640, 700)
    renderBuilder({ defaultValue: tenRows })
    const lines = await tree()
    const headings = lines.filter((line) => line.trim().startsWith('heading ')).map((line) => line.trim())
    expect(headings).toEqual([
      'heading "Sections"',
      ...[4, 4, 2].flatMap((rows, s) => [
        `heading "Section ${s + 1}"`,
        'heading "Rows"',
        ...Array.from({ length: rows }, (_, n) => `heading "Row ${n + 1}"`),
      ]),
      'heading "Problems"',
    ])
    // The last row, far below the screen, is all there.
    expect(lines).toContain('                group "Row 2"')
    expect(lines.filter((line) => line.trim().startsWith('textbox "Row 2 description"'))).toHaveLength(3)
    expectNothingUnnamedOrSaidTwice(lines)
  })

  it('a 10-card carousel: headings walk its cards; nothing unnamed or said twice', async () => {
    await page.viewport(640, 700)
    renderBuilder({ defaultValue: tenCards })
    const lines = await tree()
    const headings = lines.filter((line) => line.trim().startsWith('heading ')).map((line) => line.trim())
    expect(headings).toEqual([
      'heading "Cards"',
      ...Array.from({ length: 10 }, (_, i) => [
        `heading "Card ${i + 1}"`,
        'heading "Buttons"',
        'heading "Button 1"',
      ]).flat(),
      'heading "Problems"',
    ])
    expect(lines.filter((line) => line.trim().startsWith('textbox "Card 10 text"'))).toHaveLength(1)
    expectNothingUnnamedOrSaidTwice(lines)
  })
})
