import type { BriqClient } from '../client/briq-client.ts'
import { dropRememberedSends, type SendPersistOptions } from './remembered-sends.ts'
import { runIsolated } from './run-isolated.ts'
import { sendMemoryOf } from './send-memory.ts'

/**
 * Forgets what the send controllers of `client` sent: the requests sent and maybe sent (their
 * `DUPLICATE_SEND` and `MAYBE_SENT` holds), those a reset cut short, and the hold a
 * `Retry-After` began; with `persist` (the `persist` given `createSendController`, the
 * builder's `persistKey`), also what is kept under `<persist.key>:sent` for a reload. Another
 * client's memory, and another key, stay. A controller showing one of those holds (a refusal
 * it made from memory, or `hold`) goes back to `idle` or drops the hold, and tells its
 * subscribers; a send still under way settles as usual, and is remembered. With `client`
 * `undefined`, only what is kept under the key goes (another tab's sends, to another tab's
 * in-page mock: this page's own memory is about its own).
 *
 * Only for a server that forgot them too: an in-page mock made anew on each page load or reset.
 * Against Briq, forgetting lets the same message go to the customer twice unasked; nothing in
 * the kit calls it.
 *
 * @example
 * // The playground's in-page mock starts empty on every load and on "Reset the mock".
 * await mockControls.reset()
 * forgetSends(client, { key: 'briq-playground:draft' })
 */
export function forgetSends(client: BriqClient | undefined, persist?: SendPersistOptions): void {
  if (persist !== undefined) dropRememberedSends(persist)
  if (client === undefined) return
  const memory = sendMemoryOf(client)
  memory.sent.clear()
  memory.maybeSent.clear()
  memory.reset.clear()
  memory.wait = undefined
  for (const watcher of [...memory.forgetWatchers]) runIsolated(watcher)
}
