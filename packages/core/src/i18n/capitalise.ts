/** Upper-cases the first letter: "kitufe 1" → "Kitufe 1", "a server" → "A server". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

// A capitalised first word ("Kitufe"), not an acronym (URL) or a name with capitals inside (WhatsApp).
const CAPITALISED = /^\p{Lu}\p{Ll}*(?!\p{L})/u

/**
 * Lower-cases a capitalised first word, for a name inside a sentence: "Kitambulisho cha bidhaa
 * (SKU)" → "kitambulisho cha bidhaa (SKU)"; an acronym or a brand keeps its capitals ("URL ya
 * kitufe", "WhatsApp Flow").
 */
export const uncapitalise = (text: string): string =>
  CAPITALISED.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
