import type { Issue } from '../issue.ts'
import type { IssueParams } from './issue-reason.ts'

/** Unicode's first-strong isolate and its closing pop (UAX #9, sections 2.7 and 2.8). */
export const FIRST_STRONG_ISOLATE = '\u2068'
export const POP_DIRECTIONAL_ISOLATE = '\u2069'

/**
 * `text` wrapped in a first-strong isolate: a value in Arabic or Hebrew takes its own direction
 * and keeps its punctuation, and the sentence around it keeps its order. The marks draw nothing.
 */
export function isolated(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
}

// The params that carry what the person wrote (not words the catalogues look up).
const PERSON_VALUES = ['key', 'value', 'host', 'file'] as const satisfies readonly (keyof IssueParams)[]

/**
 * `issue` with the person's own values (a repeated title, an unknown key, a host, a file name)
 * isolated, for a sentence shown on screen: `Button 2 title "نعم!" is …` would otherwise show the
 * "!" and the quotes on the wrong side. `Issue.message` stays plain (see `formatIssue`).
 */
export function withIsolatedValues(issue: Issue): Issue {
  const params = issue.params
  if (params === undefined || !PERSON_VALUES.some((name) => typeof params[name] === 'string')) return issue
  const shown: IssueParams = { ...params }
  for (const name of PERSON_VALUES) {
    const value = params[name]
    if (typeof value === 'string') shown[name] = isolated(value)
  }
  return { ...issue, params: shown }
}
