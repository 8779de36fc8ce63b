import { describe, expect, it } from 'vitest'
import { MOCK_POLL_INTERVAL_MS, statusPolling } from './status-polling.ts'

describe('statusPolling', () => {
  it('polls the in-browser mock at one steady interval, so a late reply still shows quickly', () => {
    expect(statusPolling('mock')).toEqual({ intervalMs: MOCK_POLL_INTERVAL_MS, maxIntervalMs: MOCK_POLL_INTERVAL_MS })
    expect(statusPolling('mock', 10)).toEqual({ intervalMs: 10, maxIntervalMs: 10 })
  })

  it("keeps core's backoff against a real endpoint", () => {
    expect(statusPolling('proxy')).toEqual({})
    expect(statusPolling('proxy', 2000)).toEqual({ intervalMs: 2000 })
  })
})
