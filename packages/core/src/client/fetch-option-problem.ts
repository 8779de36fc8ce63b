/**
 * The sentence refusing a `fetch` option that is not a function, or `undefined` for a usable one
 * (a function, or none given). Such a value was wrapped as the fetch to call, so every call failed
 * only then, as a `network` error. `option` names it where it was given (`createBriqClient: fetch`,
 * `<BriqProvider fetch>`): one sentence for every entry that takes a fetch.
 *
 * @example
 * fetchOptionProblem('fetch', '<BriqProvider fetch>')
 * // '<BriqProvider fetch> must be a function such as globalThis.fetch; got string'
 */
export function fetchOptionProblem(fetch: unknown, option: string): string | undefined {
  if (fetch === undefined || typeof fetch === 'function') return undefined
  return `${option} must be a function such as globalThis.fetch; got ${fetch === null ? 'null' : typeof fetch}`
}
