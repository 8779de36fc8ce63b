// Where a minified bundle's gzip bytes go, per area of the source: every output character is
// assigned to the source file its source map names, the files are grouped by `areaOf`, and an
// area's share is what gzip saves when that area's characters are left out. Shares overlap a
// little (gzip reuses text across areas), so they add up to slightly less than the whole.
import { gzipSync } from 'node:zlib'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The numbers of one source-map segment (Base64 VLQ, as the Source Map v3 format defines it). */
function decodeSegment(segment: string): number[] {
  const numbers: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
      continue
    }
    numbers.push(value & 1 ? -(value >> 1) : value >> 1)
    value = 0
    shift = 0
  }
  return numbers
}

/** The source index of every character of `code` (-1 where nothing is mapped). */
function sourceOfEachChar(code: string, mappings: string): Int32Array {
  const owner = new Int32Array(code.length).fill(-1)
  const lines = code.split('\n')
  let source = 0
  let lineStart = 0
  mappings.split(';').forEach((line, index) => {
    const starts: [column: number, source: number][] = []
    let column = 0
    for (const segment of line.split(',')) {
      if (segment === '') continue
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment)
      column += columnDelta
      if (sourceDelta !== undefined) source += sourceDelta
      starts.push([column, sourceDelta === undefined ? -1 : source])
    }
    const length = lines[index]?.length ?? 0
    starts.forEach(([from, owner_], i) => {
      const to = starts[i + 1]?.[0] ?? length
      owner.fill(owner_, lineStart + from, lineStart + to)
    })
    lineStart += length + 1
  })
  return owner
}

/** One area's share of a bundle. */
export interface AreaShare {
  area: string
  minBytes: number
  gzipBytes: number
}

/** Each area's minified and gzip bytes in `code`, largest gzip share first. */
export function gzipShares(
  code: string,
  sourceMap: { sources: string[]; mappings: string },
  areaOf: (source: string) => string,
): AreaShare[] {
  const owner = sourceOfEachChar(code, sourceMap.mappings)
  const areas = sourceMap.sources.map(areaOf)
  const charsByArea = new Map<string, boolean[]>()
  for (let i = 0; i < code.length; i++) {
    const source = owner[i] ?? -1
    const area = source < 0 ? '(bundler glue)' : (areas[source] ?? '?')
    let mask = charsByArea.get(area)
    if (mask === undefined) {
      mask = new Array<boolean>(code.length).fill(false)
      charsByArea.set(area, mask)
    }
    mask[i] = true
  }
  const total = gzipSync(code, { level: 9 }).length
  const shares: AreaShare[] = []
  for (const [area, mask] of charsByArea) {
    let rest = ''
    let minBytes = 0
    for (let i = 0; i < code.length; i++) {
      if (mask[i]) minBytes++
      else rest += code[i]
    }
    shares.push({ area, minBytes, gzipBytes: total - gzipSync(rest, { level: 9 }).length })
  }
  return shares.sort((a, b) => b.gzipBytes - a.gzipBytes)
}
