import { type BriqRoute, toBriqErrors, validateRequest } from '@briq-interactive/core'
import { ApiError } from '../http/api-error.ts'
import type { MockRuntime } from '../runtime.ts'
import type { PlannedFailure } from '../store/records.ts'
import { metaFailure } from './meta-failure.ts'

/** A send body Briq accepts, and what WhatsApp will say about it later. */
export interface CheckedSend {
  /** The body as core's request schema read it. */
  body: Record<string, unknown>
  /** The failure WhatsApp will report for the interactive object, or `null` when it breaks none of WhatsApp's rules. */
  plannedFailure: PlannedFailure | null
}

/**
 * Checks a send body with the route's request schema from core (and the mock's validation
 * options). Briq's rules (`Issue.rule` "briq": target, sender, text, template name, missing
 * `interactive` or its `type`) → 422 `VALIDATION_ERROR` per field, worded and named as the proxy names them.
 * Problems in the interactive object → accepted, and failed later on the first that breaks
 * WhatsApp's own rule (`Issue.rule`); or 422 too when `strict`.
 */
export function checkSend(route: BriqRoute, body: Record<string, unknown>, runtime: MockRuntime): CheckedSend {
  const result = validateRequest(route, body, runtime.validation)
  const issues = result.ok ? [] : result.issues
  // Briq's rules (`Issue.rule`: the request's own fields, `interactive` and its `type`) are
  // checked when Briq takes the request; the interactive object is WhatsApp's, checked later.
  const briq = issues.filter((issue) => issue.rule === 'briq')
  if (briq.length > 0) throw new ApiError(422, toBriqErrors(briq))
  if (runtime.strict && issues.length > 0) throw new ApiError(422, toBriqErrors(issues))
  // Only WhatsApp's own rules fail a message. This kit's rules (`rule: 'kit'`: a row id repeated
  // across sections, a list past 100 items, data nested past 32 levels) are not Meta's
  // documented rules, so WhatsApp is not known to refuse the message: it is delivered (as is one
  // with only warnings, such as a third quick reply on a carousel card).
  const whatsapp = issues.find((issue) => issue.rule === 'whatsapp')
  return {
    body: result.ok ? (result.value as Record<string, unknown>) : body,
    plannedFailure: whatsapp === undefined ? null : metaFailure(whatsapp, body),
  }
}
