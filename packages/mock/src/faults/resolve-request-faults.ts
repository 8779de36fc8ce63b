import { quoted, type ServerRequest } from '@briq-interactive/core/server'
import { validationError } from '../http/api-error.ts'
import type { MockRuntime } from '../runtime.ts'
import type { FaultConfig } from './fault-config.ts'
import { parseFaultHeader } from './parse-fault-header.ts'
import { isScenarioName, SCENARIO_NAMES, SCENARIOS, type ScenarioDefinition } from './scenarios.ts'

/** The faults and window rule that apply to one request. */
export interface RequestFaults {
  /** Faults to inject (empty when none). */
  faults: FaultConfig
  /** Every window is closed for this request. */
  windowsClosed: boolean
}

const inScope = (faults: FaultConfig, isSend: boolean, fallback: 'sends' | 'all') =>
  (faults.scope ?? fallback) === 'all' || isSend

/**
 * Per-request headers win: `X-Mock-Scenario: <name>` and/or `X-Mock-Fault: <tokens>` replace
 * the global scenario and faults for that request and hit any route. Otherwise the global
 * scenario's faults, then `setFaults` on top, each within its `scope` (a `scope` given with
 * `setFaults` is the scenario's too).
 */
export function resolveRequestFaults(runtime: MockRuntime, request: ServerRequest, isSend: boolean): RequestFaults {
  const scenarioHeader = request.headers.get('x-mock-scenario')?.trim()
  const faultHeader = request.headers.get('x-mock-fault')
  if (scenarioHeader || faultHeader) {
    let scenario: ScenarioDefinition | undefined
    if (scenarioHeader) {
      if (!isScenarioName(scenarioHeader)) {
        throw validationError(
          'X-Mock-Scenario',
          `Unknown scenario ${quoted(scenarioHeader)}; use one of ${SCENARIO_NAMES.join(', ')}`,
        )
      }
      scenario = SCENARIOS[scenarioHeader]
    }
    const faults = { ...scenario?.faults, ...(faultHeader ? parseFaultHeader(faultHeader) : {}) }
    return { faults, windowsClosed: scenario?.windowsClosed ?? false }
  }
  const scenario: ScenarioDefinition = SCENARIOS[runtime.scenario]
  // A scope among the extra faults says where the global faults hit, the scenario's included:
  // `{ name: 'rate-limited', faults: { scope: 'all' } }` limits reads too, never a silent no-op.
  const scope = runtime.faults.scope
  const scenarioFaults: FaultConfig = scope === undefined ? scenario.faults : { ...scenario.faults, scope }
  const merged: FaultConfig = {}
  for (const layer of [scenarioFaults, runtime.faults]) {
    if (inScope(layer, isSend, 'sends')) Object.assign(merged, { ...layer })
  }
  return { faults: merged, windowsClosed: scenario.windowsClosed ?? false }
}
