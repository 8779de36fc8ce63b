import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { axeReport } from '../testing/axe-report.ts'
import { spoken } from '../testing/spoken.ts'
import { renderBuilder } from './testing/browser-builder.tsx'

const drafts: Record<string, unknown> = {
  flow: createDraft('flow'),
  productList: createDraft('product_list'),
  image: {
    type: 'button',
    header: { type: 'image', image: { link: '' } },
    body: { text: 'x' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'b' } }] },
  },
  video: {
    type: 'button',
    header: { type: 'video', video: { id: '' } },
    body: { text: 'x' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'b' } }] },
  },
  doc: {
    type: 'button',
    header: { type: 'document', document: { link: 'x' } },
    body: { text: 'x' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'b' } }] },
  },
  voice: createDraft('voice_call'),
  addr: createDraft('address_message'),
}
describe('scratch', () => {
  for (const locale of ['en', 'sw'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const [name, value] of Object.entries(drafts)) {
        it(`${name} ${locale} ${theme}`, async () => {
          const { root } = renderBuilder({ defaultValue: value as never, locale, theme })
          const out: string[] = []
          if (theme === 'light')
            for (const el of root.querySelectorAll('input, textarea, select')) {
              const d = el.getAttribute('aria-describedby') ?? ''
              if (!/hint/.test(d)) continue
              out.push(await spoken(el))
            }
          const r = await axeReport(root)
          console.log(name, locale, theme, JSON.stringify(r.violations), '\n' + out.join('\n'))
          expect(r.violations).toEqual([])
        })
      }
})
