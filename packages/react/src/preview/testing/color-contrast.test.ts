import { describe, expect, it } from 'vitest'
import { composite, contrastRatio, parseCssColor } from './color-contrast.ts'

describe('color-contrast (test helper for the screenshot checks)', () => {
  it('parses computed rgb(), rgba(), space-separated and color(srgb) colours', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 })
    expect(parseCssColor('rgba(0, 0, 0, 0.6)')).toEqual({ r: 0, g: 0, b: 0, a: 0.6 })
    expect(parseCssColor('rgb(10 20 30 / 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 })
    expect(parseCssColor('color(srgb 1 0.5 0 / 0.16)')).toEqual({ r: 255, g: 127.5, b: 0, a: 0.16 })
    expect(parseCssColor('color(srgb 0 0 1)')).toEqual({ r: 0, g: 0, b: 255, a: 1 })
    expect(() => parseCssColor('#ffffff')).toThrow('Not a computed rgb()/rgba()/color(srgb) colour: "#ffffff"')
  })

  it('gives WCAG ratios: 21 for black on white, 1 for equal colours', () => {
    const white = parseCssColor('rgb(255, 255, 255)')
    expect(contrastRatio(parseCssColor('rgb(0, 0, 0)'), white)).toBeCloseTo(21, 5)
    expect(contrastRatio(white, white)).toBe(1)
    // WhatsApp's secondary text rgba(0,0,0,.6) on a white bubble is about 5.7:1.
    expect(contrastRatio(parseCssColor('rgba(0, 0, 0, 0.6)'), white)).toBeCloseTo(5.74, 1)
  })

  it('composites translucent text over its background', () => {
    const mixed = composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 200, g: 100, b: 50, a: 1 })
    expect(mixed).toEqual({ r: 100, g: 50, b: 25, a: 1 })
  })
})
