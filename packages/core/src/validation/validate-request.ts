import type * as z from 'zod/mini'
import type { BriqRoute } from '../contract/briq-route.ts'
import type { ValidationResult } from '../issue.ts'
import { acceptedAsJson } from './accepted-as-json.ts'
import { toIssues } from './to-issues.ts'
import { unreadable, type ValidateOptions } from './validate-interactive.ts'

/**
 * Checks a request body against the schema `schema()` returns (called inside the guard, so
 * options that throw when read are an issue too); issue paths start at the body. Never throws.
 */
export function validateWith<T>(schema: () => z.ZodMiniType<T>, value: unknown): ValidationResult<T> {
  try {
    const parsed = schema().safeParse(value)
    if (parsed.success) return acceptedAsJson(value, parsed.data, [], 1)
    const { issues, warnings } = toIssues(parsed.error.issues, value, 1)
    if (issues.length === 0) return acceptedAsJson(value, value as T, warnings, 1)
    return { ok: false, issues, warnings }
  } catch (error) {
    return { ok: false, issues: [unreadable(error)], warnings: [] }
  }
}

/**
 * Checks a JSON body for one of the routes of `BRIQ_ROUTES` with its `request` schema (the
 * proxy before it forwards a send, the mock before it answers). A route whose body the kit does
 * not model accepts any body. Never throws.
 */
export function validateRequest(
  route: Pick<BriqRoute, 'request'>,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<unknown> {
  const { request } = route
  if (request === undefined) return { ok: true, value, warnings: [] }
  return validateWith(() => request(options), value)
}
