import { describe, expect, it } from 'vitest'
import { safeHref, textLinkHref } from './safe-href.ts'

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

describe('textLinkHref', () => {
  it('keeps what core links in text: http(s), mailto: an address, tel: a number', () => {
    expect(textLinkHref('https://briq.tz/docs')).toBe('https://briq.tz/docs')
    expect(textLinkHref('mailto:Mauzo.Duka+tz@Shop.Mfano.co.tz')).toBe('mailto:Mauzo.Duka+tz@Shop.Mfano.co.tz')
    expect(textLinkHref('tel:+255712345678')).toBe('tel:+255712345678')
  })

  it.each(['javascript:alert(1)', 'mailto:a@b.tz?subject=x&body=y', 'tel:+255712345678;ext=1', 'sms:+255712345678'])(
    'drops %j',
    (href) => {
      expect(textLinkHref(href)).toBeUndefined()
    },
  )
})
