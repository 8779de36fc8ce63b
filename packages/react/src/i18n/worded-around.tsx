import { afterColon } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { MessageKey, Translate, Worded } from './messages.ts'
import { inLang, wordedRuns } from './punctuation.ts'
import { wordedNode } from './worded-text.tsx'

// A character no wording holds (Unicode's private use), to find where a value stands in its sentence.
const MARK = '\u{E000}'

// A colon (and the space its language writes after it) right before where the part stands.
const COLON_BEFORE = /[:：]\s*$/u

/** What stands where a wording's `{name}` stands: words in a language, the kit's or someone's own. */
export interface AroundPart extends Worded {
  /**
   * Someone's own words (a tapped title: the operator's, the customer's answer): set as written,
   * after a colon too, whatever their language ("Mteja amejibu: Juma", never "juma").
   */
  readonly own?: boolean | undefined
}

/** `part` set after a colon: its first words go on as the language of those words does there (`afterColon`). */
function continued(part: Worded): Worded {
  const first = part.parts?.[0]
  if (part.parts === undefined || first === undefined) return { ...part, text: afterColon(part.text, part.lang) }
  const opened = afterColon(first.text, first.lang)
  return {
    ...part,
    text: opened + part.text.slice(first.text.length),
    parts: [{ ...first, text: opened }, ...part.parts.slice(1)],
  }
}

/**
 * `key` worded by `t` with `part` where its `{name}` stands, as runs in their languages: a
 * sentence of another language (a host's core sentence inside the kit's English, or core's
 * English inside a host's) keeps its own `lang` inside the sentence around it. After a colon
 * ("Not sent: {reason}"), the part goes on with a small letter where its language does
 * ("Not sent: too many messages at once"; core's `afterColon`).
 */
export function wordedAroundRuns<K extends MessageKey>(
  t: Translate<K>,
  key: K,
  values: Record<string, string | number>,
  name: string,
  part: AroundPart,
): Worded {
  const lang = t.langOf(key)
  const pieces = t(key, { ...values, [name]: MARK }).split(MARK)
  const said = COLON_BEFORE.test(pieces[0] ?? '') && !part.own ? continued(part) : part
  if (said.lang === lang && said.parts === undefined) return { text: pieces.join(said.text), lang }
  const runs = pieces.flatMap((piece, index) => (index === 0 ? [{ text: piece, lang }] : [said, { text: piece, lang }]))
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
  part: AroundPart,
): { text: string; node: ReactNode } {
  const words = wordedAroundRuns(t, key, values, name, part)
  return { text: words.text, node: wordedNode(words, words.lang) }
}
