import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { BodyReadResult } from '@briq-interactive/core/server'
import type { DecodedCoding } from '../upstream/readable-coding.ts'

/** An answer's head as undici parses it: lower-case names, repeated ones as arrays. */
export type HeaderValues = Record<string, string | string[] | undefined>

/** The head's lines as name and value pairs, in order. */
export function headerPairs(headers: HeaderValues): [string, string][] {
  const pairs: [string, string][] = []
  for (const name in headers) {
    const value = headers[name]
    if (value === undefined) continue
    if (typeof value === 'string') pairs.push([name.toLowerCase(), value])
    else for (const item of value) pairs.push([name.toLowerCase(), item])
  }
  return pairs
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const codingOf = (headers: HeaderValues) =>
  String(first(headers['content-encoding']) ?? '')
    .trim()
    .toLowerCase()

const DECODERS: Record<DecodedCoding, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
}

/** Whether the body comes in a coding the proxy decodes (gzip, deflate, br). */
export function isEncoded(headers: HeaderValues): boolean {
  return headers['content-encoding'] !== undefined && Object.hasOwn(DECODERS, codingOf(headers))
}

// Drops the rest of an answer with its connection. A body stream reports being destroyed
// unread as an error; nobody is reading it any more, so that error is expected, not a crash.
function discard(stream: Readable): void {
  stream.on('error', () => {})
  stream.destroy()
}

// Decoded as fetch decodes it: the proxy drops Content-Encoding and scans the body for the
// key, which it could not find inside compressed bytes.
function decoded(body: Readable, headers: HeaderValues): Readable {
  const coding = codingOf(headers)
  const decoder = Object.hasOwn(DECODERS, coding) ? DECODERS[coding as DecodedCoding]() : null
  if (decoder === null) return body
  body.on('error', (error) => (decoder as unknown as Readable).destroy(error))
  return body.pipe(decoder) as unknown as Readable
}

/**
 * Reads a whole answer, decoded, up to `maxBytes`: past it the rest is dropped with the
 * connection, so a hostile or broken upstream cannot make the proxy hold more. A body that
 * breaks off rejects with a `TypeError` (as fetch's body does) whose cause is the error.
 */
export function readBody(body: Readable, headers: HeaderValues, maxBytes: number): Promise<BodyReadResult> {
  if (Number(first(headers['content-length'])) > maxBytes) {
    discard(body)
    return Promise.resolve({ ok: false, reason: 'too_large' })
  }
  const source = decoded(body, headers)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const stop = () => {
      source.off('data', onData)
      source.off('end', onEnd)
      source.off('error', onError)
    }
    function onData(chunk: Buffer) {
      total += chunk.byteLength
      if (total > maxBytes) {
        stop()
        discard(body)
        if (source !== body) discard(source)
        resolve({ ok: false, reason: 'too_large' })
        return
      }
      chunks.push(chunk)
    }
    function onEnd() {
      stop()
      resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) })
    }
    function onError(error: Error) {
      stop()
      reject(new TypeError('terminated', { cause: error }))
    }
    source.on('data', onData)
    source.on('end', onEnd)
    source.on('error', onError)
  })
}
