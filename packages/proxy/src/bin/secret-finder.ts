import { brotliDecompressSync, constants, gunzipSync, zstdDecompressSync } from 'node:zlib'
import { createSecretRedactor, PRINTABLE_ASCII } from '../redact-secret.ts'
import type { FileCheck, Withheld } from './serve-static.ts'

// Far past any built page's file, as it is or unpacked; a larger one is not read through (its
// text would be past what a string can hold), and is not served: it could not be checked.
export const MAX_CHECKED_BYTES = 64 * 1024 * 1024
// A copy compressed again (`.gz` of a `.br`) is unpacked again, this many times at most; one
// still compressed past that could not be checked either.
const MAX_LAYERS = 3

const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

// What a file's bytes unpack to when they are a compressed copy a visitor can unpack: gzip and
// zstd by their magic numbers, brotli (which has none) by its `.br` name. Truncated input gives
// what it holds so far; null when they are no such copy (or a broken one).
function unpacked(bytes: Uint8Array, name: string): Uint8Array | 'too large' | null {
  const limits = { maxOutputLength: MAX_CHECKED_BYTES }
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b)
      return gunzipSync(bytes, { ...limits, finishFlush: constants.Z_SYNC_FLUSH })
    if (bytes[0] === 0x28 && bytes[1] === 0xb5 && bytes[2] === 0x2f && bytes[3] === 0xfd)
      return zstdDecompressSync(bytes, { ...limits, finishFlush: constants.ZSTD_e_flush })
    if (name.toLowerCase().endsWith('.br'))
      return brotliDecompressSync(bytes, { ...limits, finishFlush: constants.BROTLI_OPERATION_FLUSH })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'too large'
  }
  return null
}

/**
 * A check of a file's bytes (and its name) for one secret: in every spelling the proxy's
 * redactor knows (as is, JSON-escaped, percent-encoded, base64…), also inside a gzip, zstd or
 * brotli copy (`index.js.gz`, `index.js.br` beside `index.js`), which a visitor can fetch and
 * unpack: `holds` when it is there. A file over 64 MiB, a compressed copy that unpacks to more or
 * is compressed past 3 layers is `unchecked`: it may hold it. A secret that is not printable
 * ASCII is looked for as its UTF-8 bytes.
 */
export function secretFinder(secret: string): FileCheck {
  const raw = Buffer.from(secret)
  const spelled = PRINTABLE_ASCII.test(secret) ? createSecretRedactor(secret) : null
  const check = (bytes: Uint8Array, name: string, layer: number): Withheld | undefined => {
    if (bytes.byteLength > MAX_CHECKED_BYTES) return 'unchecked'
    const found = spelled
      ? spelled.test(lenientUtf8.decode(bytes))
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(raw)
    if (found) return 'holds'
    const inner = unpacked(bytes, name)
    if (inner === null) return undefined
    if (inner === 'too large' || layer === MAX_LAYERS) return 'unchecked'
    // The name of the copy inside: `index.js.br.gz` holds `index.js.br`.
    return check(inner, name.replace(/\.(?:gz|br|zst)$/i, ''), layer + 1)
  }
  return { maxBytes: MAX_CHECKED_BYTES, check: (bytes, name) => check(bytes, name, 0) }
}
