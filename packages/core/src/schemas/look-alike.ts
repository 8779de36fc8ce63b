// Default-ignorable format characters that draw nothing between letters (Unicode's
// DerivedCoreProperties.txt, Default_Ignorable_Code_Point): soft hyphen, Mongolian vowel
// separator, zero-width space, direction marks and embeddings, word joiner and invisible
// operators, direction isolates, and U+FEFF as Word and web pages paste it. Not the zero-width
// joiner and non-joiner or tag characters, which change what an emoji sequence, a flag or an
// Indic or Persian word looks like.
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/**
 * What `text` looks like to a reader, for spotting two values that differ only where nobody
 * can see it: in Unicode normalization form C (UAX #15: "é" typed as e + U+0301 is canonically
 * the same text as the single "é"), without invisible format characters, trimmed, each run of
 * white space (tabs, no-break and other Unicode spaces, line breaks) one space. Case is kept:
 * "Yes" and "YES" look different.
 */
export function lookAlikeKey(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ')
}
