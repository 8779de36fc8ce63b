import { describe, expect, it, vi } from 'vitest'

// The usage states the switches' numbers as core holds them: with core's carousel default set
// apart from today's, the usage must follow it (no number written in the usage).
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return { ...real, carouselQuickReplyLimit: () => ({ ...real.carouselQuickReplyLimit(), max: 5 }) }
})

describe('USAGE', () => {
  it("reads the carousel quick replies' default from core", async () => {
    const { USAGE } = await import('./parse-cli-args.ts')
    expect(USAGE).toMatch(/quick replies per carousel card before a warning \(default 5\)/)
  })
})
