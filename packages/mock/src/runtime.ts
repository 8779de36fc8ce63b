import {
  COUNT_OPTION_WORDS,
  isCountOption,
  isTimeoutMs,
  MAX_TIMER_MS,
  TIMEOUT_MS_WORDS,
  type ValidateOptions,
  validationOptionsProblem,
} from '@briq-interactive/core'
import { configObjectProblem, nearestName, quoted } from '@briq-interactive/core/server'
import { createManualClock, createRealClock, type MockClock } from './clock/clock.ts'
import type { FaultConfig } from './faults/fault-config.ts'
import { faultConfigProblem } from './faults/fault-config-problem.ts'
import { type ScenarioName, scenarioNamed } from './faults/scenarios.ts'
import { seedFixtures } from './fixtures/seed-fixtures.ts'
import { DEFAULT_MAX_BODY_BYTES } from './http/read-json-body.ts'
import { createIdGenerator, type IdGenerator } from './ids/id-generator.ts'
import { createSeededRandom, type RandomSource } from './ids/seeded-random.ts'
import {
  type BriqMockOptions,
  DEFAULT_API_KEY,
  DEFAULT_MAX_MESSAGES,
  DEFAULT_MAX_STORE_BYTES,
  DEFAULT_NO_WORKSPACE_KEY,
  MOCK_OPTION_KEYS,
  realSleep,
} from './options.ts'
import type { ConversationRecord } from './store/records.ts'
import { resolveStatusSchedule, type StatusSchedule } from './store/status-schedule.ts'
import { MockStore } from './store/store.ts'
import { hasUrlCredentials, isWebhookUrl } from './webhooks/is-webhook-url.ts'
import { shownWebhookUrl } from './webhooks/shown-webhook-url.ts'
import { createWebhookSender, type WebhookSender } from './webhooks/webhook-sender.ts'

/** Everything the routes and the programmatic API share. One per `createBriqMock`. */
export interface MockRuntime {
  /** The clock. */
  readonly clock: MockClock
  /** The workspace; replaced by `reset()`. */
  store: MockStore
  /** Request ids (their own stream, so they never shift message ids). */
  requestIds: IdGenerator
  /** Fault dice. */
  random: RandomSource
  /** The active scenario. */
  scenario: ScenarioName
  /** Faults set with `setFaults`, on top of the scenario's. */
  faults: FaultConfig
  /** Resolved status schedule. */
  readonly schedule: StatusSchedule
  /** Accepted keys. */
  readonly apiKeys: ReadonlySet<string>
  /** Keys without a workspace. */
  readonly noWorkspaceKeys: ReadonlySet<string>
  /** Strict interactive validation. */
  readonly strict: boolean
  /** The options sends are validated with (`setValidation` replaces them). */
  validation: ValidateOptions
  /** Every window open. */
  readonly openWindows: boolean
  /** Largest body. */
  readonly maxBodyBytes: number
  /** Latency wait; `end` is `waitsEnd` as the wait began (a sleep of the options' ignores it). */
  readonly sleep: (ms: number, signal: AbortSignal, end?: AbortSignal) => Promise<void>
  /** Aborts on `reset()` and `close()`: the latency waits under way then end, their requests dropped. */
  waitsEnd: AbortSignal
  /** The current time, after applying every status move due by then. */
  now(): number
  /** Whether a freeform send may go to `conversation` now (`windowsClosed` from a scenario). */
  windowOpen(conversation: ConversationRecord, windowsClosed: boolean): boolean
  /** Back to the fixtures, the starting scenario and fresh id sequences; ends the latency waits under way. */
  reset(): void
  /**
   * Stops what runs on its own, for good: the real clock's webhook timer, the webhook deliveries
   * (waiting ones dropped, the one under way aborted) and the latency waits under way. Later
   * requests are still answered.
   */
  close(): void
}

const CLOCK_NAMES = ['real', 'manual']

// From plain JavaScript a misspelt clock (`'Manual'`, `'fake'`) ran on the real one, and a
// startTime beside any clock but the manual one was dropped: a test's times then were today's.
function pickClock(options: BriqMockOptions): MockClock {
  const { clock, startTime } = options
  if (startTime !== undefined && clock !== 'manual') {
    throw new RangeError(`startTime: only the manual clock starts there; give clock: 'manual' beside it`)
  }
  if (clock === undefined || clock === 'real') return createRealClock()
  if (clock === 'manual') {
    const start = startTime === undefined ? undefined : new Date(startTime).getTime()
    if (start !== undefined && Number.isNaN(start))
      throw new RangeError(`startTime is not a date: ${String(startTime)}`)
    return createManualClock(start)
  }
  if (
    typeof clock === 'object' &&
    clock !== null &&
    typeof clock.now === 'function' &&
    typeof clock.advance === 'function'
  )
    return clock
  const meant = typeof clock === 'string' ? nearestName(clock, CLOCK_NAMES) : undefined
  throw new RangeError(
    `clock must be 'real', 'manual' or a clock of your own ({ kind, now(), advance(ms) }); got ${quoted(clock)}` +
      (meant === undefined ? '' : `; did you mean '${meant}'?`),
  )
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!isCountOption(value)) throw new RangeError(`${name} must be ${COUNT_OPTION_WORDS}, got ${value}`)
  return value
}

