import { byteSize } from '../byte-size.ts'
import type { CoreMessages } from '../core-messages.ts'
import { waitParts } from '../wait-parts.ts'
/**
 * The agreement a Swahili noun class asks of the words around it: the subject prefix of a verb
 * (`ki`na, `li`na), its negative (`haki`ruhusiwi) and the "of" that follows the noun (kitufe
 * `cha` kadi). Named by the subject prefix.
 */
export type NounClass = 'ki' | 'vi' | 'li' | 'ya' | 'i' | 'zi' | 'u' | 'a'

const SUBJECT: Record<NounClass, string> = { ki: 'ki', vi: 'vi', li: 'li', ya: 'ya', i: 'i', zi: 'zi', u: 'u', a: 'a' }
const NEGATIVE: Record<NounClass, string> = {
  ki: 'haki',
  vi: 'havi',
  li: 'hali',
  ya: 'haya',
  i: 'hai',
  zi: 'hazi',
  u: 'hau',
  a: 'ha',
}
const OF: Record<NounClass, string> = { ki: 'cha', vi: 'vya', li: 'la', ya: 'ya', i: 'ya', zi: 'za', u: 'wa', a: 'wa' }

/** The subject prefix: `subject("ki") + "na"` → "kina". */
export const subject = (noun: NounClass): string => SUBJECT[noun]
/** The negative subject prefix: `negative("ki") + "ruhusiwi"` → "hakiruhusiwi". */
export const negative = (noun: NounClass): string => NEGATIVE[noun]
/** The "of" after a noun of this class: "cha", "la", "ya", "wa". */
export const of = (noun: NounClass): string => OF[noun]

/** A noun phrase with the class that agrees with it (its head) and the class of its last noun. */
export interface Phrase {
  text: string
  /** The class verbs agree with ("maandishi ya kitufe" → ya: "yana"). */
  head: NounClass
  /** The class an "of" after the phrase agrees with ("maandishi ya kitufe" → ki: "cha"). */
  tail: NounClass
}

/** A phrase whose head and last noun are the same class. */
export const phrase = (text: string, head: NounClass, tail: NounClass = head): Phrase => ({ text, head, tail })

/** "<phrase> <verb>", the verb agreeing with its head: `says(phrase("Kitufe", "ki"), "nahitajika")` → "Kitufe kinahitajika". */
export const says = (who: Phrase, verb: string): string => `${who.text} ${subject(who.head)}${verb}`
/** The negative: `denies(phrase("Kichwa", "ki"), "ruhusiwi")` → "Kichwa hakiruhusiwi". */
export const denies = (who: Phrase, verb: string): string => `${who.text} ${negative(who.head)}${verb}`

const sizeNumbers = new Intl.NumberFormat('sw', { maximumFractionDigits: 1 })
/** A size in bytes as people read it, its unit first as in Tanzanian usage: "KB 256", "MB 1.5". */
export const sizeSw: CoreMessages['size'] = (bytes) => {
  const { amount, unit } = byteSize(bytes)
  return `${unit} ${sizeNumbers.format(amount)}`
}

/**
 * A wait of whole seconds as people say it, rounded up, the unit first: "sekunde 45", "dakika 5",
 * "muda wa saa 2 na dakika 5". Hours are "muda wa saa": "baada ya saa 2" alone reads as a time of
 * day too (after eight o'clock), as the kit's own times do ("leo saa 15:53").
 */
export function waitSw(seconds: number): string {
  const parts = waitParts(seconds)
  if ('seconds' in parts) return `sekunde ${parts.seconds}`
  if (!('hours' in parts)) return `dakika ${parts.minutes}`
  const hours = `muda wa saa ${parts.hours}`
  return parts.minutes === 0 ? hours : `${hours} na dakika ${parts.minutes}`
}
