import type { ReactNode } from 'react'
import type { MessageKey, Translate, Worded } from './messages.ts'
import { inLang, wordedRuns } from './punctuation.ts'
import { wordedNode } from './worded-text.tsx'

// A character no wording holds (Unicode's private use), to find where a value stands in its sentence.
const MARK = '\u{E000}'

/**
 * `key` worded by `t` with `part` where its `{name}` stands, as runs in their languages: a
 * sentence of another language (a host's core sentence inside the kit's English, or core's
 * English inside a host's) keeps its own `lang` inside the sentence around it.
 */
export function wordedAroundRuns<K extends MessageKey>(
  t: Translate<K>,
  key: K,
  values: Record<string, string | number>,
  name: string,
  part: Worded,
): Worded {
  const lang = t.langOf(key)
  const text = t(key, { ...values, [name]: part.text })
  if (part.lang === lang && part.parts === undefined) return { text, lang }
  const pieces = t(key, { ...values, [name]: MARK }).split(MARK)
  const runs = pieces.flatMap((piece, index) => (index === 0 ? [{ text: piece, lang }] : [part, { text: piece, lang }]))
  // The whole is in the language of its wording, whatever stands first in it.
  return inLang(wordedRuns(runs), lang)
}

/**
 * {@link wordedAroundRuns} shown inside an element in the language of `key`'s wording. Returns
 * the plain text too, for what reads a string.
 */
export function wordedAround<K extends MessageKey>(
  t: Translate<K>,
  key: K,
  values: Record<string, string | number>,
  name: string,
  part: { text: string; lang: string },
): { text: string; node: ReactNode } {
  const words = wordedAroundRuns(t, key, values, name, part)
  return { text: words.text, node: wordedNode(words, words.lang) }
}