/** Builds the runtime from options, validating them with clear errors. */
export function createRuntime(options: BriqMockOptions): MockRuntime {
  const optionsProblem = configObjectProblem(options, 'options', MOCK_OPTION_KEYS, {
    example: "{ seed: 'demo' }",
    noun: 'option',
    meant: nearestName,
  })
  if (optionsProblem) throw new RangeError(`${optionsProblem.field}: ${optionsProblem.message}`)
  const clock = pickClock(options)
  const schedule = resolveStatusSchedule(options.statusSchedule, options.tick ?? 1)
  const initialScenario = options.scenario ?? 'happy'
  scenarioNamed(initialScenario)
  const faultProblem = options.faults === undefined ? null : faultConfigProblem(options.faults)
  if (faultProblem) throw new RangeError(`${faultProblem.field}: ${faultProblem.message}`)
  const validationProblem = options.validation === undefined ? null : validationOptionsProblem(options.validation)
  if (validationProblem) throw new RangeError(`${validationProblem.field}: ${validationProblem.message}`)
  // NaN or Infinity would read any body whole: validated like the store's bounds.
  const maxBodyBytes = positiveInteger('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES)
  const bounds = {
    maxMessages: positiveInteger('maxMessages', options.maxMessages, DEFAULT_MAX_MESSAGES),
    maxBytes: positiveInteger('maxStoreBytes', options.maxStoreBytes, DEFAULT_MAX_STORE_BYTES),
  }
  const webhook = options.webhook
  if (webhook !== undefined && !isWebhookUrl(webhook.url)) {
    throw new RangeError(`webhook.url must be an http(s) URL, got ${shownWebhookUrl(String(webhook.url))}`)
  }
  // A `fetch` of your own may take one; the default never does.
  if (webhook !== undefined && webhook.fetch === undefined && hasUrlCredentials(webhook.url)) {
    throw new RangeError(
      `webhook.url must not carry a user name or password (fetch will not post to it; a token in its query will do), got ${shownWebhookUrl(webhook.url)}`,
    )
  }
  // Past the longest timer a runtime keeps, a timeout would fire at once.
  if (webhook?.timeoutMs !== undefined && !isTimeoutMs(webhook.timeoutMs)) {
    throw new RangeError(`webhook.timeoutMs must be ${TIMEOUT_MS_WORDS}, got ${webhook.timeoutMs}`)
  }
  // Webhook events go out as statuses move; with a real clock nothing else would move them
  // until the mock is next asked something, so a timer wakes it when the next move is due.
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  const wake = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (closed) return
    const next = runtime.store.nextDueAt()
    if (next === undefined) return
    timer = setTimeout(() => runtime.now(), Math.min(MAX_TIMER_MS, Math.max(0, next - clock.now())))
    // A Node process may exit with deliveries still scheduled (a test run, a script).
    ;(timer as { unref?: () => void }).unref?.()
  }
  // The current store's; a reset cancels it, so no event of a store that is gone arrives later.
  let sender: WebhookSender | undefined
  const fresh = () => {
    const store = new MockStore(createIdGenerator(options.seed, 'entities'), schedule, bounds)
    seedFixtures(store, clock.now())
    if (webhook !== undefined && !closed) {
      sender = createWebhookSender(webhook, createIdGenerator(options.seed, 'webhooks'))
      store.onStatusMove = sender.deliver
      if (clock.kind === 'real') store.onScheduled = wake
    }
    return store
  }
  // A request still waiting out its latency belongs to the workspace that is going: it ends now
  // (no timer left running) rather than land in the fresh one later.
  let waits = new AbortController()
  const stop = () => {
    waits.abort()
    waits = new AbortController()
    runtime.waitsEnd = waits.signal
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    sender?.cancel()
    sender = undefined
  }
  const randomFor = () =>
    options.seed === undefined ? Math.random : createSeededRandom(`${String(options.seed)}:faults`)

  const runtime: MockRuntime = {
    clock,
    store: fresh(),
    requestIds: createIdGenerator(options.seed, 'requests'),
    random: randomFor(),
    scenario: initialScenario,
    faults: { ...options.faults },
    schedule,
    apiKeys: new Set(options.apiKeys ?? [DEFAULT_API_KEY]),
    noWorkspaceKeys: new Set(options.noWorkspaceKeys ?? [DEFAULT_NO_WORKSPACE_KEY]),
    strict: options.strict ?? false,
    validation: { ...options.validation },
    openWindows: options.openWindows ?? false,
    maxBodyBytes,
    sleep: options.sleep ?? realSleep,
    waitsEnd: waits.signal,
    now() {
      const now = clock.now()
      runtime.store.applyDue(now)
      if (runtime.store.onScheduled) wake()
      return now
    },
    windowOpen(conversation, windowsClosed) {
      if (windowsClosed) return false
      return runtime.openWindows || runtime.store.isWindowOpen(conversation, clock.now())
    },
    reset() {
      stop()
      runtime.store = fresh()
      runtime.requestIds = createIdGenerator(options.seed, 'requests')
      runtime.random = randomFor()
      runtime.scenario = initialScenario
      runtime.faults = { ...options.faults }
    },
    close() {
      closed = true
      stop()
    },
  }
  return runtime
}
