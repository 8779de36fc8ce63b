import type { FormattingNode } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { cachedParser } from './parse-cache.ts'

/** A parser that counts the texts it was asked to parse. */
function counting() {
  const parsed: string[] = []
  const parse = (text: string): FormattingNode[] => {
    parsed.push(text)
    return [{ type: 'text', text }]
  }
  return { parsed, cached: cachedParser(parse) }
}

describe('cachedParser', () => {
  it('parses a text once while it is used', () => {
    const { parsed, cached } = counting()
    const first = cached('Hello *there*')
    expect(cached('Hello *there*')).toBe(first)
    expect(parsed).toEqual(['Hello *there*'])
  })

  it('keeps no more long texts than its character budget: typing into a pasted article', () => {
    const { parsed, cached } = counting()
    // Each keystroke in a 20 000-character body is a new text; the footer's stays the same.
    const article = 'Long pasted text. '.repeat(1200)
    const versions = Array.from({ length: 40 }, (_, i) => `${article}${'x'.repeat(i)}`)
    for (const version of versions) {
      cached(version)
      cached('Reply STOP to opt out')
    }
    parsed.length = 0
    cached('Reply STOP to opt out')
    cached(versions.at(-1) ?? '')
    // The present texts are kept; the first version (800 000 characters ago) is not.
    expect(parsed).toEqual([])
    cached(versions[0] ?? '')
    expect(parsed).toHaveLength(1)
  })

  it('keeps the newest text even when it alone is over the budget', () => {
    const { parsed, cached } = counting()
    const huge = 'a'.repeat(300_000)
    cached(huge)
    cached(huge)
    expect(parsed).toHaveLength(1)
  })
})
