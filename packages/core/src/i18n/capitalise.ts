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

// Names a sentence may open with that keep their capital anywhere (an acronym or a name with
// capitals inside, "URL", "WhatsApp", keeps its own by `uncapitalise`'s rule).
const NAMES = /^(?:Briq|Meta|India)(?!\p{L})/u
// The languages whose rule after a colon the kit knows: its own.
const KIT_LANGUAGE = /^(?:en|sw)(?:-|$)/i

/**
 * A sentence set after a colon ("Not sent: {reason}"), as English and Swahili go on there: its
 * first word with a small letter, as core's own sentences write what follows a colon ("Not sent:
 * too many messages at once", "Namba hii haiwezi kutumika: namba ya +255 ina tarakimu 9"), unless
 * it is a name ("Briq", "WhatsApp", "URL"). `lang` is the language the sentence is in: one the kit
 * does not word (a host's German, which capitalises its nouns) keeps what its author wrote.
 */
export const afterColon = (sentence: string, lang: string): string =>
  KIT_LANGUAGE.test(lang) && !NAMES.test(sentence) ? uncapitalise(sentence) : sentence
