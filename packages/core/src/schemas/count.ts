import type * as z from 'zod/mini'
import type { CountNoun, CountScope } from '../i18n/issue-reason.ts'
import { LIMITS, type Limit } from '../limits.ts'
import { anything, type Rule } from './anything.ts'
import { type CheckPayload, report } from './issue-detail.ts'
import { limitIssue } from './limit-check.ts'
import { lookAlikeKey } from './look-alike.ts'
import { SYNC_RUN } from './sync-run.ts'

/** Where a count is counted: the message, a list, a carousel, or section/card `at` (1-based). */
export interface CountWhere {
  scope: CountScope
  at?: number
}

/**
 * Reports a count outside `limit` at `path` (reason `count`), worded from `noun` and `where`:
 * "The message has 4 buttons; WhatsApp allows at most 3". Past one of our own guards it is a
 * warning: "Card 1 has 3 quick-reply buttons; WhatsApp documents no maximum, but …".
 */
export function checkCount(
  payload: CheckPayload<unknown>,
  count: number,
  limit: Limit,
  noun: CountNoun,
  where: CountWhere,
  path: (string | number)[],
): void {
  const detail = limitIssue(limit, count, 'count')
  if (detail === undefined) return
  const params = where.at === undefined ? { noun, scope: where.scope } : { noun, scope: where.scope, at: where.at }
  report(payload, { ...detail, reason: 'count', params }, path)
}

/**
 * Reports every repeat of a value among `values` (undefined and empty entries skipped: an empty
 * one is its field's own "at least 1 character" error, not a repeat) as a `duplicate` at that
 * item's path, naming the first occurrence by its path. Where Meta documents the values
 * as unique (reply-button ids and titles) it is WhatsApp's error (reason `unique`). Meta
 * documents no such rule for list row ids, carousel quick-reply ids, saved address ids or
 * products: a repeated row, quick-reply or saved address id is still refused, as this kit's rule,
 * since the customer's reply could not say which was chosen (`repeated_reply_id`); a repeated product (in a product list, or on two
 * carousel cards) is only a warning (`repeated_product`: it is shown twice). Other than a
 * product, a value that only looks the same as an earlier one gets a `looks_alike` warning; with
 * `caseBlind` (text the customer reads, as reply-button titles), one that differs from an earlier
 * one only in upper and lower case a `differs_in_case` warning.
 */
export function checkUnique(
  payload: CheckPayload<unknown>,
  entries: readonly { value: string | undefined; path: (string | number)[] }[],
  what: string,
  reason: 'unique' | 'repeated_reply_id' | 'repeated_product' = 'unique',
  caseBlind = false,
): void {
  const seen = new Map<string, (string | number)[]>()
  const looks = new Map<string, (string | number)[]>()
  const cases = caseBlind ? new Map<string, (string | number)[]>() : undefined
  for (const entry of entries) {
    if (entry.value === undefined || entry.value === '') continue
    const first = seen.get(entry.value)
    if (first === undefined) {
      seen.set(entry.value, entry.path)
      // A product id names a catalogue item as written; the others are read by people.
      if (reason !== 'repeated_product' && !lookAlike(payload, looks, entry.value, entry.path, what) && cases) {
        sameButCase(payload, cases, entry.value, entry.path, what)
      }
      continue
    }
    const params = { what, value: entry.value, first }
    report(
      payload,
      reason === 'unique'
        ? { code: 'duplicate', reason, params }
        : reason === 'repeated_reply_id'
          ? { code: 'duplicate', reason, params, rule: 'kit' }
          : { code: 'duplicate', reason, params, warning: true },
      entry.path,
    )
  }
}

/**
 * A `looks_alike` warning at `path` when `value` differs from an earlier one only in what nobody
 * sees (`lookAlikeKey`): "Yes" and "Yes ", "Café" with its accent typed apart, a zero-width space.
 * Meta says titles and ids must be unique but not how WhatsApp compares them, and the customer
 * cannot tell two such buttons apart: a warning, the later one named. Blank values are left to
 * their own `blank` warning. Returns whether it warned (then no `differs_in_case` is looked for).
 */
function lookAlike(
  payload: CheckPayload<unknown>,
  looks: Map<string, (string | number)[]>,
  value: string,
  path: (string | number)[],
  what: string,
): boolean {
  const key = lookAlikeKey(value)
  if (key === '') return false
  const first = looks.get(key)
  if (first === undefined) {
    looks.set(key, path)
    return false
  }
  report(payload, { code: 'duplicate', reason: 'looks_alike', params: { what, value, first }, warning: true }, path)
  return true
}

/**
 * A `differs_in_case` warning at `path` when `value` reads as an earlier one but for upper and
 * lower case ("Yes" and "yes", "Whatsapp" and "WhatsApp"), compared as `lookAlike` compares
 * them ("Yes " and "YES" too: a value that also differs in what nobody sees is no less taken for
 * the other, and `lookAlike` already calls "Yes " and "Yes" the same). Meta's Reply buttons guide wants
 * titles "unique within the message" without saying how it compares them, and the customer may
 * read such buttons as one answer: a warning, never an error (WhatsApp may accept them).
 */
function sameButCase(
  payload: CheckPayload<unknown>,
  cases: Map<string, (string | number)[]>,
  value: string,
  path: (string | number)[],
  what: string,
): void {
  const key = lookAlikeKey(value).toLowerCase()
  if (key === '') return
  const first = cases.get(key)
  if (first === undefined) {
    cases.set(key, path)
    return
  }
  report(payload, { code: 'duplicate', reason: 'differs_in_case', params: { what, value, first }, warning: true }, path)
}

const listItems = new WeakMap<object, Rule>()

/**
 * A list of `item`, checked item by item only when it is no longer than
 * `LIMITS.structure.listItems`: a million junk items would otherwise cost seconds, a million
 * issues, and (zod spreads a child's issues into its parent's) a stack overflow. A longer list
 * is refused as it is, so the container's own checks still count every item ("The message has
 * 1000000 buttons"). Otherwise it is what `z.pipe(gate, z.array(item))` was, without zod's pipe
 * and array code in every browser bundle: anything else is `invalid_type` (expected array), and
 * each item runs `item` (`_zod.run`, as in `byType`), its issues prefixed with its index. The
 * JSON Schema is `z.array(item)`'s (`listItem`).
 */
export function listOf<T extends Rule>(item: T): Rule<z.output<T>[]> {
  const schema = anything<z.output<T>[]>().check((payload) => {
    const input: unknown = payload.value
    if (!Array.isArray(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'array', input, path: [] })
      return
    }
    const detail = limitIssue(LIMITS.structure.listItems, input.length, 'count')
    if (detail) {
      report(payload, { ...detail, reason: 'list_items' })
      return
    }
    const parsed = Array(input.length) as z.output<T>[]
    for (let index = 0; index < input.length; index++) {
      const result = item._zod.run({ value: input[index], issues: [] }, SYNC_RUN)
      for (const issue of result.issues) {
        // As zod's array does: the index goes in front of the item's own path, in place.
        const located = issue as { path?: PropertyKey[] }
        located.path ??= []
        located.path.unshift(index)
        payload.issues.push(issue)
      }
      parsed[index] = result.value as z.output<T>
    }
    payload.value = parsed
  })
  listItems.set(schema, item)
  return schema
}

/** The item schema of a `listOf` schema, for the JSON Schema generator. */
export function listItem(schema: object): Rule | undefined {
  return listItems.get(schema)
}
