import type { Issue, IssuePath } from '../issue.ts'
import { hostKeysFrom } from './field-parts.ts'
import type { IssueParams } from './issue-reason.ts'

/** Unicode's first-strong isolate and its closing pop (UAX #9, sections 2.7 and 2.8). */
export const FIRST_STRONG_ISOLATE = '\u2068'
export const POP_DIRECTIONAL_ISOLATE = '\u2069'

// Embeddings, overrides and isolates (UAX #9: LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI).
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * `text` wrapped in a first-strong isolate: a value in Arabic or Hebrew takes its own direction
 * and keeps its punctuation, and the sentence around it keeps its order. The marks draw nothing.
 * The value's own embedding, override and isolate controls are left out of the copy shown: a
 * stray U+2069 in it would close the isolate early, and an override after it (U+202E) would
 * then reverse the rest of the sentence.
 */
export function isolated(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text.replace(DIRECTION_CONTROLS, '')}${POP_DIRECTIONAL_ISOLATE}`
}

// The params that carry what the person wrote (not words the catalogues look up).
const PERSON_VALUES = ['key', 'value', 'host', 'file'] as const satisfies readonly (keyof IssueParams)[]

/**
 * `path` with the host's own keys in it isolated one by one (a flow's data, a `validation_errors`
 * key: the keys a field's name quotes as written, `Screen data "guests[1].name"`), for a name
 * shown on screen: an Arabic key keeps its punctuation, and the keys keep their order as code
 * reads them. The words around them are looked up by the plain path's other segments.
 */
export function withIsolatedKeys(path: IssuePath): IssuePath {
  const from = hostKeysFrom(path)
  if (from === undefined) return path
  return path.map((segment, i) => (i >= from && typeof segment === 'string' ? isolated(segment) : segment))
}

/**
 * `issue` with the person's own values (a repeated title, an unknown key, a host, a file name,
 * the keys of their data its field's name quotes) isolated, for a sentence shown on screen:
 * `Button 2 title "نعم!" is …` would otherwise show the "!" and the quotes on the wrong side.
 * `Issue.message` stays plain (see `formatIssue`).
 */
export function withIsolatedValues(issue: Issue): Issue {
  const path = withIsolatedKeys(issue.path)
  const params = issue.params
  if (params === undefined || !PERSON_VALUES.some((name) => typeof params[name] === 'string')) {
    return path === issue.path ? issue : { ...issue, path }
  }
  const shown: IssueParams = { ...params }
  for (const name of PERSON_VALUES) {
    const value = params[name]
    if (typeof value === 'string') shown[name] = isolated(value)
  }
  return { ...issue, path, params: shown }
}
