import { describe, expect, it } from 'vitest'
import { clockOf } from './hour-cycle.ts'

describe('clockOf', () => {
  it('follows the region of the tag, as a phone set to it shows the time (CLDR through Intl)', () => {
    expect(clockOf('en-US')).toEqual({ hourCycle: 'h12', locale: 'en-US' })
    expect(clockOf('en_US').hourCycle).toBe('h12')
    expect(clockOf('en-GB').hourCycle).toBe('h23')
    expect(clockOf('en-KE').hourCycle).toBe('h23')
    expect(clockOf('sw-TZ')).toEqual({ hourCycle: 'h23', locale: 'sw-TZ' })
    expect(clockOf('sw').hourCycle).toBe('h23')
  })

  it('reads English without a region as the kit does (en-GB: 24 hours), and no tag as 24 hours', () => {
    expect(clockOf('en')).toEqual({ hourCycle: 'h23', locale: 'en-GB' })
    expect(clockOf(undefined)).toEqual({ hourCycle: 'h23', locale: 'en-GB' })
  })

  it("takes the tag's own -u-hc- choice over its region's", () => {
    expect(clockOf('sw-TZ-u-hc-h12')).toEqual({ hourCycle: 'h12', locale: 'sw-TZ-u-hc-h12' })
    expect(clockOf('en-u-hc-h12')).toEqual({ hourCycle: 'h12', locale: 'en-GB-u-hc-h12' })
    expect(clockOf('en-US-u-hc-h23').hourCycle).toBe('h23')
  })

  it('words the time in English for a language the kit does not speak, and never throws', () => {
    expect(clockOf('ar-EG')).toEqual({ hourCycle: 'h12', locale: 'en-GB' })
    expect(clockOf('fr').hourCycle).toBe('h23')
    for (const junk of ['', '  ', 'not a tag!', '-'])
      expect(clockOf(junk)).toEqual({ hourCycle: 'h23', locale: 'en-GB' })
  })

  it('words AM and PM in the tag once the host words the kit in it, and not before', () => {
    expect(clockOf('ar-EG', 'ar-EG')).toEqual({ hourCycle: 'h12', locale: 'ar-EG' })
    expect(clockOf('ar-EG', 'en')).toEqual({ hourCycle: 'h12', locale: 'en-GB' })
    expect(clockOf('ar-EG')).toEqual({ hourCycle: 'h12', locale: 'en-GB' })
    expect(clockOf('sw-TZ-u-hc-h12', 'sw')).toEqual({ hourCycle: 'h12', locale: 'sw-TZ-u-hc-h12' })
  })
})
