import { describe, expect, it } from 'vitest'
import { isLoopbackOrigin } from './loopback.ts'

describe('isLoopbackOrigin', () => {
  it.each([
    'http://localhost:5173',
    'http://localhost',
    'https://localhost:6006',
    'http://127.0.0.1:5173',
    'http://127.0.0.2:8080',
    'http://[::1]:5173',
    'http://app.localhost:3000',
    'http://localhost.:5173',
    'http://app.localhost.:3000',
  ])('takes the page on this machine %s', (origin) => {
    expect(isLoopbackOrigin(origin)).toBe(true)
  })

  it.each([
    'null',
    'https://evil.example',
    'http://localhost.evil.example',
    'http://localhost.evil.example.',
    'http://localhost..:5173',
    'http://127.0.0.1.nip.io',
    'http://192.168.1.20:5173',
    'file://',
    'chrome-extension://abc',
    'http://localhost:5173/',
    'HTTP://LOCALHOST:5173',
    '',
  ])('refuses %j, which is no loopback origin as a browser sends it', (origin) => {
    expect(isLoopbackOrigin(origin)).toBe(false)
  })
})
