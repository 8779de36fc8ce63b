import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { DraftStorage } from '../draft/draft-persistence.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'

/** How a scripted client answers a send: accepted, a lost answer (maybe sent), or a 429. */
export type ScriptedAnswer = 'accept' | 'lose' | 'throttle'

/**
 * A client answering each send as told (`answer(next)` changes it): accepted with a fresh message
 * id (`m1`, `m2`, …), a timeout (the answer lost, so maybe sent), or a 429 asking for 20 s. A new
 * one stands for a page after a reload: its own memory starts empty.
 */
export function scriptedSendClient(first: ScriptedAnswer = 'accept') {
  const sent: SendInteractiveRequest[] = []
  let answer = first
  const client = {
    async sendInteractive(request: SendInteractiveRequest): Promise<SendResult> {
      sent.push(request)
      if (answer === 'lose') throw new BriqError({ kind: 'timeout', message: 'no answer in time' })
      if (answer === 'throttle') {
        throw new BriqError({ kind: 'http', status: 429, code: 'RATE_LIMITED', message: 'slow', retryAfterMs: 20_000 })
      }
      return { message_id: `m${sent.length}`, status: 'pending', provider_message_id: null }
    },
  } as unknown as BriqClient
  return { client, sent, answer: (next: ScriptedAnswer) => (answer = next) }
}

/**
 * A storage in memory, its entries open to the test. With `removable`, it has `removeItem` too (as
 * `localStorage` has; a host's storage may not).
 */
export function memoryStorage({ removable = false } = {}): DraftStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    ...(removable ? { removeItem: (key: string) => void entries.delete(key) } : {}),
  }
}
