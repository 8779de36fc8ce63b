import type { BriqClient } from '../client/briq-client.ts'
import { runIsolated } from './run-isolated.ts'
import { sendMemoryOf } from './send-memory.ts'

/**
 * Lifts the hold a `Retry-After` began on the send controllers of `client` (after a 429, or a
 * 5xx that took nothing): the next send of any of them goes at once, and a controller showing
 * the hold drops it (a refusal it made during the hold goes back to `idle`) and tells its
 * subscribers. What was sent stays remembered: `DUPLICATE_SEND` and `MAYBE_SENT` hold as before,
 * so nothing can go twice by it (a 429 or a 503 took nothing).
 *
 * For a host that knows the server answers differently from now on (a mock's scenario switched
 * back to working; a change of the send dialog's `refreshKeys` or `resetKeys` calls it). Against
 * Briq, a send before the wait it asked for has passed is most likely turned away again.
 *
 * @example
 * mock.setScenario('happy')
 * liftSendHold(client)
 */
export function liftSendHold(client: BriqClient): void {
  const memory = sendMemoryOf(client)
  if (memory.wait === undefined) return
  memory.wait = undefined
  for (const watcher of [...memory.holdWatchers]) runIsolated(watcher)
}
