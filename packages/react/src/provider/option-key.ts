/**
 * A string that is equal for two option values exactly when they mean the same thing: plain
 * objects compare by their keys' values in any order, arrays by their items, `Headers` by their
 * entries. Functions are left out (`fn`): the provider calls the latest one instead of
 * re-creating its client, so an inline arrow does not count as a change.
 */
export function optionKey(value: unknown): string {
  return JSON.stringify(normalize(value, new Set()))
}

function normalize(value: unknown, seen: Set<object>): unknown {
  if (typeof value === 'function') return 'fn'
  if (typeof value === 'bigint') return `${value}n`
  if (value === undefined) return 'undefined'
  if (typeof value !== 'object' || value === null) return value
  if (seen.has(value)) return 'cycle'
  seen.add(value)
  try {
    if (typeof Headers !== 'undefined' && value instanceof Headers) {
      return { headers: [...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) }
    }
    if (Array.isArray(value)) return value.map((item) => normalize(item, seen))
    const record = value as Record<string, unknown>
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, normalize(record[key], seen)])
    return { object: entries }
  } finally {
    seen.delete(value)
  }
}
