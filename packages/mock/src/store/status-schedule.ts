/** When an outbound message moves on, in milliseconds after it was accepted. */
export interface StatusSchedule {
  /** pending → sent (or → failed for a payload WhatsApp rejects). */
  sentAfterMs: number
  /** → delivered. */
  deliveredAfterMs: number
  /** → read (the customer opened it). */
  readAfterMs: number
}

/** Under 5 s from pending to read, so a person watching the playground sees every tick. */
export const DEFAULT_STATUS_SCHEDULE: StatusSchedule = { sentAfterMs: 800, deliveredAfterMs: 2000, readAfterMs: 4000 }

/**
 * The schedule with `overrides` applied and every step multiplied by `tick` (2 = twice as
 * slow, 0.1 = ten times faster, 0 = at once). Steps never run backwards.
 */
export function resolveStatusSchedule(overrides: Partial<StatusSchedule> | undefined, tick = 1): StatusSchedule {
  if (!Number.isFinite(tick) || tick < 0) throw new RangeError(`tick must be a finite number ≥ 0, got ${tick}`)
  const merged = { ...DEFAULT_STATUS_SCHEDULE, ...overrides }
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`statusSchedule.${key} must be ≥ 0 ms, got ${value}`)
  }
  const sent = merged.sentAfterMs * tick
  const delivered = Math.max(sent, merged.deliveredAfterMs * tick)
  const read = Math.max(delivered, merged.readAfterMs * tick)
  return { sentAfterMs: sent, deliveredAfterMs: delivered, readAfterMs: read }
}
