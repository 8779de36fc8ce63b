// Default-ignorable format characters that draw nothing between letters (Unicode's
// DerivedCoreProperties.txt, Default_Ignorable_Code_Point): soft hyphen, Mongolian vowel
// separator, zero-width space, direction marks and embeddings, word joiner and invisible
// operators, direction isolates, and U+FEFF as Word and web pages paste it. Not the zero-width
// joiner and non-joiner or tag characters, which change what an emoji sequence, a flag or an
// Indic or Persian word looks like.
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

const keyOf = (text: string): string => text.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ')

// Every title and id of a draft is compared on each validation, so on each keystroke: those not
// typed into keep their keys. Cleared when full (a host validating many drafts); a text longer
// than any title or id WhatsApp takes (`LIMITS`: 256 at most) is not kept.
const MAX_KEYS = 512
const MAX_KEPT_LENGTH = 256
const keys = new Map<string, string>()

/**
 * What `text` looks like to a reader, for spotting two values that differ only where nobody
 * can see it: in Unicode normalization form C (UAX #15: "é" typed as e + U+0301 is canonically
 * the same text as the single "é"), without invisible format characters, trimmed, each run of
 * white space (tabs, no-break and other Unicode spaces, line breaks) one space. Case is kept:
 * "Yes" and "YES" look different.
 */
export function lookAlikeKey(text: string): string {
  if (text.length > MAX_KEPT_LENGTH) return keyOf(text)
  let key = keys.get(text)
  if (key === undefined) {
    key = keyOf(text)
    if (keys.size >= MAX_KEYS) keys.clear()
    keys.set(text, key)
  }
  return key
}
