// Ends a sentence already: a full stop, question or exclamation mark, or an ellipsis, in the
// script of a host's own catalogue too (Arabic's ؟ and ۔, the CJK 。！？, the Devanagari danda).
const ENDED = /[.!?…؟۔。！？।]\s*$/u

/** Whether `text` ends its sentence already, in any script the kit is worded in. */
export const endsSentence = (text: string): boolean => ENDED.test(text)
