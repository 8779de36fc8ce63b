import { describe, expect, it } from 'vitest'
import { isContactLinkHref } from './contact-link-href.ts'
import type { FormattingNode } from './formatting-node.ts'
import { parseFormatting } from './parse-formatting.ts'

const hrefs = (nodes: FormattingNode[]): string[] =>
  nodes.flatMap((node) => (node.type === 'link' ? [node.href] : 'children' in node ? hrefs(node.children) : []))

describe('isContactLinkHref', () => {
  it('takes the mailto: and tel: links parseFormatting makes, and no http(s) one', () => {
    const text = 'Mauzo.Duka+tz@Shop.Mfano.co.tz, 00255 712 345 678, +1-202-555-0143, +44 20 7946 0958, https://briq.tz'
    const found = hrefs(parseFormatting(text))
    expect(found).toHaveLength(5)
    expect(found.map(isContactLinkHref)).toEqual([true, true, true, true, false])
  })

  it.each([
    'javascript:alert(1)',
    'mailto:',
    'mailto:a@b.tz?subject=x&body=y',
    'mailto:a@b.tz,c@d.tz',
    'MAILTO:a@b.tz\njavascript:x',
    'tel:',
    'tel:0712345678',
    'tel:+0712345678',
    'tel:+1234567',
    'tel:+1234567890123456',
    'tel:+255 712',
    'tel:+255712345678;ext=1',
    'sms:+255712345678',
    'data:text/html,x',
  ])('refuses %j', (href) => {
    expect(isContactLinkHref(href)).toBe(false)
  })
})
