import type { Wording } from './message.ts'

/**
 * How a language joins a label to what follows it and ends a sentence the kit joins to another,
 * as [English, Swahili]: a host's catalogue gives its own (French " : ", Chinese and Japanese
 * "：" and "。").
 */
export const punctuationMessages = {
  // After a label: "Error: …", "Status: Read", "You: Yes".
  'punctuation.colon': [': ', ': '],
  // Between two sentences the kit joins ("Accepted by Briq. Status: Queued").
  'punctuation.stop': ['.', '.'],
} as const satisfies Record<string, Wording>
