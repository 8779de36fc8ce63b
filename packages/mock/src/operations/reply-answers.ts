/**
 * The fixed answers a customer can give a message that asks for more than a tap, by its
 * interactive `type`: the ids `simulateReply` and `POST /__mock/messages/{id}/reply` take for
 * it (a shared location; calls allowed or declined; a completed flow; a sent address). A host
 * that offers them (the playground's mock panel) reads this table, so it offers what the mock takes.
 */
export const REPLY_ANSWERS = {
  location_request_message: ['location'],
  call_permission_request: ['accept', 'reject'],
  flow: ['complete'],
  address_message: ['submit'],
} as const

/** One of {@link REPLY_ANSWERS}' answers. */
export type ReplyAnswer = (typeof REPLY_ANSWERS)[keyof typeof REPLY_ANSWERS][number]
