/**
 * The paths of the mock's `/__mock/*` control routes (no key, no faults), by what they do; `:name`
 * stands for one path segment, as in core's route table (`routePath` fills it in). Under the same
 * prefix as the Briq routes, so a host that talks to the mock (the playground's panel) builds its
 * URLs from these and reaches the routes the mock registers.
 */
export const MOCK_CONTROL_PATHS = {
  /** `POST` `{ "id" }`: the customer answers a message (a button, a row, or a `REPLY_ANSWERS` answer). */
  reply: '/__mock/messages/:message_id/reply',
  /** `POST` `{ "phone", "sender"?, "text"?, "profile_name"? }`: the customer writes first. */
  conversations: '/__mock/conversations',
  /** `GET`: the workspace with its newest messages. */
  state: '/__mock/state',
  /** `POST`: back to the fixtures. */
  reset: '/__mock/reset',
  /** `GET` the active scenario; `POST` `{ "name", "faults"? }` to switch it. */
  scenario: '/__mock/scenario',
  /** `POST` `{ "ms" }`: moves a manual clock. */
  advance: '/__mock/advance',
} as const
