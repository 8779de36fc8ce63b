import { issueField } from '../contract/to-briq-errors.ts'
import { requestSentencesEn } from '../i18n/en/issue-sentences.ts'
import type { IssueParams, IssueReason } from '../i18n/issue-reason.ts'
import { sentenceFor } from '../i18n/sentence-for.ts'
import { isRecord } from '../is-record.ts'
import type { Issue, IssueCode, IssuePath } from '../issue.ts'
import type { LimitKind } from '../limits.ts'

// Every LimitKind, kept whole by the type: a kind added later is read, not its issues dropped.
const RULES: ReadonlySet<unknown> = new Set(
  Object.keys({ whatsapp: true, briq: true, guard: true, kit: true } satisfies Record<LimitKind, true>),
)

const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isStep = (value: unknown): value is string | number =>
  typeof value === 'string' || (Number.isSafeInteger(value) && (value as number) >= 0)

// An issue's params are JSON: strings, numbers, lists of them (`allowed`, `first`) and the one
// flag `request` (an issue about the send request as a whole).
const isParam = (value: unknown): boolean =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  isNumber(value) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string' || isNumber(item)))

/**
 * The issue a `VALIDATION_ERROR` of the kit's proxy or mock carries (`BriqFieldError.issue`,
 * written by `toBriqErrors`), with the error's sentence as its `message`; undefined for anything
 * else (Briq's own errors have none). Read only when whole, about the error's own `field`, and
 * worded by this core exactly as the error's sentence, so a page never words an issue about
 * another field, or one this core reads otherwise, than the one the answer names.
 */
export function readIssue(raw: unknown, message: string, field: unknown): Issue | undefined {
  if (!isRecord(raw) || !isText(raw.code) || !Array.isArray(raw.path) || !raw.path.every(isStep)) return undefined
  const path = raw.path as IssuePath
  if (issueField(path) !== (typeof field === 'string' ? field : null)) return undefined
  const { reason, limit, actual, rule, params } = raw
  if (reason !== undefined && !isText(reason)) return undefined
  if ((limit !== undefined && !isNumber(limit)) || (actual !== undefined && !isNumber(actual))) return undefined
  if (rule !== undefined && !RULES.has(rule)) return undefined
  if (params !== undefined && !(isRecord(params) && Object.values(params).every(isParam))) return undefined
  const issue: Issue = { path: [...path], code: raw.code as IssueCode, message }
  if (reason !== undefined) issue.reason = reason as IssueReason
  if (params !== undefined) issue.params = { ...params } as IssueParams
  if (limit !== undefined) issue.limit = limit
  if (actual !== undefined) issue.actual = actual
  if (rule !== undefined) issue.rule = rule as LimitKind
  // Whole, and this core's: it words the issue exactly as the server did. One of another kit
  // version, or missing what its sentence reads (a limit, a value), keeps the server's words
  // rather than become "undefined characters" in another language.
  return sentenceFor(issue, requestSentencesEn) === message ? issue : undefined
}
