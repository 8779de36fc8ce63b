/**
 * An ID reference list (`aria-describedby`, `aria-labelledby`) of the ids given, in order, or
 * undefined when there is none, so the attribute is left out rather than empty.
 */
export function idRefs(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id) => id !== undefined && id !== '')
  return present.length > 0 ? present.join(' ') : undefined
}
