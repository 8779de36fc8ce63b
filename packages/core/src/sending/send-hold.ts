/**
 * The longest a send controller holds sends after a 429's or a 503's `Retry-After`, in ms (one
 * minute). The header says how long a client "ought to wait" (RFC 9110, Retry-After), and a 429
 * or 503 took nothing, so a send after the hold costs at most one more refusal, whose own
 * `Retry-After` holds again; a longer hold would only lock Send until the page reloads.
 */
export const SEND_HOLD_MAX_MS = 60_000
