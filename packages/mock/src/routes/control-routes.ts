import { configObjectProblem, nearestName, quoted } from '@briq-interactive/core/server'
import type { FaultConfig } from '../faults/fault-config.ts'
import { faultConfigProblem } from '../faults/fault-config-problem.ts'
import { isScenarioName, SCENARIO_NAMES, SCENARIOS } from '../faults/scenarios.ts'
import { apiError, validationError } from '../http/api-error.ts'
import { intParam } from '../http/query.ts'
import { envelopeResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import { openWindow } from '../operations/open-window.ts'
import { simulateReply } from '../operations/simulate-reply.ts'
import { stateSnapshot } from '../operations/state-snapshot.ts'
import { MOCK_CONTROL_PATHS as PATHS } from './control-paths.ts'

const optionalString = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw validationError(key, `${key} must be a string`)
  return value
}

/**
 * Refuses a field a control route does not take, naming it and the ones it does: a typo (Briq's
 * own `sender_id` for `sender`, `fault` for `faults`) was ignored, a silent default in its place.
 */
const takesOnly = (body: Record<string, unknown>, fields: readonly string[]): void => {
  const problem = configObjectProblem(body, '', fields, { example: '{}', noun: 'field', meant: nearestName })
  if (problem !== null) throw validationError(problem.field, problem.message)
}

/**
 * `POST /__mock/messages/{message_id}/reply` `{ "id": "<button or row id>" }` (or one of
 * `REPLY_ANSWERS`) → 201 with the inbound reply.
 */
const replyRoute: RouteDefinition = {
  method: 'POST',
  path: PATHS.reply,
  kind: 'control',
  async handle(context) {
    const body = await context.body()
    takesOnly(body, ['id'])
    if (typeof body.id !== 'string') throw validationError('id', 'Send { "id": "<button or row id>" }')
    return envelopeResponse(simulateReply(context.runtime, context.params.message_id!, body.id), context.requestId, 201)
  },
}

/** `POST /__mock/conversations` `{ "phone", "sender"?, "text"?, "profile_name"? }`: the customer writes first. */
const openConversationRoute: RouteDefinition = {
  method: 'POST',
  path: PATHS.conversations,
  kind: 'control',
  async handle(context) {
    const body = await context.body()
    takesOnly(body, ['phone', 'sender', 'text', 'profile_name'])
    const phone = optionalString(body, 'phone')
    if (phone === undefined) throw validationError('phone', 'Send { "phone": "255712345678" }')
    const sender = optionalString(body, 'sender')
    const text = optionalString(body, 'text')
    const profileName = optionalString(body, 'profile_name')
    const view = openWindow(context.runtime, phone, {
      ...(sender === undefined ? {} : { sender }),
      ...(text === undefined ? {} : { text }),
      ...(profileName === undefined ? {} : { profileName }),
    })
    return envelopeResponse(view, context.requestId, 201)
  },
}

/**
 * `GET /__mock/state`: the workspace with the newest `limit` messages (default 100, at most
 * 1000; `offset` skips from the newest), so the answer stays small however many are kept.
 */
const stateRoute: RouteDefinition = {
  method: 'GET',
  path: PATHS.state,
  kind: 'control',
  handle(context) {
    const query = context.url.searchParams
    const limit = intParam(query, 'limit', 100, 1, 1000)
    const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
    return envelopeResponse(stateSnapshot(context.runtime, { limit, offset }), context.requestId)
  },
}

/** `POST /__mock/reset`: back to the fixtures. */
const resetRoute: RouteDefinition = {
  method: 'POST',
  path: PATHS.reset,
  kind: 'control',
  handle(context) {
    context.runtime.reset()
    return envelopeResponse({ reset: true, scenario: context.runtime.scenario }, context.requestId)
  },
}

const scenarioData = (scenario: string, faults: FaultConfig) => ({
  scenario,
  faults,
  available: SCENARIO_NAMES.map((name) => ({ name, description: SCENARIOS[name].description })),
})

/** `GET /__mock/scenario`: the active scenario, extra faults and the choices. */
const getScenarioRoute: RouteDefinition = {
  method: 'GET',
  path: PATHS.scenario,
  kind: 'control',
  handle: (context) =>
    envelopeResponse(scenarioData(context.runtime.scenario, context.runtime.faults), context.requestId),
}

/** `POST /__mock/scenario` `{ "name": "rate-limited", "faults"?: {…} }`: switch globally. */
const setScenarioRoute: RouteDefinition = {
  method: 'POST',
  path: PATHS.scenario,
  kind: 'control',
  async handle(context) {
    const body = await context.body()
    takesOnly(body, ['name', 'faults'])
    const name = optionalString(body, 'name') ?? ''
    if (!isScenarioName(name)) {
      throw validationError('name', `Unknown scenario ${quoted(name)}; use one of ${SCENARIO_NAMES.join(', ')}`)
    }
    const problem = body.faults === undefined ? null : faultConfigProblem(body.faults)
    if (problem) throw validationError(problem.field, problem.message)
    context.runtime.scenario = name
    context.runtime.faults = { ...(body.faults as FaultConfig | undefined) }
    return envelopeResponse(scenarioData(name, context.runtime.faults), context.requestId)
  },
}

/** `POST /__mock/advance` `{ "ms": 1000 }`: moves a manual clock (409 with a real one). */
const advanceRoute: RouteDefinition = {
  method: 'POST',
  path: PATHS.advance,
  kind: 'control',
  async handle(context) {
    const body = await context.body()
    takesOnly(body, ['ms'])
    if (typeof body.ms !== 'number' || !Number.isFinite(body.ms) || body.ms < 0) {
      throw validationError('ms', 'Send { "ms": <milliseconds ≥ 0> }')
    }
    if (context.runtime.clock.kind !== 'manual') {
      throw apiError(
        409,
        'CLOCK_NOT_MANUAL',
        'This mock follows real time; start it with the manual clock to advance it',
      )
    }
    try {
      context.runtime.clock.advance(body.ms)
    } catch (error) {
      // The clock refuses a time it cannot keep (past year 9999); anything else is a bug.
      if (error instanceof RangeError) throw validationError('ms', error.message)
      throw error
    }
    return envelopeResponse({ now: new Date(context.runtime.now()).toISOString() }, context.requestId)
  },
}

/** The `/__mock/*` control routes: no key, no faults. */
export const controlRoutes: readonly RouteDefinition[] = [
  replyRoute,
  openConversationRoute,
  stateRoute,
  resetRoute,
  getScenarioRoute,
  setScenarioRoute,
  advanceRoute,
]
