import { endsSentence } from '../dom/sentence-end.ts'
import type { MessageKey, Translate } from './messages.ts'

type Mark = 'punctuation.colon' | 'punctuation.stop'
const KIT: Record<Mark, string> = { 'punctuation.colon': ': ', 'punctuation.stop': '.' }

// The mark of the language `key` is worded in: a host's own where its catalogue words both.
const markOf = <K extends MessageKey>(t: Translate<K | Mark>, key: K, mark: Mark): string =>
  t.langOf(key) === t.langOf(mark) ? t(mark) : KIT[mark]

/** `key`'s label with the colon its language writes after it: "Error: ", fr "Erreur : ", zh "错误：". */
export const withColon = <K extends MessageKey>(
  t: Translate<K | Mark>,
  key: K,
  values?: Record<string, string | number>,
): string => `${t(key, values)}${markOf(t, key, 'punctuation.colon')}`

/**
 * `key` worded as a sentence another follows: with its language's full stop ("." , zh "。"),
 * unless it ends its own way already (a host's "Accepté par Briq." gets no second one).
 */
export function asSentenceOf<K extends MessageKey>(
  t: Translate<K | Mark>,
  key: K,
  values?: Record<string, string | number>,
): string {
  const text = t(key, values)
  return endsSentence(text) ? text : `${text}${markOf(t, key, 'punctuation.stop')}`
}
