import { createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const list = {
  type: 'list',
  body: { text: 'Pick a route' },
  action: {
    button: 'Routes',
    sections: ['A', 'B', 'C'].map((title, s) => ({
      title,
      rows: Array.from({ length: s === 2 ? 2 : 4 }, (_, n) => ({ id: `${title}${n}`, title: `Route ${title}${n}` })),
    })),
  },
}
const carousel = createDraft('carousel')

/** Every heading of the page as "level name", in reading order. */
const outline = (root: HTMLElement = document.body) =>
  within(root)
    .getAllByRole('heading')
    .map((heading) => {
      const level = heading.getAttribute('aria-level') ?? heading.tagName.slice(1)
      return `${level} ${heading.textContent}`
    })

describe("the builder's headings", () => {
  it('a long list: its groups and items, one level down each, and Problems, under a level-2 default', () => {
    render(<InteractiveBuilder defaultValue={list} />)
    const rows = (count: number) => ['4 Rows', ...Array.from({ length: count }, (_, n) => `5 Row ${n + 1}`)]
    expect(outline()).toEqual([
      '2 Sections',
      '3 Section 1',
      ...rows(4),
      '3 Section 2',
      ...rows(4),
      '3 Section 3',
      ...rows(2),
      '2 Problems',
    ])
    // The names stay as they were: a group's is its heading's text.
    expect(screen.getByRole('group', { name: 'Section 3' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('group', { name: 'Section 1' })).getByRole('group', { name: 'Rows' }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('group', { name: 'Row 4' })).toHaveLength(2)
    expect(screen.getByRole('region', { name: 'Problems' })).toBeInTheDocument()
  })

  it('a carousel: Cards, Card N, their Buttons and Button N', () => {
    render(<InteractiveBuilder defaultValue={carousel} />)
    expect(outline()).toEqual([
      '2 Cards',
      '3 Card 1',
      '4 Buttons',
      '5 Button 1',
      '3 Card 2',
      '4 Buttons',
      '5 Button 1',
      '2 Problems',
    ])
    expect(
      within(screen.getByRole('group', { name: 'Card 2' })).getByRole('group', { name: 'Button 1' }),
    ).toBeInTheDocument()
  })

  it('headingLevel fits them under a host’s own headings; past 6 they stay headings of their level', () => {
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('button')} headingLevel={3} />)
    expect(outline()).toEqual(['3 Buttons', '4 Button 1', '4 Button 2', '3 Problems'])
    unmount()
    render(<InteractiveBuilder defaultValue={list} headingLevel={5} locale="sw" />)
    const headings = outline()
    expect(headings.slice(0, 4)).toEqual(['5 Sehemu', '6 Sehemu 1', '7 Safu', '8 Safu 1'])
    expect(screen.getAllByRole('heading', { level: 8 })).toHaveLength(10)
  })

  it('a heading past 6 inside an item’s legend is content HTML allows there (phrasing, no div)', () => {
    render(<InteractiveBuilder defaultValue={list} headingLevel={5} />)
    const rows = screen.getAllByRole('heading', { level: 8 })
    expect(rows[0]?.parentElement?.tagName).toBe('LEGEND')
    expect(document.querySelectorAll('legend div')).toHaveLength(0)
  })

  it('the parts laid out by hand and the composer take it from the root', () => {
    const { unmount } = render(
      <Builder.Root defaultValue={createDraft('button')} headingLevel={4}>
        <Builder.Action />
        <Builder.IssueSummary />
      </Builder.Root>,
    )
    expect(outline()).toEqual(['4 Buttons', '5 Button 1', '5 Button 2', '4 Problems'])
    unmount()
    const { client } = createMockClient()
    const composer = render(
      <InteractiveComposer client={client} defaultValue={createDraft('button')} headingLevel={3} />,
    )
    expect(outline(composer.container)).toEqual([
      '3 Message builder',
      '4 Buttons',
      '5 Button 1',
      '5 Button 2',
      '4 Problems',
      '3 WhatsApp message preview',
    ])
  })

  it('a level HTML has not is refused, naming the prop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const level of [0, 7, 2.5, '2']) {
      expect(() => render(<InteractiveBuilder headingLevel={level as 2} />)).toThrow(
        `<InteractiveBuilder headingLevel>: ${JSON.stringify(level)} is not a heading level; use a number from 1 to 6`,
      )
    }
    vi.restoreAllMocks()
  })
})
