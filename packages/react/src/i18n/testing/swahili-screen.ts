import type { InteractiveType } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { expect } from 'vitest'
import { accessibilityTree } from '../../testing/spoken.ts'
import { englishCatalogueFragments, englishWordIn, withoutMetaProducts } from './english-leaks.ts'

const ENGLISH_FRAGMENTS = englishCatalogueFragments()

/** Every string of a message: its own words (a fixture's "Express", a product id) are no leak. */
export const messageStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? // A `type` is an API value ("text", "reply"), not words of the message.
        Object.entries(value).flatMap(([key, v]) => (key === 'type' ? [] : messageStrings(v)))
      : []

/**
 * The fixture's message broken many ways at once, so the builder shows errors, warnings and
 * fix-its: every text padded with spaces, the body past its limit, every id the same, and a
 * field WhatsApp does not know.
 */
export function brokenExample(type: InteractiveType): Record<string, unknown> {
  const ids = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return key === 'id' ? 'id_sawa' : key === 'type' ? value : ` ${value} `
    if (Array.isArray(value)) return value.map((item) => ids(item))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ids(v, k)]))
  }
  const message = ids(structuredClone(INTERACTIVE_EXAMPLES[type])) as Record<string, unknown>
  return { ...message, body: { text: 'Habari '.repeat(200) }, ziada: true }
}

/**
 * Chromium's accessibility tree of the whole page (names, descriptions, text) with the words of
 * `messages` taken out: what is left is the kit's, and must be Swahili.
 */
export async function spokenKitText(...messages: unknown[]): Promise<string[]> {
  const own = messages
    .flatMap(messageStrings)
    .map((text) => text.trim())
    .filter((text) => text.length > 1)
    .sort((a, b) => b.length - a.length)
  return (await accessibilityTree('body')).map((line) =>
    own.reduce(
      (left, text) => left.split(text).join(' '),
      // `role "name" — description` or `"text"`: the role ("textbox") is Chromium's word, and the
      // quotes around the name are the tree's, not a quoted value (which the checks pass over).
      line.replace(/^\s*[A-Za-z]*\s*"(.*?)"(?= — |$)/, '$1'),
    ),
  )
}

// A line of the JSON tab's text ("  \"header\": {"): the message as JSON, not the kit's words.
const JSON_LINE = /^\s*("[^"]*":|[{}[\],]+\s*$)/

/** Each line holds no English catalogue string and no English word (technical terms aside). */
export function expectSwahiliOnly(lines: readonly string[], state = ''): void {
  for (const line of lines.filter((text) => !JSON_LINE.test(text)).map(withoutMetaProducts)) {
    expect(
      ENGLISH_FRAGMENTS.filter((fragment) => line.includes(fragment)),
      `${state}: ${line}`,
    ).toEqual([])
    expect(englishWordIn(line), `${state}: ${line}`).toBeUndefined()
  }
}
