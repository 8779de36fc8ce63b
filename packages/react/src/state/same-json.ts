/**
 * Whether two drafts have the same JSON text: a draft is plain JSON data, so this is equality of
 * what would be saved or sent. A value JSON cannot write (a cycle, a BigInt) is never the same.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}
