import { brotliCompressSync, gzipSync, zstdCompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { secretFinder } from './secret-finder.ts'

const TOKEN = 'page-token-4c1d9e7a2b'
const holds = secretFinder(TOKEN)
const text = (value: string) => Buffer.from(value)

describe('secretFinder', () => {
  it.each([
    ['as is', `const token = "${TOKEN}"`],
    ['JSON-escaped', `const token = "${TOKEN.replaceAll('-', '\\u002d')}"`],
    ['percent-encoded', `fetch("/api?t=${TOKEN.replaceAll('-', '%2D')}")`],
    ['in base64', `atob("${Buffer.from(`Bearer ${TOKEN}`).toString('base64')}")`],
    ['upper-cased', `const token = "${TOKEN.toUpperCase()}"`],
  ])('finds the token %s', (_name, bundle) => {
    expect(holds(text(bundle), '/dist/assets/index.js')).toBe(true)
  })

  it('finds it inside a precompressed copy: gzip and zstd by their bytes, brotli by its name', () => {
    // Long enough to be compressed: brotli and zstd keep a short text as it is.
    const bundle = text(`${'let a = 1;'.repeat(200)} const token = "${TOKEN}"; ${'let b = 2;'.repeat(200)}`)
    for (const packed of [gzipSync(bundle), zstdCompressSync(bundle), brotliCompressSync(bundle)])
      expect(packed.includes(TOKEN)).toBe(false)
    expect(holds(gzipSync(bundle), '/dist/assets/index.js.gz')).toBe(true)
    expect(holds(gzipSync(bundle), '/dist/assets/index.js.gzip-copy')).toBe(true)
    expect(holds(zstdCompressSync(bundle), '/dist/assets/index.js.zst')).toBe(true)
    expect(holds(brotliCompressSync(bundle), '/dist/assets/index.js.br')).toBe(true)
    expect(holds(gzipSync(brotliCompressSync(bundle)), '/dist/assets/index.js.br.gz')).toBe(true)
    // Cut short, as a copy still being written: what it holds so far is read.
    const noise = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251))
    const gzipped = gzipSync(Buffer.concat([bundle, noise]))
    expect(holds(gzipped.subarray(0, gzipped.length / 2), '/dist/assets/index.js.gz')).toBe(true)
  })

  it('counts a file past its cap, one it cannot unpack under it, or one compressed past its layers, as holding it', () => {
    expect(holds(Buffer.alloc(64 * 1024 * 1024 + 1, ' '), '/dist/big.txt')).toBe(true)
    expect(holds(Buffer.alloc(64 * 1024 * 1024, ' '), '/dist/big.txt')).toBe(false)
    expect(holds(gzipSync(Buffer.alloc(65 * 1024 * 1024)), '/dist/zeros.gz')).toBe(true)
    let layered = gzipSync(text('no secret here'))
    for (let i = 0; i < 3; i++) layered = gzipSync(layered)
    expect(holds(layered, '/dist/layered.gz')).toBe(true)
  })

  it('passes files without the token, compressed or not, and a .br file that is no brotli', () => {
    const page = text('<!doctype html><title>playground</title><script src="/assets/index.js"></script>')
    expect(holds(page, '/dist/index.html')).toBe(false)
    expect(holds(gzipSync(page), '/dist/index.html.gz')).toBe(false)
    expect(holds(brotliCompressSync(page), '/dist/index.html.br')).toBe(false)
    expect(holds(page, '/dist/index.html.br')).toBe(false)
    expect(holds(text(TOKEN.slice(0, -1)), '/dist/near.txt')).toBe(false)
  })

  it('looks for a token that is not printable ASCII as its UTF-8 bytes', () => {
    const unusual = secretFinder('tokeni-ñandú-2024')
    expect(unusual(text('x = "tokeni-ñandú-2024"'), '/dist/a.js')).toBe(true)
    expect(unusual(gzipSync(text('x = "tokeni-ñandú-2024"')), '/dist/a.js.gz')).toBe(true)
    expect(unusual(text('x = "tokeni-nandu-2024"'), '/dist/a.js')).toBe(false)
  })
})
