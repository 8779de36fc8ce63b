import { Fragment, type ReactNode } from 'react'
import type { MessageKey, Translate } from './messages.ts'

// A character no wording holds (Unicode's private use), to find where a value stands in its sentence.
const MARK = '\u{E000}'

/**
 * `key` worded by `t` with `part` where its `{name}` stands: a sentence of another language (a
 * host's core sentence inside the kit's English, or core's English inside a host's) keeps its own
 * `lang` inside the sentence around it. Returns the plain text too, for what reads a string.
 */
export function wordedAround<K extends MessageKey>(
  t: Translate<K>,
  key: K,
  values: Record<string, string | number>,
  name: string,
  part: { text: string; lang: string },
): { text: string; node: ReactNode } {
  const lang = t.langOf(key)
  const text = t(key, { ...values, [name]: part.text })
  if (part.lang === lang) return { text, node: text }
  const pieces = t(key, { ...values, [name]: MARK }).split(MARK)
  const node = pieces.map((piece, index) => (
    // The pieces of one fixed wording: their order is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={index}>
      {index === 0 ? null : <span lang={part.lang}>{part.text}</span>}
      {piece}
    </Fragment>
  ))
  return { text, node }
}
