import { addressOnOneLine, type InteractiveReply, readReply } from '@briq-interactive/core'
import type { PreviewTranslate } from '../i18n/messages.ts'

/** What a reply says in words: its text, a list row's description, and a tap's id. */
export interface ReplyWords {
  /** The tapped title, or what the customer did ("Shared a location: Kariakoo Market"). */
  text: string
  /** The chosen list row's description, when it has one. */
  description?: string | undefined
  /** The id of the tapped button, quick reply or row; undefined for other answers. */
  id?: string | undefined
}

/**
 * Words for any answer a customer sends back, as core's `readReply` reads it: a tap shows its
 * title, a location the words that name the place, a call permission answer whether calls are
 * allowed, a completed flow and a submitted address what the customer did (the address's
 * lines joined on one).
 */
export function replyWords(reply: InteractiveReply, t: PreviewTranslate): ReplyWords {
  const reading = readReply(reply)
  switch (reading.kind) {
    case 'tap':
      return { text: reading.title, description: reading.description, id: reading.id }
    case 'location':
      return { text: t('preview.reply.location', { place: reading.place }) }
    case 'call_permission':
      return { text: t(reading.allowed ? 'preview.reply.callsAllowed' : 'preview.reply.callsDeclined') }
    case 'flow':
      return { text: t('preview.reply.flowCompleted') }
    case 'address':
      return {
        text: reading.address
          ? t('preview.reply.addressSentAs', { address: addressOnOneLine(reading.address) })
          : t('preview.reply.addressSent'),
      }
  }
}

/**
 * The language `replyWords` says an answer in: the kit's (or a host's) sentence's for what the
 * customer did, `undefined` for a tap, whose words are the message's own (its language unknown).
 */
export function replyWordsLang(reply: InteractiveReply, t: PreviewTranslate): string | undefined {
  const reading = readReply(reply)
  switch (reading.kind) {
    case 'tap':
      return undefined
    case 'location':
      return t.langOf('preview.reply.location')
    case 'call_permission':
      return t.langOf(reading.allowed ? 'preview.reply.callsAllowed' : 'preview.reply.callsDeclined')
    case 'flow':
      return t.langOf('preview.reply.flowCompleted')
    case 'address':
      return t.langOf(reading.address ? 'preview.reply.addressSentAs' : 'preview.reply.addressSent')
  }
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
  switch (reading.kind) {
    case 'tap':
      return true
    case 'location':
      return t('preview.reply.location', { place: VALUE }).startsWith(VALUE)
    case 'address':
      return reading.address !== undefined && t('preview.reply.addressSentAs', { address: VALUE }).startsWith(VALUE)
    default:
      return false
  }
}
