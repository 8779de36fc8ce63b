/** Past this many tags, what was made for them is let go (a page has a handful). */
const MOST_TAGS = 50

/**
 * `make` as a lookup made once per language tag: what it makes from a tag (`Intl` objects, a
 * reading of the tag) is costly to make on every mount, and the tags come from a host's props,
 * a handful per page, so each is kept, but never piles up past {@link MOST_TAGS}.
 */
export function perTag<T>(make: (tag: string) => T): (tag: string) => T {
  const made = new Map<string, T>()
  return (tag) => {
    let value = made.get(tag)
    if (value === undefined) {
      value = make(tag)
      if (made.size >= MOST_TAGS) made.clear()
      made.set(tag, value)
    }
    return value
  }
}
