import { isWordCharacter } from '../formatting/character-class.ts'
import type { Limit } from '../limits.ts'
import { overflowIndex } from '../text-length.ts'
import type { InteractiveDescription, ItemKind } from './draft-description.ts'
import { fieldInstances } from './walk-description.ts'

/** The base of an id generated for an item whose title gives none (empty, or only emoji). */
export const ID_PREFIX: Readonly<Record<ItemKind, string>> = {
  button: 'button',
  section: 'section',
  row: 'row',
  productSection: 'section',
  product: 'product',
  card: 'card',
  cardButton: 'reply',
  savedAddress: 'address',
}

// A mark (Unicode category M) after a Latin, Greek or Cyrillic letter is an accent, after an
// Arabic or Hebrew one a vowel point: both may go ("café" → "cafe"). In Indic scripts, Thai and
// most others a mark is a vowel sign or virama, part of the word's spelling ("हाँ"), and stays.
const ACCENT =
  /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]\p{M}*)\p{M}/gu

/**
 * Lower-case letters (with the vowel signs their script spells them with) and digits of any
 * script, joined by single hyphens: "Yes, confirm!" → "yes-confirm", "Café" → "cafe".
 */
export function slugFromTitle(title: string): string {
  const text = title.normalize('NFKD').replace(ACCENT, '').toLowerCase()
  // Words as formatting reads them: the selectors that draw an emoji (❤️, 1️⃣) are marks, not letters.
  const spaced = Array.from(text, (char) => (isWordCharacter(char.codePointAt(0) ?? -1) ? char : ' ')).join('')
  return spaced
    .split(' ')
    .filter((word) => word.length > 0)
    .join('-')
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` cut to `max` code points (ids are limited in code points, like every text), at the
 * start of the character that passes them: a letter never loses its vowel sign.
 */
const cut = (text: string, max: number): string => {
  const at = overflowIndex(text, Math.max(0, max))
  if (at < 0) return text
  // One character longer than the whole limit (a letter under hundreds of marks): code points.
  return at > 0 ? text.slice(0, at) : Array.from(text).slice(0, Math.max(0, max)).join('')
}

/**
 * `base` (or `prefix` when `base` is empty) made unique among `taken` with a "-2", "-3"…
 * suffix (for a bare prefix "-1", "-2"…, from `start`), and cut to fit `limit`. Never returns
 * a taken id.
 */
export function uniqueId(base: string, prefix: string, taken: ReadonlySet<string>, limit: Limit, start = 1): string {
  const stem = base === '' ? prefix : base
  // A cut just after a space would leave the id ending in one: an error of its own (spaces_around).
  const plain = cut(stem, limit.max).trimEnd()
  if (base !== '' && !taken.has(plain)) return plain
  for (let n = base === '' ? Math.max(1, start) : 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${cut(stem, limit.max - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Whether `id` is one `uniqueId` could give for `base`, an id too long for `max` code points:
 * `base` cut to fit, or cut and numbered ("-2"). Not any id `base` merely begins with.
 */
export function couldBeCutFrom(id: string, base: string, max: number): boolean {
  if (id === cut(base, max).trimEnd()) return true
  const suffix = /-\d+$/.exec(id)?.[0]
  return suffix !== undefined && id === `${cut(base, max - suffix.length)}${suffix}`
}

/**
 * Whether `id` is one `idFromTitle` could give for `title`, whatever was taken: its slug or the
 * slug numbered ("yes", "yes-2"; "button-1" for an untitled item). Cheap, to skip the rest.
 */
export function couldBeIdFromTitle(id: string, title: string, prefix: string, limit: Limit): boolean {
  const base = slugFromTitle(title)
  const stem = base === '' ? prefix : base
  if (base !== '' && id === cut(stem, limit.max)) return true
  const suffix = /-\d+$/.exec(id)?.[0]
  return suffix !== undefined && id === `${cut(stem, limit.max - suffix.length)}${suffix}`
}

/** The id generated from `title`: its slug, unique among `taken`, within `limit`. */
export function idFromTitle(title: string, prefix: string, taken: ReadonlySet<string>, limit: Limit): string {
  return uniqueId(slugFromTitle(title), prefix, taken, limit)
}

/**
 * Whether `id` is still the one generated from `title` among the other ids `taken` (an empty
 * id, a numbered placeholder of an untitled item, or the first numbered id of a repeated
 * title counts too), so that a new title may replace it. An id typed by hand never matches,
 * so it is never overwritten.
 */
export function followsTitle(
  id: unknown,
  title: unknown,
  prefix: string,
  limit: Limit,
  taken: ReadonlySet<string>,
): boolean {
  if (id === '' || id === undefined) return true
  if (typeof id !== 'string') return false
  const slug = typeof title === 'string' ? slugFromTitle(title) : ''
  if (slug === '') return new RegExp(`^${escapeRegExp(prefix)}-\\d+$`).test(id)
  if (id === uniqueId(slug, prefix, taken, limit)) return true
  // The numbered id given while another item had the same title ("yes-2") still follows its
  // title once that other title changed; "yes-7" or "yes-2024" would not have been generated.
  return id === uniqueId(slug, prefix, new Set(taken).add(cut(slug, limit.max)), limit)
}

/**
 * Every value of the message's unique id fields (button, row, quick-reply, product…), optionally
 * leaving one path out. A value with spaces at its ends counts trimmed too: the trim fix-it
 * turns " a " into "a", so "a" is taken already.
 */
export function takenIds(
  description: InteractiveDescription,
  draft: unknown,
  except?: readonly (string | number)[],
): Set<string> {
  const taken = new Set<string>()
  const skip = except?.join('\u0000')
  for (const instance of fieldInstances(description, draft)) {
    if (instance.node.unique !== true || typeof instance.value !== 'string') continue
    if (skip !== undefined && instance.path.join('\u0000') === skip) continue
    taken.add(instance.value)
    taken.add(instance.value.trim())
  }
  return taken
}
