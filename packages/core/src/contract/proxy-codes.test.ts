import { describe, expect, it } from 'vitest'
import * as core from '../index.ts'
import { isMockCode, isProxyCode } from './proxy-codes.ts'

// Every code the proxy makes, as core exports them for code that branches on them.
const exported = Object.entries(core).filter(([name]) => /^(PROXY|UPSTREAM)_[A-Z_]+$/.test(name))

describe('isProxyCode', () => {
  it('is true for every code the proxy makes, exported under its own name', () => {
    expect(exported.length).toBeGreaterThanOrEqual(16)
    for (const [name, value] of exported) {
      expect(value).toBe(name)
      expect(isProxyCode(value as string)).toBe(true)
    }
  })

  it("is false for Briq's codes", () => {
    for (const code of ['UNAUTHORIZED', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'ORIGIN_NOT_ALLOWED', 'SERVER_ERROR'])
      expect(isProxyCode(code)).toBe(false)
    expect(isProxyCode(undefined)).toBe(false)
  })
})

describe('isMockCode', () => {
  const mockCodes = Object.entries(core).filter(([name]) => /^MOCK_[A-Z_]+$/.test(name))

  it("is true for every code the standalone mock makes itself, and those are not the proxy's", () => {
    expect(mockCodes.length).toBeGreaterThanOrEqual(1)
    for (const [name, value] of mockCodes) {
      expect(value).toBe(name)
      expect(isMockCode(value as string)).toBe(true)
      expect(isProxyCode(value as string)).toBe(false)
    }
  })

  it("is false for the proxy's codes and Briq's", () => {
    for (const [, value] of exported) expect(isMockCode(value as string)).toBe(false)
    for (const code of ['UNAUTHORIZED', 'ORIGIN_NOT_ALLOWED', 'NOT_MOCK_CODE']) expect(isMockCode(code)).toBe(false)
    expect(isMockCode(undefined)).toBe(false)
  })
})
