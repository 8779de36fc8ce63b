/**
 * Response headers as the proxy builds them: an ordered list of lower-case names and values
 * with the few `Headers` methods the proxy uses. A Web `Headers` checks and normalises every
 * call, which on a small send costs more than the proxy's own work; names and values here come
 * from the proxy itself or from a parser (a `Headers`, node's) that has already checked them.
 */
export class HeaderList implements Iterable<[string, string]> {
  readonly #entries: [string, string][] = []

  constructor(init?: Iterable<readonly [string, string]> | Record<string, string>) {
    if (init === undefined) return
    const pairs = Symbol.iterator in init ? init : Object.entries(init)
    for (const [name, value] of pairs as Iterable<readonly [string, string]>) this.append(name, value)
  }

  /** Every value of `name` joined with `, `, or null. */
  get(name: string): string | null {
    const lower = name.toLowerCase()
    let joined: string | null = null
    for (const [key, value] of this.#entries) {
      if (key === lower) joined = joined === null ? value : `${joined}, ${value}`
    }
    return joined
  }

  /** Whether `name` is present. */
  has(name: string): boolean {
    const lower = name.toLowerCase()
    return this.#entries.some(([key]) => key === lower)
  }

  /** Replaces every value of `name` with `value`. */
  set(name: string, value: string): void {
    this.delete(name)
    this.#entries.push([name.toLowerCase(), value])
  }

  /** Adds a value (a second `Set-Cookie` stays a second line). */
  append(name: string, value: string): void {
    this.#entries.push([name.toLowerCase(), value])
  }

  /** Removes every value of `name`. */
  delete(name: string): void {
    const lower = name.toLowerCase()
    for (let i = this.#entries.length - 1; i >= 0; i--) if (this.#entries[i]![0] === lower) this.#entries.splice(i, 1)
  }

  /** Calls `callback(value, name)` per line, in order. */
  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.#entries) callback(value, name)
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.#entries[Symbol.iterator]()
  }
}
