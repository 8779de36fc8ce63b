import { once } from 'node:events'
import { Readable, type Transform } from 'node:stream'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { readBody } from './read-answer-body.ts'

// Counts the bytes each decompressor made by read-answer-body puts out, read or not.
const decoders = vi.hoisted(() => [] as { produced: number; stream: Transform }[])
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>()
  const counted = (create: () => Transform) => (): Transform => {
    const stream = create()
    const decoder = { produced: 0, stream }
    decoders.push(decoder)
    const push = stream.push.bind(stream)
    stream.push = (chunk: Buffer | null) => {
      if (chunk !== null) decoder.produced += chunk.byteLength
      return push(chunk)
    }
    return stream
  }
  return {
    ...zlib,
    createGunzip: counted(zlib.createGunzip),
    createInflate: counted(zlib.createInflate),
    createBrotliDecompress: counted(zlib.createBrotliDecompress),
  }
})

const CAP = 1024 * 1024
// A bomb: 64 MiB of zeros, a few kilobytes on the wire, sent in one chunk.
const zeros = Buffer.alloc(64 * CAP)

describe.each([
  ['gzip', gzipSync(zeros)],
  ['deflate', deflateSync(zeros)],
  ['br', brotliCompressSync(zeros)],
])('a %s answer that inflates far past the cap', (coding, bomb) => {
  it('is too large, and its decompressor stops near the cap, not at the whole bomb', async () => {
    decoders.length = 0
    const result = await readBody(Readable.from([bomb]), { 'content-encoding': coding }, CAP)
    expect(result).toEqual({ ok: false, reason: 'too_large' })
    expect(decoders).toHaveLength(1)
    const [decoder] = decoders
    // Whatever it still had under way has come to an end, destroyed or finished.
    if (!decoder!.stream.closed) await once(decoder!.stream, 'close')
    expect(decoder!.produced).toBeGreaterThan(CAP)
    expect(decoder!.produced).toBeLessThan(2 * CAP)
  })
})
