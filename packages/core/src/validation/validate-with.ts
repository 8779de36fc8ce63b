import type * as z from 'zod/mini'
import type { Unworded } from '../i18n/worded.ts'
import type { Rule } from '../schemas/anything.ts'
import { SYNC_RUN } from '../schemas/sync-run.ts'
import { acceptedAsJson } from './accepted-as-json.ts'
import type { Checked } from './checked.ts'
import { toIssues } from './to-issues.ts'

/**
 * What was thrown, in words, without ever throwing itself: the thrown value may be a Proxy
 * whose traps throw, a revoked Proxy, an object whose `message` getter or `toString` throws,
 * or an object without a prototype. Only a string `message` is read; nothing is converted.
 */
function describeThrown(error: unknown): string {
  if (typeof error === 'string') return error.slice(0, 200)
  if (typeof error !== 'object' && typeof error !== 'function') return String(error)
  try {
    const message: unknown = (error as { message?: unknown } | null)?.message
    if (typeof message === 'string' && message !== '') return message.slice(0, 200)
  } catch {
    // Reading the message threw too; say only that something unreadable was thrown.
  }
  return 'reading it threw an unreadable value'
}

/** The single issue for a value that could not even be read (a throwing getter or Proxy). */
function unreadable(error: unknown): Unworded {
  return {
    path: [],
    code: 'invalid_type',
    reason: 'unreadable',
    rule: 'kit',
    params: { detail: describeThrown(error) },
  }
}

/**
 * `parsed.value` with the request fields Briq does not read put back as given, after the checked
 * ones: Briq ignores them (a warning, see `toIssues`), so they go as the caller wrote them.
 */
function withIgnoredFields<T>(parsed: { value: T; issues: unknown[] }, value: unknown): T {
  const ignored: [string, unknown][] = []
  for (const raw of parsed.issues as { code?: string; path?: unknown[]; keys?: string[] }[]) {
    if (raw.code !== 'unrecognized_keys' || raw.path?.length !== 0) continue
    for (const key of raw.keys ?? []) ignored.push([key, (value as Record<string, unknown>)[key]])
  }
  return ignored.length === 0 ? parsed.value : ({ ...parsed.value, ...Object.fromEntries(ignored) } as T)
}

/**
 * Checks `value` against the schema `schema()` returns (called inside the guard, so options
 * that throw when read are an issue too). `prefix` is 1 for a request body, whose own fields are
 * Briq's and whose `interactive` is WhatsApp's (see `toIssues`); `word` words each issue it
 * returns (the validators' English, `worded`, which never throws), so a caller that reads no
 * sentence (the preview's marks) bundles none. Never throws.
 */
export function validateWith<T, I>(
  schema: () => Rule<T> | z.ZodMiniType<T>,
  value: unknown,
  prefix: 0 | 1,
  word: (issue: Unworded) => I,
): Checked<T, I> {
  let result: Checked<T, Unworded>
  try {
    // zod core's way to run a schema, which a rule shares: the same issues `safeParse` reports,
    // before zod words them (`toIssues` converts its own, and `word` words them).
    const parsed = schema()._zod.run({ value, issues: [] }, SYNC_RUN) as { value: T; issues: unknown[] }
    if (parsed.issues.length === 0) result = acceptedAsJson(value, parsed.value, [], prefix)
    else {
      const { issues, warnings } = toIssues(parsed.issues, value, prefix)
      // A warning never ends a value's checks, so the parsed value is as complete as a clean one's:
      // hand back that, read once, not the input (a getter may answer differently when it is sent).
      result =
        issues.length === 0
          ? acceptedAsJson(value, withIgnoredFields(parsed, value), warnings, prefix)
          : { ok: false, issues, warnings }
    }
  } catch (error) {
    result = { ok: false, issues: [unreadable(error)], warnings: [] }
  }
  const warnings = result.warnings.map(word)
  return result.ok
    ? { ok: true, value: result.value, warnings }
    : { ok: false, issues: result.issues.map(word), warnings }
}
