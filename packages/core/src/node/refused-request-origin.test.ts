import { describe, expect, it } from 'vitest'
import { originInRawHead } from './refused-request-origin.ts'

const head = (lines: string) => Buffer.from(lines, 'latin1')

describe('originInRawHead', () => {
  it('reads the Origin of a head past the size limit, before or after the large line', () => {
    const big = 'a'.repeat(20_000)
    expect(originInRawHead(head(`GET / HTTP/1.1\r\nHost: x\r\nOrigin: https://admin.example\r\nCookie: ${big}`))).toBe(
      'https://admin.example',
    )
    expect(originInRawHead(head(`GET / HTTP/1.1\r\nX-Big: ${big}\r\norigin:  http://localhost:5173 \r\n\r\n`))).toBe(
      'http://localhost:5173',
    )
  })

  it('names no origin for a cut-off, repeated or missing Origin line, or bytes that are no request', () => {
    expect(originInRawHead(head('GET / HTTP/1.1\r\nOrigin: https://admin.exa'))).toBeUndefined()
    expect(
      originInRawHead(head('GET / HTTP/1.1\r\nOrigin: https://a.example\r\nOrigin: https://b.example\r\n\r\n')),
    ).toBeUndefined()
    expect(originInRawHead(head('GET / HTTP/1.1\r\nHost: x\r\n\r\n'))).toBeUndefined()
    expect(originInRawHead(head('GARBAGE\r\nOrigin: https://admin.example\r\n\r\n'))).toBeUndefined()
    // A header named like it is not it.
    expect(originInRawHead(head('GET / HTTP/1.1\r\nOrigin-X: https://admin.example\r\n\r\n'))).toBeUndefined()
  })

  it('reads the last request begun before the refused byte, not one pipelined before or after it', () => {
    const before = 'GET /a HTTP/1.1\r\nOrigin: https://first.example\r\n\r\n'
    const refused = 'GET /b HTTP/1.1\r\nOrigin: https://second.example\r\nX-Big: aaaa'
    const after = '\r\n\r\nGET /c HTTP/1.1\r\nOrigin: https://third.example\r\n\r\n'
    expect(originInRawHead(head(before + refused + after), before.length + refused.length)).toBe(
      'https://second.example',
    )
    // A refused request without one names none, though the one before it had one.
    expect(originInRawHead(head(`${before}GET /b HTTP/1.1\r\nX-Big: aaaa`))).toBeUndefined()
  })
})
