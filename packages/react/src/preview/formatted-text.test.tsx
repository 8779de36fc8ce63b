import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FormattedText } from './formatted-text.tsx'
import type { Overflow } from './issue-index.ts'

const LIMIT = 60
const overflowOf = (text: string): Overflow | undefined =>
  text.length > LIMIT ? { index: LIMIT, limit: LIMIT, kind: 'characters' } : undefined

/** Each text rendered after the ones before it, as typing does, against a fresh render of it alone. */
function expectSameAsFresh(texts: string[], withOverflow: boolean) {
  const props = (text: string) => ({ text, overflow: withOverflow ? overflowOf(text) : undefined })
  const typed = render(<FormattedText {...props(texts[0] ?? '')} />)
  for (const text of texts) {
    typed.rerender(<FormattedText {...props(text)} />)
    const fresh = render(<FormattedText {...props(text)} />)
    expect(typed.container.innerHTML, JSON.stringify(text)).toBe(fresh.container.innerHTML)
    fresh.unmount()
  }
}

const seed = 'Karibu *sana* _rafiki_ ~leo~ '
const appended = Array.from({ length: 90 }, (_, n) => seed.repeat(4).slice(0, n + 1))

describe('FormattedText while typing', () => {
  it('shows what a fresh render shows, typing at the end', () => {
    expectSameAsFresh(appended, false)
  })

  it('shows what a fresh render shows past a limit, the mark moving through formatting', () => {
    expectSameAsFresh(appended, true)
  })

  it('shows what a fresh render shows when the middle changes, markers pair and unpair', () => {
    const texts = [
      'Karibu *sana* _rafiki_ ~leo~ and `code` here',
      'Karibu *sana _rafiki_ ~leo~ and `code` here',
      'Karibu *sana _rafiki_ ~leo~* and `code` here',
      'Karibu sana _rafiki_ ~leo~* and `code` here',
      'K *a* b\n> quote *x*\n- item _y_\n1. one ~z~ https://example.com/page',
      'K *a* b\n> quote *xx*\n- item _y_\n1. one ~z~ https://example.com/page and more text past it',
      'K *a* bb\n> quote *xx*\n- item _y_\n1. one ~z~ https://example.com/page and more text past it',
      `${'*a* '.repeat(20)}tail`,
      `${'*a* '.repeat(14)}*b* ${'*a* '.repeat(5)}tail`,
      `${'*a* '.repeat(14)}*b ${'*a* '.repeat(5)}tail`,
    ]
    expectSameAsFresh(texts, false)
    expectSameAsFresh(texts, true)
    expectSameAsFresh([...texts].reverse(), true)
  })
})
