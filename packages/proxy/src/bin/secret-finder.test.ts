import { brotliCompressSync, gzipSync, zstdCompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { secretFinder } from './secret-finder.ts'

const TOKEN = 'page-token-4c1d9e7a2b'
const { check: holds } = secretFinder(TOKEN)
const text = (value: string) => Buffer.from(value)

describe('secretFinder', () => {
  it.each([
    ['as is', `const token = "${TOKEN}"`],
    ['JSON-escaped', `const token = "${TOKEN.replaceAll('-', '\\u002d')}"`],
    ['percent-encoded', `fetch("/api?t=${TOKEN.replaceAll('-', '%2D')}")`],
    ['in base64', `atob("${Buffer.from(`Bearer ${TOKEN}`).toString('base64')}")`],
    ['upper-cased', `const token = "${TOKEN.toUpperCase()}"`],
  ])('finds the token %s', (_name, bundle) => {
    expect(holds(text(bundle), '/dist/assets/index.js')).toBe('holds')
  })

  it('finds it inside a precompressed copy: gzip and zstd by their bytes, brotli by its name', () => {
    // Long enough to be compressed: brotli and zstd keep a short text as it is.
    const bundle = text(`${'let a = 1;'.repeat(200)} const token = "${TOKEN}"; ${'let b = 2;'.repeat(200)}`)
    for (const packed of [gzipSync(bundle), zstdCompressSync(bundle), brotliCompressSync(bundle)])
      expect(packed.includes(TOKEN)).toBe(false)
    expect(holds(gzipSync(bundle), '/dist/assets/index.js.gz')).toBe('holds')
    expect(holds(gzipSync(bundle), '/dist/assets/index.js.gzip-copy')).toBe('holds')
    expect(holds(zstdCompressSync(bundle), '/dist/assets/index.js.zst')).toBe('holds')
    expect(holds(brotliCompressSync(bundle), '/dist/assets/index.js.br')).toBe('holds')
    expect(holds(gzipSync(brotliCompressSync(bundle)), '/dist/assets/index.js.br.gz')).toBe('holds')
    // Cut short, as a copy still being written: what it holds so far is read.
    const noise = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251))
    const gzipped = gzipSync(Buffer.concat([bundle, noise]))
    expect(holds(gzipped.subarray(0, gzipped.length / 2), '/dist/assets/index.js.gz')).toBe('holds')
  })

  // 64 MB allocated, 65 MB deflated and inflated, synchronously: a second alone on a quiet machine,
  // more in the proxy project's shared worker on two loaded cores. A budget, not a speed check.
  it('counts a file past its cap, one it cannot unpack under it, or one compressed past its layers, as unchecked', {
    timeout: 30_000,
  }, () => {
    expect(holds(Buffer.alloc(64 * 1024 * 1024 + 1, ' '), '/dist/big.txt')).toBe('unchecked')
    expect(holds(Buffer.alloc(64 * 1024 * 1024, ' '), '/dist/big.txt')).toBeUndefined()
    expect(holds(gzipSync(Buffer.alloc(65 * 1024 * 1024)), '/dist/zeros.gz')).toBe('unchecked')
    let layered = gzipSync(text('no secret here'))
    for (let i = 0; i < 3; i++) layered = gzipSync(layered)
    expect(holds(layered, '/dist/layered.gz')).toBe('unchecked')
  })

  it('passes files without the token, compressed or not, and a .br file that is no brotli', () => {
    const page = text('<!doctype html><title>playground</title><script src="/assets/index.js"></script>')
    expect(holds(page, '/dist/index.html')).toBeUndefined()
    expect(holds(gzipSync(page), '/dist/index.html.gz')).toBeUndefined()
    expect(holds(brotliCompressSync(page), '/dist/index.html.br')).toBeUndefined()
    expect(holds(page, '/dist/index.html.br')).toBeUndefined()
    expect(holds(text(TOKEN.slice(0, -1)), '/dist/near.txt')).toBeUndefined()
  })

  it('looks for a token that is not printable ASCII as its UTF-8 bytes', () => {
    const { check: unusual } = secretFinder('tokeni-ñandú-2024')
    expect(unusual(text('x = "tokeni-ñandú-2024"'), '/dist/a.js')).toBe('holds')
    expect(unusual(gzipSync(text('x = "tokeni-ñandú-2024"')), '/dist/a.js.gz')).toBe('holds')
    expect(unusual(text('x = "tokeni-nandu-2024"'), '/dist/a.js')).toBeUndefined()
  })
})
