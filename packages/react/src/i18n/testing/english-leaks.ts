import { en } from '../messages/en.ts'
import { sw } from '../messages/sw.ts'
import type { Message, Messages } from '../messages.ts'

/** Every wording of a catalogue entry (both plural forms). */
export const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : [message.one, message.other]

/** The longest run of a sentence between its placeholders: what would show if it leaked. */
const fragment = (text: string): string =>
  text.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '')

/**
 * Every English catalogue string that Swahili words differently, cut to its longest run between
 * placeholders (at least 4 characters): none may appear in a Swahili UI. `keys` narrows it to
 * the part under test (the builder's "Bold" is a common word of the preview's message text).
 */
export function englishCatalogueFragments(
  english: Messages = en,
  swahili: Messages = sw,
  // A new draft's starter words are the message's words, not the UI's: they stay as they were
  // after a switch of language, as what will be sent does.
  keys: (key: keyof Messages) => boolean = (key) => !key.startsWith('starter.'),
): string[] {
  return (Object.keys(english) as (keyof Messages)[])
    .filter((key) => keys(key) && JSON.stringify(english[key]) !== JSON.stringify(swahili[key]))
    .flatMap((key) => {
      const message = english[key]
      return message === undefined ? [] : forms(message).map(fragment)
    })
    .filter((text) => text.length >= 4)
}

// Technical terms a Swahili UI may keep: API names, quoted values, code, units, brand names.
const TECHNICAL =
  /"[^"]*"|“[^”]*”|`[^`]*`|\b[a-z]+_[a-z_]+\b|\((to|sender|link|id|object|array|carousel|workspace|CTA URL)\)|https?:\/\/\S+|\bhttps?\b|\(s\)|\b(WhatsApp|Flow|Meta|Briq|JSON|API|UUID|UTF-16|HTTP|ISO|PIN|URL|curl|fetch|IN|India|id|link|sender|interactive|media|emoji|gif|true|false|proxy|service worker|navigate|data_exchange)\b/g
// Words of English sentences that would betray one left untranslated. "Interactive" is one once
// the API's own lower-case "interactive" is taken out: a sentence opening with it is English's
// "Interactive object", not the JSON key.
const ENGLISH =
  /\b(interactive|is|are|must|allows?|needs?|characters?|required|not|the|has|have|with|without|unknown|field|button|row|section|card|message|number|phone|digits?|only|give|use|and|or|of|to|be|at|least|most|one|header|title|body|text|empty|valid|send|sent|could|try|again|fix|error|errors|warning|status|was|will)\b/i

/** The first English word left in `text` once technical terms are taken out, or undefined. */
export function englishWordIn(text: string): string | undefined {
  return ENGLISH.exec(text.replace(TECHNICAL, ' '))?.[0]
}

// Meta's products keep their names in every language (messages.test.ts): "WhatsApp Business" in
// a Swahili hint is no English left untranslated, though "Business" alone (the preview's default
// author) would be.
const META_PRODUCTS = /WhatsApp Business|WhatsApp Manager|Commerce Manager/g

/** `text` without Meta's product names, which are the same in every language. */
export const withoutMetaProducts = (text: string): string => text.replace(META_PRODUCTS, ' ')

/**
 * All the text a person or a screen reader meets: content, aria-labels, titles and alt texts,
 * with Meta's product names taken out (they are the same in every language).
 */
export function everything(root: ParentNode): string {
  const text = [
    root.textContent ?? '',
    ...[...root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    ),
  ].join('\n')
  return withoutMetaProducts(text)
}
