/**
 * JSON with object keys sorted, so two requests that differ only in key order compare equal.
 * Returns undefined for a value JSON cannot hold (a cycle, a BigInt): such a request fails
 * validation anyway, and must not make the comparison throw.
 */
export function stableJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
      // No prototype: a "__proto__" key (JSON.parse makes one) is set as a key, not as the prototype.
      const sorted: Record<string, unknown> = Object.create(null)
      for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key]
      return sorted
    })
  } catch {
    return undefined
  }
}
