/**
 * A body gathered piece by piece into one buffer, so what it holds is proportional to its
 * bytes, not to how many pieces they came in: kept as pieces, a body sent as 1-byte chunks
 * held an object per byte (1 MB took ~200 MB of heap). The buffer doubles as it fills, never
 * past `maxBytes`; a body that came whole stays the piece it came in, uncopied.
 */
export class BodyBytes {
  readonly #maxBytes: number
  #buffer: Uint8Array = new Uint8Array(0)
  #length = 0

  /** `maxBytes`: the most this body may hold (the reader's cap), so growth never passes it. */
  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  /** Bytes gathered so far. */
  get byteLength(): number {
    return this.#length
  }

  /** Appends `piece` (copied, unless it is the first: the piece is kept until a second comes). */
  add(piece: Uint8Array): void {
    if (this.#length === 0) {
      this.#buffer = piece
      this.#length = piece.byteLength
      return
    }
    const needed = this.#length + piece.byteLength
    if (needed > this.#buffer.byteLength || this.#length === this.#buffer.byteLength) {
      // The first piece is someone else's buffer (a socket chunk): copy out of it on the second.
      const grown = new Uint8Array(Math.max(needed, Math.min(this.#length * 2, this.#maxBytes)))
      grown.set(this.#buffer.subarray(0, this.#length))
      this.#buffer = grown
    }
    this.#buffer.set(piece, this.#length)
    this.#length = needed
  }

  /** The bytes gathered, as one array (a view of the buffer, no copy). */
  bytes(): Uint8Array {
    return this.#length === this.#buffer.byteLength ? this.#buffer : this.#buffer.subarray(0, this.#length)
  }
}
