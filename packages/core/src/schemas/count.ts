import * as z from 'zod/mini'
import type { CountNoun, CountScope } from '../i18n/issue-reason.ts'
import { LIMITS, type Limit } from '../limits.ts'
import { anything } from './anything.ts'
import { type CheckPayload, report } from './issue-detail.ts'
import { limitIssue } from './limit-check.ts'

/** Where a count is counted: the message, a list, a carousel, or section/card `at` (1-based). */
export interface CountWhere {
  scope: CountScope
  at?: number
}

/**
 * Reports a count outside `limit` at `path` (reason `count`), worded from `noun` and `where`:
 * "The message has 4 buttons; WhatsApp allows at most 3". Past one of our own guards it is a
 * warning: "Card 1 has unusually many quick-reply buttons: 3; no documented limit".
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
 * Reports every repeat of a value among `values` (undefined entries skipped) as a `duplicate`
 * at that item's path, naming the first occurrence by its path. Where Meta documents the values
 * as unique (reply-button ids and titles) it is an error (reason `unique`); where it documents
 * nothing (list row ids, carousel quick-reply ids, products) only a warning saying what the
 * repeat costs (`repeated_reply_id`, `repeated_product`).
 */
export function checkUnique(
  payload: CheckPayload<unknown>,
  entries: readonly { value: string | undefined; path: (string | number)[] }[],
  what: string,
  undocumented?: 'repeated_reply_id' | 'repeated_product',
): void {
  const seen = new Map<string, (string | number)[]>()
  for (const entry of entries) {
    if (entry.value === undefined) continue
    const first = seen.get(entry.value)
    if (first === undefined) {
      seen.set(entry.value, entry.path)
      continue
    }
    const params = { what, value: entry.value, first }
    report(
      payload,
      undocumented === undefined
        ? { code: 'duplicate', reason: 'unique', params }
        : { code: 'duplicate', reason: undocumented, params, warning: true },
      entry.path,
    )
  }
}

const arrays = new WeakMap<object, z.ZodMiniType>()

/**
 * A list of `item`, checked item by item only when it is no longer than
 * `LIMITS.structure.listItems`: a million junk items would otherwise cost seconds, a million
 * issues, and (zod spreads a child's issues into its parent's) a stack overflow. A longer list
 * is refused as it is, so the container's own checks still count every item ("The message has
 * 1000000 buttons"); any other value goes to `z.array(item)` on the same payload (`_zod.run`,
 * as in `byType`), which words it as zod does. The same as `z.pipe(gate, z.array(item))`
 * without zod's pipe code in every browser bundle; the JSON Schema is the array's (`listArray`).
 */
export function listOf<T extends z.ZodMiniType>(item: T): z.ZodMiniType<z.output<T>[]> {
  const array = z.array(item)
  const schema = anything<z.output<T>[]>().check(
    z.check((payload) => {
      const value: unknown = payload.value
      const detail = Array.isArray(value) ? limitIssue(LIMITS.structure.listItems, value.length, 'count') : undefined
      if (detail) report(payload, { ...detail, reason: 'list_items' })
      else array._zod.run(payload as z.core.ParsePayload, { async: false })
    }),
  )
  arrays.set(schema, array)
  return schema
}

/** The `z.array` a `listOf` schema checks its items with, for the JSON Schema generator. */
export function listArray(schema: object): z.ZodMiniType | undefined {
  return arrays.get(schema)
}
