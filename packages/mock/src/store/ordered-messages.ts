import type { MessageRecord } from './records.ts'

/** Creation order: by `created_at`, then by `seq` (the order they were stored in). */
const after = (a: MessageRecord, b: MessageRecord) =>
  a.created_at > b.created_at || (a.created_at === b.created_at && a.seq > b.seq)

/**
 * Messages kept in creation order, oldest first, so a listing reads newest first without
 * sorting and eviction takes the oldest in O(1). A message almost always arrives last (the
 * clock moves forward); fixtures and a clock set back are put in place by binary search.
 */
export class OrderedMessages {
  #items: (MessageRecord | undefined)[] = []
  #head = 0

  /** How many messages there are. */
  get size(): number {
    return this.#items.length - this.#head
  }

  /** Adds a message in its place. */
  insert(message: MessageRecord): void {
    const items = this.#items
    const last = items[items.length - 1]
    if (this.size === 0 || (last !== undefined && after(message, last))) {
      items.push(message)
      return
    }
    let low = this.#head
    let high = items.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (after(message, items[middle]!)) low = middle + 1
      else high = middle
    }
    items.splice(low, 0, message)
  }

  /** The oldest message, if any. */
  oldest(): MessageRecord | undefined {
    return this.#items[this.#head]
  }

  /** Removes `message`, in O(1) when it is the oldest (as an evicted message always is). */
  remove(message: MessageRecord): void {
    if (this.#items[this.#head] === message) {
      this.#items[this.#head] = undefined
      this.#head++
      // Compacts once half the array is spent, so the cost stays O(1) per message on average.
      if (this.#head > 64 && this.#head * 2 > this.#items.length) {
        this.#items = this.#items.slice(this.#head)
        this.#head = 0
      }
      return
    }
    const index = this.#items.indexOf(message, this.#head)
    if (index >= 0) this.#items.splice(index, 1)
  }

  /** Newest first. */
  *newestFirst(): IterableIterator<MessageRecord> {
    for (let i = this.#items.length - 1; i >= this.#head; i--) yield this.#items[i]!
  }

  /** Oldest first. */
  *oldestFirst(): IterableIterator<MessageRecord> {
    for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i]!
  }

  /** The `index`-th newest message (0 is the newest). */
  newest(index: number): MessageRecord | undefined {
    const at = this.#items.length - 1 - index
    return at >= this.#head ? this.#items[at] : undefined
  }
}
