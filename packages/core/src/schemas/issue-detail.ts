import type { IssueParams, IssueReason } from '../i18n/issue-reason.ts'
import type { IssueCode } from '../issue.ts'
import { LIMITS, type LimitKind } from '../limits.ts'

/**
 * What a schema check attaches to a zod issue (as `params.briq`) so the validators can turn it
 * into an `Issue` with a stable code. The words come from the catalogues (`formatIssue`), by
 * `reason` when the code alone does not say which rule it is.
 */
export interface IssueDetail {
  code: IssueCode
  limit?: number
  actual?: number
  /** Whose rule `limit` is (see `Issue.rule`). */
  rule?: LimitKind
  /** Which rule, when the code alone does not say. */
  reason?: IssueReason
  /** Values the sentence needs. */
  params?: IssueParams
  /** A warning never makes the value invalid. */
  warning?: boolean
}

/** The part of zod's check payload our checks use (zod/mini's `ParsePayload`). */
export interface CheckPayload<T> {
  value: T
  issues: unknown[]
}

/** Records a detail at `path` (relative to the value being checked). */
export function report<T>(payload: CheckPayload<T>, detail: IssueDetail, path: (string | number)[] = []): void {
  payload.issues.push({
    code: 'custom',
    input: payload.value,
    path,
    message: detail.reason ?? detail.code,
    params: { briq: detail },
    continue: true,
  })
}

/** Reads a property of something that may not be an object, without throwing on junk. */
export function field(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined
}

/**
 * The items of something that may not be an array, at most `LIMITS.structure.listItems` of
 * them: cross-field checks (unique ids, one card kind) never walk a junk list to its end. A
 * hole in a sparse list is an undefined item, never a gap that `map` would carry along.
 */
export function items(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) return []
  const length = Math.min(value.length, LIMITS.structure.listItems.max)
  // A plain loop: Array.from over an array-like walks the generic iteration path on every check.
  const list: unknown[] = []
  for (let index = 0; index < length; index++) list.push(value[index])
  return list
}

/** A string property, or undefined. */
export function stringField(value: unknown, key: string): string | undefined {
  const v = field(value, key)
  return typeof v === 'string' ? v : undefined
}
