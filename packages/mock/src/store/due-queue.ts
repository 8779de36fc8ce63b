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

// A plain swap: a destructuring one allocates an array on every step of every push and pop.
function swap(items: DueTransition[], a: number, b: number): void {
  const kept = items[a]!
  items[a] = items[b]!
  items[b] = kept
}

// Moves items[index] down until both children are later.
function siftDown(items: DueTransition[], start: number): void {
  let index = start
  for (;;) {
    const left = index * 2 + 1
    const right = left + 1
    let smallest = index
    if (left < items.length && before(items[left]!, items[smallest]!)) smallest = left
    if (right < items.length && before(items[right]!, items[smallest]!)) smallest = right
    if (smallest === index) return
    swap(items, index, smallest)
    index = smallest
  }
}

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
      swap(items, index, parent)
      index = parent
    }
  }

  /** When the earliest transition is due, if any is waiting. */
  nextAt(): number | undefined {
    return this.#items[0]?.at
  }

  /** Removes and returns the earliest transition due at or before `now`, if any. */
  popDue(now: number): DueTransition | undefined {
    const items = this.#items
    const first = items[0]
    if (first === undefined || first.at > now) return undefined
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      siftDown(items, 0)
    }
    return first
  }

  /** Keeps only the transitions `keep` accepts, rebuilding the heap in O(n). */
  retain(keep: (item: DueTransition) => boolean): void {
    const items = this.#items
    let kept = 0
    for (const item of items) if (keep(item)) items[kept++] = item
    items.length = kept
    for (let index = (kept >> 1) - 1; index >= 0; index--) siftDown(items, index)
  }

  /** Moves every transition by `ms` (negative: earlier). Their order, and so the heap, stays. */
  shift(ms: number): void {
    for (const item of this.#items) item.at += ms
  }

  /** Drops everything. */
  clear(): void {
    this.#items.length = 0
  }
}
