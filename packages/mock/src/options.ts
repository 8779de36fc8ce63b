import type { ValidateOptions } from '@briq-interactive/core'
import type { MockClock } from './clock/clock.ts'
import type { FaultConfig } from './faults/fault-config.ts'
import type { ScenarioName } from './faults/scenarios.ts'
import type { StatusSchedule } from './store/status-schedule.ts'
import type { MockWebhookOptions } from './webhooks/webhook-sender.ts'

/** The key that works out of the box. Not a secret: it only opens this mock. */
export const DEFAULT_API_KEY = 'mock-api-key'

/** The port the standalone server (`briq-mock`, `startMockHttpServer`) listens on by default. */
export const DEFAULT_MOCK_PORT = 4010

/** A key whose developer app has no workspace: every call answers 403 `WORKSPACE_REQUIRED`. */
export const DEFAULT_NO_WORKSPACE_KEY = 'mock-no-workspace-key'

/** Options of `createBriqMock`. Every field is optional. */
export interface BriqMockOptions {
  /** Makes ids (and fault dice) deterministic. With the manual clock the whole run is repeatable. */
  seed?: string | number | undefined
  /** `'real'` (default) follows the system time; `'manual'` moves only with `advance(ms)`; or your own clock. */
  clock?: 'real' | 'manual' | MockClock | undefined
  /** Where the manual clock starts (default 2026-06-24T08:00:00Z); refused beside any other clock. */
  startTime?: number | string | Date | undefined
  /** Keys that open the workspace (default `["mock-api-key"]`). */
  apiKeys?: readonly string[] | undefined
  /** Keys whose app has no workspace → 403 `WORKSPACE_REQUIRED` (default `["mock-no-workspace-key"]`). */
  noWorkspaceKeys?: readonly string[] | undefined
  /**
   * Behave exactly like Briq's documented contract: reject an interactive that breaks WhatsApp's
   * rules at once (422 with field errors) instead of accepting and failing it, and drop the
   * read endpoints' query conveniences (`is_active=1`, lower-case or comma-separated template
   * filters, an unencoded `+` in `recipient`).
   */
  strict?: boolean | undefined
  /**
   * Which reading of the rules Meta's own sources disagree on sends are checked with (core's
   * `ValidateOptions`, e.g. `{ extendedListBody: true }`), as the client and the proxy take them.
   */
  validation?: ValidateOptions | undefined
  /** Treat every window as open (the customer always wrote first). */
  openWindows?: boolean | undefined
  /** When statuses move, in ms after the send (default sent 800, delivered 2000, read 4000). */
  statusSchedule?: Partial<StatusSchedule> | undefined
  /** Multiplies the status schedule (2 = slower, 0.1 = faster, 0 = at once). */
  tick?: number | undefined
  /** The scenario to start in (default `happy`). */
  scenario?: ScenarioName | undefined
  /** Faults on top of the scenario's. */
  faults?: FaultConfig | undefined
  /** Largest request body in bytes (default 1 MB); larger → 413. */
  maxBodyBytes?: number | undefined
  /**
   * Most messages the store keeps (default 10 000); past it the oldest are evicted, and a
   * conversation goes with its last message. Keeps memory flat in a long-running mock.
   */
  maxMessages?: number | undefined
  /**
   * Most bytes of messages the store keeps (default 64 MiB, each message counted as its content's
   * JSON, plus what the heap holds per object, array, key and value, plus about 1 KB); past it
   * the oldest are evicted, the newest always kept.
   */
  maxStoreBytes?: number | undefined
  /**
   * Deliver Briq's WhatsApp status events (`whatsapp.sent`, `.delivered`, `.read`, `.failed`) to
   * your webhook route as statuses move, signed with `secret` (docs.briq.tz,
   * guides/whatsapp-webhooks). Off by default.
   */
  webhook?: MockWebhookOptions | undefined
  /** How latency waits (default `setTimeout`), given the request's signal; tests pass a recorder. */
  sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined
}

/** `maxMessages` when none is given. */
export const DEFAULT_MAX_MESSAGES = 10_000

/** `maxStoreBytes` when none is given. */
export const DEFAULT_MAX_STORE_BYTES = 64 * 1024 * 1024

/**
 * A `setTimeout` promise. Once `signal` aborts (the client went, or the standalone server closed)
 * the wait still ends as before (through MSW a timed-out send then goes, as one may on Briq),
 * but its timer no longer keeps Node running: a closed server's process exits. Once `end` aborts
 * (the mock was reset or closed) it ends at once and its timer is cleared.
 */
export const realSleep = (ms: number, signal?: AbortSignal, end?: AbortSignal): Promise<void> =>
  ms <= 0 || end?.aborted
    ? Promise.resolve()
    : new Promise((resolve) => {
        const release = () => (timer as { unref?: () => void }).unref?.()
        const done = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', release)
          end?.removeEventListener('abort', done)
          resolve()
        }
        const timer = setTimeout(done, ms)
        if (signal?.aborted) release()
        else signal?.addEventListener('abort', release, { once: true })
        end?.addEventListener('abort', done, { once: true })
      })

/**
 * Every option `createBriqMock` takes, typed against `BriqMockOptions` so a new option cannot be
 * left out: an unknown key (a typo such as `maxBodyByte`) is refused rather than left at its default.
 */
export const MOCK_OPTION_KEYS: readonly string[] = Object.keys({
  seed: true,
  clock: true,
  startTime: true,
  apiKeys: true,
  noWorkspaceKeys: true,
  strict: true,
  validation: true,
  openWindows: true,
  statusSchedule: true,
  tick: true,
  scenario: true,
  faults: true,
  maxBodyBytes: true,
  maxMessages: true,
  maxStoreBytes: true,
  webhook: true,
  sleep: true,
} satisfies Record<keyof BriqMockOptions, true>)
