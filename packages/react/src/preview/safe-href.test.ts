import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href.ts'

describe('safeHref', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHref('https://briq.tz/docs?a=1')).toBe('https://briq.tz/docs?a=1')
    expect(safeHref(' HTTP://example.co.tz ')).toBe('http://example.co.tz/')
  })

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example',
    '/relative',
    'https://',
    '',
    undefined,
  ])('drops %j', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })
})
