import { addressOnOneLine, type InteractiveReply, type ReplyReading, readReply } from '@briq-interactive/core'
import type { PreviewKey, PreviewTranslate } from '../i18n/messages.ts'

/** What a reply says in words: its text, a list row's description, and a tap's id. */
export interface ReplyWords {
  /** The tapped title, or what the customer did ("Shared a location: Kariakoo Market"). */
  text: string
  /** The chosen list row's description, when it has one. */
  description?: string | undefined
  /** The id of the tapped button, quick reply or row; undefined for other answers. */
  id?: string | undefined
}

// The sentence of the preview's catalogue that words an answer other than a tap, and the
// customer's own words it holds (a place, an address), if any.
interface ReplySentence {
  key: PreviewKey
  own?: { name: 'place' | 'address'; value: string } | undefined
}

function sentenceOf(reading: Exclude<ReplyReading, { kind: 'tap' }>): ReplySentence {
  switch (reading.kind) {
    case 'location':
      return { key: 'preview.reply.location', own: { name: 'place', value: reading.place } }
    case 'call_permission':
      return { key: reading.allowed ? 'preview.reply.callsAllowed' : 'preview.reply.callsDeclined' }
    case 'flow':
      return { key: 'preview.reply.flowCompleted' }
    case 'address':
      return reading.address
        ? {
            key: 'preview.reply.addressSentAs',
            own: { name: 'address', value: addressOnOneLine(reading.address) },
          }
        : { key: 'preview.reply.addressSent' }
  }
}

const wordedWith = (t: PreviewTranslate, { key, own }: ReplySentence, value = own?.value) =>
  t(key, own && value !== undefined ? { [own.name]: value } : undefined)

/**
 * Words for any answer a customer sends back, as core's `readReply` reads it: a tap shows its
 * title, a location the words that name the place, a call permission answer whether calls are
 * allowed, a completed flow and a submitted address what the customer did (the address's
 * lines joined on one).
 */
export function replyWords(reply: InteractiveReply, t: PreviewTranslate): ReplyWords {
  const reading = readReply(reply)
  if (reading.kind === 'tap') return { text: reading.title, description: reading.description, id: reading.id }
  return { text: wordedWith(t, sentenceOf(reading)) }
}

/**
 * The language `replyWords` says an answer in: the kit's (or a host's) sentence's for what the
 * customer did, `undefined` for a tap, whose words are the message's own (its language unknown).
 */
export function replyWordsLang(reply: InteractiveReply, t: PreviewTranslate): string | undefined {
  const reading = readReply(reply)
  return reading.kind === 'tap' ? undefined : t.langOf(sentenceOf(reading).key)
}

// A character no wording holds (Unicode's private use), to find where a value stands in its sentence.
const VALUE = '\u{E000}'

/**
 * Whether `replyWords`' text opens with someone's own words, which no rule may change (a tap's
 * title; a place or an address a host's wording puts first, "{place} (shared location)"), rather
 * than with the words of the kit's sentence for what was done.
 */
export function replyOpensWithOwnWords(reply: InteractiveReply, t: PreviewTranslate): boolean {
  const reading = readReply(reply)
  if (reading.kind === 'tap') return true
  const sentence = sentenceOf(reading)
  return sentence.own !== undefined && wordedWith(t, sentence, VALUE).startsWith(VALUE)
}
