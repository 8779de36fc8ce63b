import { messagesEn, messagesSw } from '@briq-interactive/react'
import { en } from '../i18n/en.ts'
import { sw } from '../i18n/sw.ts'

type Entry = string | { readonly one: string; readonly other: string }
const forms = (message: Entry): string[] => (typeof message === 'string' ? [message] : [message.one, message.other])
const fragment = (text: string): string =>
  text.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '')
const differing = (english: Record<string, Entry>, swahili: Record<string, Entry>) =>
  Object.keys(english)
    .filter((key) => JSON.stringify(english[key]) !== JSON.stringify(swahili[key]))
    .flatMap((key) => forms(english[key] as Entry).map(fragment))

/**
 * Every English string Swahili words differently — the playground's own and the kit's it
 * extends — cut between placeholders.
 */
export const ENGLISH_FRAGMENTS: readonly string[] = [
  ...differing(en, sw),
  ...differing(messagesEn as Record<string, Entry>, messagesSw as Record<string, Entry>),
].filter((text) => text.length >= 4)

// Technical terms a Swahili page may keep: API names, quoted values, codes, URLs, brand names.
const TECHNICAL =
  /"[^"]*"|“[^”]*”|`[^`]*`|\b[A-Za-z]+_[A-Za-z_]+\b|\b[A-Z]{2,}\b|\([a-z_]+\)|[0-9a-f]{8}-[0-9a-f-]{27}|https?:\/\/\S+|\bhttps?\b|\(s\)|\b(WhatsApp|Flow|Meta|Briq|Interactive|interactive|JSON|API|UUID|HTTP|ISO|PIN|URL|curl|fetch|id|link|sender|media|emoji|proxy|service worker|Kiswahili|English)\b/g
// Words of English sentences that would betray one left untranslated.
const ENGLISH =
  /\b(is|are|must|allows?|needs?|characters?|required|not|the|has|have|with|without|unknown|field|button|row|section|card|message|number|phone|digits?|only|give|use|and|or|of|to|be|at|least|most|one|header|title|body|text|empty|valid|send|sent|could|try|again|fix|error|errors|warning|status|was|will|mock|customer|reply)\b/i

/**
 * The page's words a person meets: text, labels and titles, without code (issue paths,
 * snippets, the JSON editor) and without what is marked `lang="en"` (Briq's and Meta's own
 * error texts, a browser's reason).
 */
export function pageWords(root: Element): string {
  const copy = root.cloneNode(true) as Element
  for (const technical of copy.querySelectorAll('code, pre, textarea, [lang="en"]')) technical.remove()
  const labels = [...copy.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  )
  return [copy.textContent ?? '', ...labels].join('\n')
}

/** The first English word left once technical terms are taken out, or undefined. */
export const englishWordIn = (text: string): string | undefined => ENGLISH.exec(text.replace(TECHNICAL, ' '))?.[0]
