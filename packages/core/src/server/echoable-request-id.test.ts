import { describe, expect, it } from 'vitest'
import { isEchoableRequestId } from './echoable-request-id.ts'

describe('isEchoableRequestId', () => {
  it('takes up to 128 plain characters', () => {
    for (const id of ['r-1', 'proxy.req-42:a_b', 'x'.repeat(128)]) expect(isEchoableRequestId(id)).toBe(true)
  })

  it('refuses what could smuggle markup or header syntax, an empty one and a long one', () => {
    for (const id of [null, '', 'a'.repeat(129), '<script>', 'two words', 'a/b', 'a\r\nSet-Cookie: x']) {
      expect(isEchoableRequestId(id)).toBe(false)
    }
  })

  it('asks at least minLength when given', () => {
    expect(isEchoableRequestId('1234567', 8)).toBe(false)
    expect(isEchoableRequestId('12345678', 8)).toBe(true)
  })
})
