import { describe, expect, it, vi } from 'vitest'

// The usage states the send check's numbers as core holds them: with core's limits and switch
// readings set apart from today's values, the usage must follow them (no number written here).
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  const body = { ...real.LIMITS.body, text: { ...real.LIMITS.body.text, max: 11 } }
  body.listTextExtended = { ...real.LIMITS.body.listTextExtended, max: 22 }
  return {
    ...real,
    LIMITS: { ...real.LIMITS, body },
    CAROUSEL_QUICK_REPLY_MAX_READINGS: [5, 6],
    carouselQuickReplyLimit: () => ({ ...real.carouselQuickReplyLimit(), max: 5 }),
  }
})

describe('PROXY_USAGE', () => {
  it("reads the switches' numbers from core", async () => {
    const { PROXY_USAGE } = await import('./proxy-usage.ts')
    expect(PROXY_USAGE).toContain('list bodies up to 22 characters instead of 11')
    expect(PROXY_USAGE).toContain('5 (default) or 6: quick replies per carousel card before a warning')
  })
})
