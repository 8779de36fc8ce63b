import type { BriqClient } from '../client/briq-client.ts'
import type { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { SendHold } from './send-hold.ts'

/**
 * How many requests are remembered: per client, that many sent and that many maybe sent; beside
 * a persisted draft, that many requests (each with its answer and a later try that may have
 * gone). The oldest beyond go.
 */
export const REMEMBERED_SENDS = 100

/** Keys in the order last set, at most {@link REMEMBERED_SENDS}, so a page that sends all day keeps flat memory. */
export class RecentKeys<T> {
  private readonly entries = new Map<string, T>()
  get(key: string): T | undefined {
    return this.entries.get(key)
  }
  has(key: string): boolean {
    return this.entries.has(key)
  }
  set(key: string, value: T): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > REMEMBERED_SENDS) this.entries.delete(this.entries.keys().next().value as string)
  }
  delete(key: string): void {
    this.entries.delete(key)
  }
  clear(): void {
    this.entries.clear()
  }
}

/** A request Briq accepted: its answer, and when it came (in the clock of the controller that sent it). */
export interface SentEntry {
  readonly data: SendResult
  readonly at: number
}

/**
 * A request that may have been sent: when its failure came, and that failure's request id (when
 * Briq or the proxy gave one), which stays quotable to support once a retry is held.
 */
export interface MaybeSentEntry {
  readonly at: number
  readonly requestId: string | undefined
}

/**
 * A hold after a `Retry-After`: the answer that asked for it, the hold (its end in `now`, the
 * clock of the controller that got the answer), and that clock, which every controller reads it by.
 */
export interface SendWait {
  readonly asked: BriqError
  readonly hold: SendHold
  readonly now: () => number
}

/**
 * What the send controllers of one client know of its sends, by request key: sent (with Briq's
 * answer and when), maybe sent (when its failure came), cut short by a reset and not yet settled, and under way; and the hold a
 * `Retry-After` asked for (Briq's limits are per account: it holds every form of the client),
 * with the controllers to tell when one begins or `liftSendHold` lifts it, when a send settles into the memory, and when
 * `forgetSends` empties it (those with a subscriber).
 */
export interface SendMemory {
  readonly sent: RecentKeys<SentEntry>
  readonly maybeSent: RecentKeys<MaybeSentEntry>
  readonly reset: Set<string>
  readonly inFlight: Map<string, Promise<SendResult>>
  wait: SendWait | undefined
  readonly holdWatchers: Set<() => void>
  readonly sendWatchers: Set<() => void>
  readonly forgetWatchers: Set<() => void>
}

const memories = new WeakMap<object, SendMemory>()

/**
 * The memory every send controller of `client` shares: a composer unmounted while sending and
 * mounted again, or a second dialog on the page, knows what the first sent, and does not send
 * it twice unasked. Another client (another tenant) has its own.
 */
export function sendMemoryOf(client: BriqClient): SendMemory {
  const fresh = (): SendMemory => ({
    sent: new RecentKeys(),
    maybeSent: new RecentKeys(),
    reset: new Set(),
    inFlight: new Map(),
    wait: undefined,
    holdWatchers: new Set(),
    sendWatchers: new Set(),
    forgetWatchers: new Set(),
  })
  if ((typeof client !== 'object' && typeof client !== 'function') || client === null) return fresh()
  let memory = memories.get(client)
  if (memory === undefined) {
    memory = fresh()
    memories.set(client, memory)
  }
  return memory
}
