import type { Limit } from '../limits.ts'
import { type CheckPayload, report } from './issue-detail.ts'
import { limitIssue, ruleOwner } from './limit-check.ts'

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * Reports a count outside `limit` at `path`, worded for a person: "The message has 4 buttons;
 * WhatsApp allows at most 3". `where` names the container ("The message", "Section 2"). Past
 * one of our own guards it is a warning: "Card 1 has unusually many quick-reply buttons: 3; no
 * documented limit".
 */
export function checkCount(
  payload: CheckPayload<unknown>,
  count: number,
  limit: Limit,
  noun: string,
  where: string,
  path: (string | number)[],
): void {
  const detail = limitIssue(limit, count, 'count')
  if (detail === undefined) return
  const who = ruleOwner(detail.rule)
  const message =
    detail.code === 'unusually_many'
      ? `${where} has unusually many ${noun}s: ${count}; no documented limit`
      : detail.code === 'too_many'
        ? `${where} has ${plural(count, noun)}; ${who} allows at most ${limit.max}`
        : `${where} has ${count === 0 ? `no ${noun}s` : plural(count, noun)}; ${who} needs at least ${limit.min}`
  report(payload, { ...detail, message }, path)
}

/**
 * Reports every repeat of a value among `values` (undefined entries skipped) as a `duplicate`
 * at that item's path, naming the first occurrence.
 */
export function checkUnique(
  payload: CheckPayload<unknown>,
  entries: readonly { value: string | undefined; path: (string | number)[]; label: string }[],
  what: string,
): void {
  const seen = new Map<string, string>()
  for (const entry of entries) {
    if (entry.value === undefined) continue
    const first = seen.get(entry.value)
    if (first === undefined) {
      seen.set(entry.value, entry.label)
      continue
    }
    report(
      payload,
      {
        code: 'duplicate',
        message: `${entry.label} ${what} "${entry.value}" is the same as ${first.toLowerCase()}'s; ${what}s must be unique`,
      },
      entry.path,
    )
  }
}
