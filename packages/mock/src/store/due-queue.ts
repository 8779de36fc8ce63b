/** One scheduled status change. */
export interface DueTransition {
  /** Epoch ms when it applies. */
  at: number
  /** Tie-breaker: scheduling order. */
  seq: number
  /** The outbound message. */
  messageId: string
  /** The status it moves to (`failed` stands in for `sent` when the payload was bad). */
  step: 'sent' | 'delivered' | 'read'
}

const before = (a: DueTransition, b: DueTransition) => a.at < b.at || (a.at === b.at && a.seq < b.seq)

/** A binary min-heap of transitions ordered by time, then by scheduling order. */
export class DueQueue {
  readonly #items: DueTransition[] = []

  /** Number of transitions still waiting. */
  get size(): number {
    return this.#items.length
  }

  /** Adds a transition. */
  push(item: DueTransition): void {
    const items = this.#items
    items.push(item)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!before(items[index]!, items[parent]!)) break
      ;[items[index], items[parent]] = [items[parent]!, items[index]!]
      index = parent
    }
  }

  /** Removes and returns the earliest transition due at or before `now`, if any. */
  popDue(now: number): DueTransition | undefined {
    const items = this.#items
    const first = items[0]
    if (first === undefined || first.at > now) return undefined
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      let index = 0
      for (;;) {
        const left = index * 2 + 1
        const right = left + 1
        let smallest = index
        if (left < items.length && before(items[left]!, items[smallest]!)) smallest = left
        if (right < items.length && before(items[right]!, items[smallest]!)) smallest = right
        if (smallest === index) break
        ;[items[index], items[smallest]] = [items[smallest]!, items[index]!]
        index = smallest
      }
    }
    return first
  }

  /** Keeps only the transitions `keep` accepts (sorted, which is a valid heap). */
  retain(keep: (item: DueTransition) => boolean): void {
    const kept = this.#items.filter(keep)
    this.#items.length = 0
    for (const item of kept.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))) this.#items.push(item)
  }

  /** Drops everything. */
  clear(): void {
    this.#items.length = 0
  }
}
