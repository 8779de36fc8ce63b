import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { directRequestBody } from '../node/request-body-stream.ts'
import { type BodyReadResult, readBodyWithLimit } from './read-body-with-limit.ts'

// `body` cut at `cuts` (sorted offsets), empty pieces included: every way a body can arrive.
const split = (body: Uint8Array, cuts: number[]) => {
  const offsets = [0, ...cuts.map((cut) => cut % (body.byteLength + 1)).sort((a, b) => a - b), body.byteLength]
  return offsets.slice(1).map((end, i) => body.slice(offsets[i], end))
}

const pulled = (pieces: Uint8Array[]) =>
  new Response(
    new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = pieces.shift()
          if (next === undefined) controller.close()
          else controller.enqueue(next)
        },
      },
      { highWaterMark: 0 },
    ),
  )

// A node request stands in as the Readable it is; the reader under test is the kit's own.
const readDirect = (pieces: Uint8Array[], maxBytes: number) => {
  const req = Readable.from(
    pieces.map((piece) => Buffer.from(piece)),
    { objectMode: false },
  )
  return directRequestBody(req as never, () => {}).readAll(maxBytes)
}

const plain = (result: BodyReadResult) => (result.ok ? { ok: true, bytes: [...result.bytes] } : result)

describe('a body read in pieces', () => {
  it('reads the same as one piece, whatever the split, on both readers, limits included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.nat({ max: 320 }),
        async (body, cuts, maxBytes) => {
          const whole = plain(await readBodyWithLimit(pulled([body]), maxBytes))
          expect(whole).toEqual(
            body.byteLength > maxBytes ? { ok: false, reason: 'too_large' } : { ok: true, bytes: [...body] },
          )
          expect(plain(await readBodyWithLimit(pulled(split(body, cuts)), maxBytes))).toEqual(whole)
          expect(plain(await readDirect(split(body, cuts), maxBytes))).toEqual(whole)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('takes a body of 1-byte pieces whole up to the cap, and refuses it one byte past', async () => {
    const body = new TextEncoder().encode('{"to":"255712345678","text":"habari"}')
    const bytes = [...body].map((byte) => Uint8Array.of(byte))
    for (const read of [
      (max: number) => readBodyWithLimit(pulled([...bytes]), max),
      (max: number) => readDirect([...bytes], max),
    ]) {
      expect(plain(await read(body.byteLength))).toEqual({ ok: true, bytes: [...body] })
      expect(plain(await read(body.byteLength - 1))).toEqual({ ok: false, reason: 'too_large' })
    }
  })
})
