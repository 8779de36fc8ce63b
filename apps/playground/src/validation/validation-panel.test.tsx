import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ValidationPanel } from './validation-panel.tsx'

// The quick-replies choice offers core's readings and shows core's default: with both set apart
// from today's (2 or 3, default 2), the panel must follow them (no reading written here).
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return {
    ...real,
    CAROUSEL_QUICK_REPLY_MAX_READINGS: [2, 3, 4],
    carouselQuickReplyLimit: (options?: { carouselQuickReplyMax?: number }) => ({
      ...real.carouselQuickReplyLimit(),
      max: options?.carouselQuickReplyMax ?? 4,
    }),
  }
})

describe('ValidationPanel', () => {
  it("offers core's quick-reply readings, its default picked when none is set", () => {
    render(<ValidationPanel value={{}} onValueChange={() => {}} />)
    const select = screen.getByRole('combobox', { name: /^Quick replies per carousel card before a warning/ })
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2', '3', '4'])
    expect(select).toHaveValue('4')
  })
})
