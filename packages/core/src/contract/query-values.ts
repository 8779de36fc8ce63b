/**
 * `direction` of `GET /v1/whatsapp/messages`: the customers' messages or your sends; any other
 * value is a 422 (docs.briq.tz, api-reference/karibu-whatsapp-messages/list-poll-messages).
 */
export const MESSAGE_DIRECTIONS = ['inbound', 'outbound'] as const

/** One value of {@link MESSAGE_DIRECTIONS}. */
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number]

/**
 * `status` of `GET /v1/whatsapp/conversations`: every thread (the default), those whose 24-hour
 * window is open, or those with unread messages (docs.briq.tz,
 * api-reference/karibu-whatsapp-conversations/list-conversations).
 */
export const CONVERSATION_STATUS_FILTERS = ['all', 'open', 'unread'] as const

/** One value of {@link CONVERSATION_STATUS_FILTERS}. */
export type ConversationStatusFilter = (typeof CONVERSATION_STATUS_FILTERS)[number]
