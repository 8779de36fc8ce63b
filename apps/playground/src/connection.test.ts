import { describe, expect, it } from 'vitest'
import { connectionFromEnv, MOCK_ENDPOINT } from './connection.ts'

describe('connectionFromEnv', () => {
  it('uses the in-browser mock with its public fixture key by default', () => {
    expect(connectionFromEnv({})).toEqual({
      mode: 'mock',
      endpoint: MOCK_ENDPOINT,
      headers: { 'X-API-Key': 'mock-api-key' },
    })
    expect(connectionFromEnv({ VITE_BRIQ_ENDPOINT: '  ' }).mode).toBe('mock')
  })

  it('talks to VITE_BRIQ_ENDPOINT with no API key, and the proxy token as a bearer token', () => {
    expect(connectionFromEnv({ VITE_BRIQ_ENDPOINT: 'http://localhost:8787/api/briq' })).toEqual({
      mode: 'proxy',
      endpoint: 'http://localhost:8787/api/briq',
      headers: {},
    })
    expect(
      connectionFromEnv({ VITE_BRIQ_ENDPOINT: '/api/briq', VITE_BRIQ_PROXY_TOKEN: 'local-token' }).headers,
    ).toEqual({ Authorization: 'Bearer local-token' })
  })
})
