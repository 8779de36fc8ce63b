import { describe, expect, it } from 'vitest'
import { decimalSetting, portSetting } from './decimal-setting.ts'

describe('decimalSetting', () => {
  it('reads decimal digits, with a fraction only when asked', () => {
    expect(decimalSetting(' 8080 ')).toBe(8080)
    expect(decimalSetting('0.5')).toBeNaN()
    expect(decimalSetting('0.5', { fraction: true })).toBe(0.5)
    expect(decimalSetting('.5', { fraction: true })).toBe(0.5)
  })

  it.each(['0x10', '1e3', '0b1', 'Infinity', '-1', '', ' '])('is NaN for %j', (raw) => {
    expect(decimalSetting(raw, { fraction: true })).toBeNaN()
  })
})

describe('portSetting', () => {
  it('takes 0 (any free port) to 65535', () => {
    expect(portSetting('0')).toBe(0)
    expect(portSetting('65535')).toBe(65535)
  })

  it.each(['65536', '0x10', '80.5', '-80', ''])('is NaN for %j', (raw) => {
    expect(portSetting(raw)).toBeNaN()
  })
})
