import type { ReactNode } from 'react'
import { type MessageKey, type Translate, worded } from './messages.ts'
import { wordedNode } from './worded-text.tsx'

/**
 * The `lang` an element takes for words in `wordedIn` set inside an element in `lang`: that
 * language where it differs (the kit's English a host's partial French catalogue left out, inside
 * a builder marked `fr`), else none, so that a whole catalogue (the kit's English or Swahili, or a
 * host's every key) adds no attribute. It marks the element's attributes too (`aria-label`,
 * `title`), which cannot carry a `lang` of their own.
 */
export const langIfOther = (wordedIn: string, lang: string): string | undefined =>
  wordedIn === lang ? undefined : wordedIn

/** {@link langIfOther} for the words of `key`: the language `t` words it in (`Translate.langOf`). */
export const ownLang = <K extends MessageKey>(t: Translate<K>, key: K, lang: string): string | undefined =>
  langIfOther(t.langOf(key), lang)

/** {@link ownLang} for every key of `t` inside one element in `lang`: what a component marking several keys calls. */
export const ownLangIn =
  <K extends MessageKey>(t: Translate<K>, lang: string) =>
  (key: K): string | undefined =>
    ownLang(t, key, lang)

/**
 * `key` worded by `t`, as a child of an element in `lang`: the text itself where `t` words it in
 * that language, else the text in a `<span>` marked with its own (`wordedNode`), so a screen
 * reader reads it in its voice.
 */
export const said = <K extends MessageKey>(
  t: Translate<K>,
  key: K,
  lang: string,
  values?: Record<string, string | number>,
): ReactNode => wordedNode(worded(t, key, values), lang)

/** The naming props and hidden words {@link namedIn} gives an element. */
export interface NamedIn {
  readonly props: { readonly 'aria-label'?: string; readonly 'aria-labelledby'?: string }
  /** To put inside the element: hidden words its name is read from, marked with their language. */
  readonly words: ReactNode
}

/**
 * Names an element `name`, worded in `wordedIn`, inside an element in `lang`: by `aria-label`
 * where the languages agree; else, as an `aria-label` is read in its element's language and a
 * `lang` on the element would reach all it holds, by `aria-labelledby` hidden words (`id`) marked
 * with their own.
 */
export function namedIn(name: string, wordedIn: string, lang: string, id: string): NamedIn {
  if (wordedIn === lang) return { props: { 'aria-label': name }, words: null }
  return {
    props: { 'aria-labelledby': id },
    // A kit class: the host-isolation rule keeps it hidden under a host's `span { display: inline }`.
    words: (
      <span id={id} className="bi-named" lang={wordedIn} hidden>
        {name}
      </span>
    ),
  }
}
