/** Faults injected into requests. Every field is optional; an empty object injects nothing. */
export interface FaultConfig {
  /** Extra delay before answering: a fixed number of ms, or a `[min, max]` range drawn per request. */
  latencyMs?: number | readonly [number, number] | undefined
  /** Chance (0–1) that a request answers 500 `INTERNAL_ERROR`, drawn per request (seeded). */
  failureRate?: number | undefined
  /** Answer every request with this status: 429 `RATE_LIMITED`, 500 `INTERNAL_ERROR`, 503 `SERVICE_UNAVAILABLE`. */
  status?: 429 | 500 | 503 | undefined
  /**
   * Break the answer itself, as a client meets it on a real network: `network` closes the
   * connection without an answer (`fetch` rejects), `invalid-response` answers 200 with an HTML
   * page instead of Briq's JSON (a gateway or login page in the way). Checked after the key, like `status`.
   */
  failure?: 'network' | 'invalid-response' | undefined
  /** `Retry-After` seconds sent with a 429 or 503 (default 2). */
  retryAfterSeconds?: number | undefined
  /**
   * Which requests global faults hit: `sends` (the POST send endpoints; default, so a UI can
   * still load senders and poll) or `all` Briq routes. Per-request `X-Mock-Fault` always hits.
   */
  scope?: 'sends' | 'all' | undefined
}

/** Latency from a `FaultConfig`, drawn with `random` when it is a range. */
export function drawLatency(latency: FaultConfig['latencyMs'], random: () => number): number {
  if (latency === undefined) return 0
  if (typeof latency === 'number') return Math.max(0, latency)
  const [min, max] = latency
  return Math.max(0, Math.round(min + random() * (max - min)))
}
