import { describe, expect, it } from 'vitest'
import { formatPrice } from './format-price.ts'

describe('formatPrice', () => {
  it('formats whole amounts without decimals, in the locale’s way of writing the currency', () => {
    // Intl separates the currency from the amount with a no-break space.
    expect(formatPrice({ name: 'Simu', price: 385_000, currency: 'TZS' }, 'en')).toBe('TZS\u00a0385,000')
    expect(formatPrice({ name: 'Simu', price: 385_000, currency: 'TZS' }, 'sw')).toBe('TSh\u00a0385,000')
  })

  it('keeps cents when the price has them', () => {
    expect(formatPrice({ name: 'Book', price: 12.5, currency: 'usd' }, 'en')).toBe('$12.50')
  })

  it('shows an unknown currency code as written, and a price without one as a plain number', () => {
    expect(formatPrice({ name: 'x', price: 10, currency: 'shillings' }, 'en')).toBe('SHILLINGS 10')
    expect(formatPrice({ name: 'x', price: 2500 }, 'en')).toBe('2,500')
  })

  it('returns undefined without a usable price', () => {
    expect(formatPrice(undefined, 'en')).toBeUndefined()
    expect(formatPrice({ name: 'x' }, 'en')).toBeUndefined()
    expect(formatPrice({ name: 'x', price: Number.NaN, currency: 'TZS' }, 'en')).toBeUndefined()
    expect(formatPrice({ name: 'x', price: '5' as unknown as number, currency: 'TZS' }, 'en')).toBeUndefined()
  })
})
