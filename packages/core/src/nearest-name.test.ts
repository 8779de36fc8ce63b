import { describe, expect, it } from 'vitest'
import { nearestName } from './nearest-name.ts'

const NAMES = ['apiKey', 'allowedOrigins', 'maxBodyBytes', 'maxResponseBytes', 'timeoutMs', 'fetch', 'log']

describe('nearestName', () => {
  it.each([
    ['maxBodyByte', 'maxBodyBytes'], // one deletion
    ['allowedOrigin', 'allowedOrigins'],
    ['apikey', 'apiKey'], // case alone is no edit
    ['APIKEY', 'apiKey'],
    ['tiemoutMs', 'timeoutMs'], // a swap is two edits
    ['timeout', 'timeoutMs'],
    ['fecth', 'fetch'],
    ['logs', 'log'],
  ])('suggests for %s: %s', (name, expected) => {
    expect(nearestName(name, NAMES)).toBe(expected)
  })

  it.each([
    ['timeoutSeconds'], // far from every name
    ['origins'],
    ['x'.repeat(10_000)],
    [''],
  ])('suggests nothing for %s', (name) => {
    expect(nearestName(name, NAMES)).toBeUndefined()
  })

  it('suggests nothing when two names are equally near', () => {
    expect(nearestName('maxBytes', ['maxABytes', 'maxBBytes'])).toBeUndefined()
    expect(nearestName('maxBytes', ['maxABytes', 'maxBBytes', 'MaxBytes'])).toBe('MaxBytes')
  })

  it('takes the nearest of several within reach, and honours another reach', () => {
    expect(nearestName('color', ['colour', 'colors', 'color2s'])).toBeUndefined()
    expect(nearestName('colr', ['colour', 'color'])).toBe('color')
    expect(nearestName('colr', ['colour'], 1)).toBeUndefined()
    expect(nearestName('colr', ['colour'], 2)).toBe('colour')
  })
})
