import { Readable } from 'node:stream'
import type { BodyReadResult } from '@briq-interactive/core/server'
import type { Dispatcher } from 'undici'
import type { UpstreamAnswer, UpstreamRequest } from '../upstream/upstream-transport.ts'
import { type HeaderValues, headerPairs, isEncoded, readBody } from './read-answer-body.ts'

// Statuses whose answer has no body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause })
const terminated = (cause: unknown) => new TypeError('terminated', { cause })
const dropped = () => new Error('the proxy dropped the rest of the answer')

/**
 * One call to Briq as an undici dispatch handler: the head resolves `answer`, the body is
 * gathered as it arrives and handed over by `read`. The same results as undici's `request`
 * with its body read in full, without the body stream, the async resource and the second
 * abort listener that API adds per call; an encoded body still goes through a stream, to be
 * decoded under the cap.
 */
export class UpstreamCall implements Dispatcher.DispatchHandler {
  /** Resolves with the head, rejects as fetch does when no answer arrives. */
  readonly answer: Promise<UpstreamAnswer>
  #resolveHead!: (answer: UpstreamAnswer) => void
  #rejectHead!: (error: unknown) => void
  readonly #signal: AbortSignal
  #controller: Dispatcher.DispatchController | null = null
  #headDone = false
  // The body: chunks until read() asks, then straight to the waiting reader.
  #chunks: Buffer[] = []
  #total = 0
  #maxBytes = Number.POSITIVE_INFINITY
  #ended = false
  #failure: { error: unknown } | null = null
  #discarded = false
  #reader: { resolve(result: BodyReadResult): void; reject(error: unknown): void } | null = null
  #stream: Readable | null = null

  constructor(signal: AbortSignal) {
    this.#signal = signal
    this.answer = new Promise((resolve, reject) => {
      this.#resolveHead = resolve
      this.#rejectHead = reject
    })
    signal.addEventListener('abort', this.#onAbort, { once: true })
  }

  readonly #onAbort = () => {
    this.#controller?.abort(this.#signal.reason)
  }

  #finish(): void {
    this.#signal.removeEventListener('abort', this.#onAbort)
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller
    if (this.#signal.aborted) controller.abort(this.#signal.reason)
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    status: number,
    headers: HeaderValues,
    statusText?: string,
  ): void {
    // Informational answers (100, 103) come before the real one, as undici's request skips them.
    if (status < 200 || this.#headDone) return
    this.#headDone = true
    // A Response takes 200–599 only; a hostile upstream's 999 is no answer at all.
    if (status > 599) {
      this.#discard()
      this.#finish()
      this.#rejectHead(fetchFailed(new RangeError(`status ${status} is out of range`)))
      return
    }
    const hasBody = !NULL_BODY_STATUSES.has(status)
    if (hasBody && isEncoded(headers)) {
      this.#stream = new Readable({
        read: () => controller.resume(),
        destroy: (error, callback) => {
          if (!this.#ended && this.#failure === null) controller.abort(error ?? dropped())
          callback(error)
        },
      })
    }
    this.#resolveHead({
      status,
      statusText: statusText ?? '',
      headers: headerPairs(headers),
      read: (maxBytes) => {
        if (!hasBody) {
          this.#discarded = true
          return Promise.resolve({ ok: true, bytes: new Uint8Array(0) })
        }
        if (this.#stream !== null) return readBody(this.#stream, headers, maxBytes)
        return this.#read(headers, maxBytes)
      },
    })
  }

  #read(headers: HeaderValues, maxBytes: number): Promise<BodyReadResult> {
    this.#maxBytes = maxBytes
    const declared = headers['content-length']
    if (Number(Array.isArray(declared) ? declared[0] : declared) > maxBytes || this.#total > maxBytes) {
      this.#discard()
      return Promise.resolve({ ok: false, reason: 'too_large' })
    }
    if (this.#failure !== null) return Promise.reject(terminated(this.#failure.error))
    if (this.#ended) return Promise.resolve({ ok: true, bytes: this.#bytes() })
    return new Promise((resolve, reject) => {
      this.#reader = { resolve, reject }
    })
  }

  #bytes(): Uint8Array {
    const chunks = this.#chunks
    this.#chunks = []
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#total)
  }

  // Drops the rest of the answer with its connection.
  #discard(): void {
    this.#discarded = true
    this.#chunks = []
    if (!this.#ended) this.#controller?.abort(dropped())
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#discarded) return
    if (this.#stream !== null) {
      if (!this.#stream.push(chunk)) this.#controller?.pause()
      return
    }
    this.#total += chunk.byteLength
    if (this.#total > this.#maxBytes) {
      this.#discard()
      const reader = this.#reader
      this.#reader = null
      reader?.resolve({ ok: false, reason: 'too_large' })
      return
    }
    this.#chunks.push(chunk)
  }

  onResponseEnd(): void {
    this.#ended = true
    this.#finish()
    if (this.#discarded) return
    if (this.#stream !== null) {
      this.#stream.push(null)
      return
    }
    const reader = this.#reader
    this.#reader = null
    reader?.resolve({ ok: true, bytes: this.#bytes() })
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.#finish()
    if (!this.#headDone) {
      this.#headDone = true
      this.#rejectHead(this.#signal.aborted ? this.#signal.reason : fetchFailed(error))
      return
    }
    if (this.#discarded || this.#ended) return
    this.#failure = { error }
    this.#chunks = []
    if (this.#stream !== null) {
      this.#stream.destroy(error)
      return
    }
    const reader = this.#reader
    this.#reader = null
    reader?.reject(terminated(error))
  }
}

/** The dispatch options of a call to Briq. */
export function dispatchOptions(request: UpstreamRequest, origin: string, path: string): Dispatcher.DispatchOptions {
  return {
    origin,
    path,
    method: request.method as Dispatcher.HttpMethod,
    headers: request.headers,
    body: request.body ?? null,
  }
}
