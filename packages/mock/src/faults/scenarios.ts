import { DEFAULT_CLIENT_TIMEOUT_MS } from '@briq-interactive/core'
import { quoted } from '@briq-interactive/core/server'
import type { FaultConfig } from './fault-config.ts'

/** One named way for the mock to behave. */
export interface ScenarioDefinition {
  /** What a person sees when they pick it. */
  description: string
  /** Faults it injects. */
  faults: FaultConfig
  /** Treat every 24-hour window as closed (freeform sends answer `WINDOW_CLOSED`). */
  windowsClosed?: boolean
}

/** The named scenarios, usable from tests, Storybook, the playground and `--scenario`. */
export const SCENARIOS = {
  happy: { description: 'Everything works: sends are accepted and move to read.', faults: {} },
  'window-closed': {
    description: 'Every 24-hour window is closed: freeform sends answer 422 WINDOW_CLOSED; templates still go.',
    faults: {},
    windowsClosed: true,
  },
  'rate-limited': {
    description: 'Sends answer 429 RATE_LIMITED with Retry-After: 2.',
    faults: { status: 429, retryAfterSeconds: 2, scope: 'sends' },
  },
  'server-error': {
    description: 'Sends answer 500 INTERNAL_ERROR.',
    faults: { status: 500, scope: 'sends' },
  },
  'slow-network': {
    description: 'Every request takes 800–2000 ms.',
    faults: { latencyMs: [800, 2000], scope: 'all' },
  },
  unavailable: {
    description: 'Sends answer 503 SERVICE_UNAVAILABLE with Retry-After: 2.',
    faults: { status: 503, retryAfterSeconds: 2, scope: 'sends' },
  },
  'network-error': {
    description: 'Sends get no answer: the connection closes, so fetch rejects.',
    faults: { failure: 'network', scope: 'sends' },
  },
  timeout: {
    // 5 s past what createBriqClient waits by default. Through MSW the send then goes, as one
    // may on Briq; node:http drops a request whose client has closed (499).
    description: `Sends answer only after ${(DEFAULT_CLIENT_TIMEOUT_MS + 5_000) / 1000} s, later than a client waits by default (${DEFAULT_CLIENT_TIMEOUT_MS / 1000} s).`,
    faults: { latencyMs: DEFAULT_CLIENT_TIMEOUT_MS + 5_000, scope: 'sends' },
  },
  'invalid-response': {
    description: "Sends answer 200 with an HTML page instead of Briq's JSON.",
    faults: { failure: 'invalid-response', scope: 'sends' },
  },
} as const satisfies Record<string, ScenarioDefinition>

/** A scenario's name. */
export type ScenarioName = keyof typeof SCENARIOS

/** The scenario names, in a stable order. */
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[]

/** Whether `name` is a known scenario. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name)
}

/** The definition of `name`; throws naming the valid ones when unknown. */
export function scenarioNamed(name: string): ScenarioDefinition {
  if (!isScenarioName(name)) {
    throw new RangeError(`Unknown scenario ${quoted(name)}; use one of ${SCENARIO_NAMES.join(', ')}`)
  }
  return SCENARIOS[name]
}
