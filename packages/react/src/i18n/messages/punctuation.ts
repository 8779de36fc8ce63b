import type { Wording } from './message.ts'

/**
 * How a language joins a label to what follows it, ends a sentence the kit joins to another and
 * sets the next one after it, and separates things said side by side, as [English, Swahili]: a host's catalogue gives its own (French
 * " : ", Chinese and Japanese "：", "。" and no space after it).
 */
export const punctuationMessages = {
  // After a label: "Error: …", "Status: Read", "You: Yes".
  'punctuation.colon': [': ', ': '],
  // Between two sentences the kit joins ("Accepted by Briq. Status: Queued"), and the full stop a
  // screen reader hears after a part of a control's description ("…allows 160. Optional.").
  'punctuation.stop': ['.', '.'],
  // After that stop, before the next sentence: none after Chinese and Japanese "。".
  'punctuation.space': [' ', ' '],
  // Between things said one after another on one line: Briq's own messages about a failed send
  // ("Field required · Input should be a valid string"), a name and its number in "Send to" and
  // "Send from" ("Support line · +255700000001").
  'punctuation.separator': [' · ', ' · '],
} as const satisfies Record<string, Wording>
