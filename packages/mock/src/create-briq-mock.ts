import { type ValidateOptions, validationOptionsProblem } from '@briq-interactive/core'
import type { HttpHandler } from 'msw'
import type { MockClock } from './clock/clock.ts'
import type { FaultConfig } from './faults/fault-config.ts'
import { faultConfigProblem } from './faults/fault-config-problem.ts'
import { type ScenarioName, scenarioNamed } from './faults/scenarios.ts'
import { createRequestHandler } from './http/handle-request.ts'
import { createMswHandlers } from './msw/create-msw-handlers.ts'
import { type OpenWindowOptions, openWindow } from './operations/open-window.ts'
import { simulateReply } from './operations/simulate-reply.ts'
import { type MockStateSnapshot, type StateSnapshotOptions, stateSnapshot } from './operations/state-snapshot.ts'
import type { BriqMockOptions } from './options.ts'
import { briqRoutes } from './routes/briq-routes.ts'
import { createRuntime } from './runtime.ts'
import type { ConversationView } from './views/conversation-view.ts'
import type { MessageItemView } from './views/message-views.ts'

/** A running in-memory Briq. */
export interface BriqMock {
  /** MSW handlers: pass them to `setupServer`, `setupWorker` or Storybook's `parameters.msw`. */
  readonly handlers: HttpHandler[]
  /** The mock as a fetch handler (Web `Request` → `Response`); the standalone server uses it. */
  handle(request: Request): Promise<Response>
  /**
   * A copy of the workspace now (senders, conversations, messages, templates, scenario): every
   * message the store keeps, or with `{ limit, offset }` the newest `limit` after `offset`.
   */
  state(options?: StateSnapshotOptions): MockStateSnapshot
  /**
   * Back to the fixtures, the starting scenario and fresh id sequences. The clock keeps its time.
   * A request still waiting out a latency fault is dropped (no answer, as a network fault), so it
   * lands in neither workspace and leaves no timer behind.
   */
  reset(): void
  /**
   * Stops what the mock runs on its own, for good: with a real clock, the timer that moves
   * statuses to post webhooks; and the webhook deliveries (those waiting are dropped, the one
   * under way is aborted, later status moves post none); a request still waiting out a latency
   * fault is dropped, as on `reset()`. It still answers later requests and calls,
   * so its state stays readable. `startMockHttpServer`'s `close()` closes the mock it created.
   */
  close(): void
  /** Moves the manual clock forward and applies every status move due by then. Throws with a real clock. */
  advance(ms: number): void
  /**
   * The customer taps the button, list row or carousel quick reply with id `choiceId` on the
   * outbound interactive message `messageId` (or answers it: `location` for a location request,
   * `accept`/`reject` for a call permission request, `complete` for a flow, `submit` for an
   * address request). Returns the inbound reply. Throws an `ApiError` (404 unknown message;
   * 422 failed/not interactive/unknown choice, naming the valid ids).
   */
  simulateReply(messageId: string, choiceId: string): MessageItemView
  /** The customer writes first: opens or refreshes the window with `phone`. Returns the conversation. */
  openWindow(phone: string, options?: OpenWindowOptions): ConversationView
  /** Switches the global scenario (extra faults set with `setFaults` stay). */
  setScenario(name: ScenarioName): void
  /** The active scenario. */
  readonly scenario: ScenarioName
  /** Replaces the global extra faults (`{}` clears them). Throws a `RangeError` naming a bad field. */
  setFaults(faults: FaultConfig): void
  /**
   * Replaces the reading of the rules Meta's sources disagree on that sends are checked with
   * (`validation` of the options), as a page does when its person switches it (the playground).
   * Throws a `RangeError` naming a bad field, as `setFaults` does.
   */
  setValidation(validation: ValidateOptions): void
  /** The clock the mock reads. */
  readonly clock: MockClock
}

/**
 * Creates an offline, stateful Briq Karibu WhatsApp API: a fixture workspace, 24-hour windows,
 * statuses that move with the clock, customer replies, faults and scenarios.
 *
 * @example
 * const mock = createBriqMock({ seed: 'demo', clock: 'manual' })
 * const server = setupServer(...mock.handlers)
 */
export function createBriqMock(options: BriqMockOptions = {}): BriqMock {
  const runtime = createRuntime(options)
  const handle = createRequestHandler(runtime, briqRoutes)
  return {
    handlers: createMswHandlers(handle),
    handle,
    state: (options) => stateSnapshot(runtime, options),
    reset: () => runtime.reset(),
    close: () => runtime.close(),
    advance(ms) {
      runtime.clock.advance(ms)
      runtime.now()
    },
    simulateReply: (messageId, choiceId) => simulateReply(runtime, messageId, choiceId),
    openWindow: (phone, windowOptions) => openWindow(runtime, phone, windowOptions),
    setScenario(name) {
      scenarioNamed(name)
      runtime.scenario = name
    },
    get scenario() {
      return runtime.scenario
    },
    setFaults(faults) {
      const problem = faultConfigProblem(faults)
      if (problem) throw new RangeError(`${problem.field}: ${problem.message}`)
      runtime.faults = { ...faults }
    },
    setValidation(validation) {
      const problem = validationOptionsProblem(validation)
      if (problem) throw new RangeError(`${problem.field}: ${problem.message}`)
      runtime.validation = { ...validation }
    },
    clock: runtime.clock,
  }
}
