/**
 * The one name of `names` within `maxDistance` edits of `name` (Levenshtein distance, letter
 * case ignored), for a "did you mean" after a typo; `undefined` when none is that close, or when
 * two are equally close (a guess between them would mislead).
 *
 * @example
 * nearestName('maxBodyByte', ['maxBodyBytes', 'timeoutMs']) // 'maxBodyBytes'
 */
export function nearestName(name: string, names: readonly string[], maxDistance = 2): string | undefined {
  const wanted = name.toLowerCase()
  let best: string | undefined
  let bestDistance = maxDistance + 1
  let tie = false
  for (const candidate of names) {
    const distance = editDistance(wanted, candidate.toLowerCase(), maxDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) {
      tie = true
    }
  }
  return tie ? undefined : best
}

// Levenshtein distance by rows, or `cap + 1` once it must exceed `cap`: names whose lengths
// differ by more than `cap` are never compared letter by letter (a key from a request body may
// be long).
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    if (Math.min(...current) > cap) return cap + 1
    previous = current
  }
  return previous[b.length]!
}
