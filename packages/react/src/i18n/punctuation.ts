import { endsSentence } from '../dom/sentence-end.ts'
import type { MessageKey, Translate, Worded } from './messages.ts'

type Mark = 'punctuation.colon' | 'punctuation.stop' | 'punctuation.space' | 'punctuation.separator'
const KIT: Record<Mark, string> = {
  'punctuation.colon': ': ',
  'punctuation.stop': '.',
  'punctuation.space': ' ',
  'punctuation.separator': ' · ',
}

/**
 * The `mark` a sentence in `lang` takes: the host's where its catalogue gives the mark in that
 * language, else the kit's (English and Swahili write them alike), so core's English inside a
 * host's Chinese dialog still ends with ".", and the host's Chinese with "。".
 */
export const markIn = <K extends MessageKey>(t: Translate<K | Mark>, lang: string, mark: Mark): string =>
  t.langOf(mark) === lang ? t(mark) : KIT[mark]

// The mark of the language `key` is worded in.
const markOf = <K extends MessageKey>(t: Translate<K | Mark>, key: K, mark: Mark): string =>
  markIn(t, t.langOf(key), mark)

/** `key`'s label with the colon its language writes after it: "Error: ", fr "Erreur : ", zh "错误：". */
export const withColon = <K extends MessageKey>(
  t: Translate<K | Mark>,
  key: K,
  values?: Record<string, string | number>,
): string => `${t(key, values)}${markOf(t, key, 'punctuation.colon')}`

// The runs of `words`, each in its language.
const runsOf = (words: Worded): readonly Worded[] => words.parts ?? [{ text: words.text, lang: words.lang }]

/**
 * Runs of text in their languages as one {@link Worded}: neighbours in one language merged, the
 * whole in the language of its first run (for the `lang` of the element that shows it).
 */
export function wordedRuns(runs: readonly Worded[]): Worded {
  const merged: { text: string; lang: string }[] = []
  for (const run of runs.flatMap(runsOf)) {
    const last = merged.at(-1)
    if (run.text === '') continue
    if (last !== undefined && last.lang === run.lang) last.text += run.text
    else merged.push({ text: run.text, lang: run.lang })
  }
  const text = merged.map((run) => run.text).join('')
  const lang = merged[0]?.lang ?? runs[0]?.lang ?? 'en'
  return merged.length > 1 ? { text, lang, parts: merged } : { text, lang }
}

/** `words` said as a whole in `lang` (the element showing them marked so), its runs keeping theirs. */
export const inLang = (words: Worded, lang: string): Worded =>
  words.lang === lang
    ? words
    : { text: words.text, lang, parts: words.parts ?? [{ text: words.text, lang: words.lang }] }

/** `words` as a sentence another follows: ended with the full stop of the language of its last words. */
export function endedWords<K extends MessageKey>(t: Translate<K | Mark>, words: Worded): Worded {
  if (endsSentence(words.text)) return words
  const lang = runsOf(words).at(-1)?.lang ?? words.lang
  return wordedRuns([words, { text: markIn(t, lang, 'punctuation.stop'), lang }])
}

/**
 * Sentences said as one note, each in its own language: every one but the last ended with its
 * language's full stop (unless it ends its own way) and followed by its language's space, each
 * run marked with its language where the note's `lang` (its first sentence's) is not it. A last
 * sentence left empty ends the others and leaves the space after them (for words that follow).
 */
export function joinSentences<K extends MessageKey>(t: Translate<K | Mark>, sentences: readonly Worded[]): Worded {
  const runs: Worded[] = []
  sentences.forEach((sentence, index) => {
    if (index === sentences.length - 1) {
      runs.push(sentence)
      return
    }
    // A sentence ends in the language of its last words ("{opened} Left out: {fields}" in French).
    const lang = runsOf(sentence).at(-1)?.lang ?? sentence.lang
    runs.push(endedWords(t, sentence), { text: markIn(t, lang, 'punctuation.space'), lang })
  })
  const first = sentences[0]
  return first === undefined ? wordedRuns(runs) : inLang(wordedRuns(runs), first.lang)
}
