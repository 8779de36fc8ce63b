import { createDraft } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { axeReport } from '../testing/axe-report.ts'
import { renderBuilder } from './testing/browser-builder.tsx'

const reply = { action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'b' } }] } }

// Drafts whose fields carry the hints added for a new user: a flow's ID, token and screen, a
// catalog ID, a call payload, saved addresses, and each media kind's link or ID.
const DRAFTS: Record<string, unknown> = {
  flow: createDraft('flow'),
  'product list': createDraft('product_list'),
  'image link': { type: 'button', header: { type: 'image', image: { link: '' } }, body: { text: 'x' }, ...reply },
  'video ID': { type: 'button', header: { type: 'video', video: { id: '' } }, body: { text: 'x' }, ...reply },
  'document link': {
    type: 'button',
    header: { type: 'document', document: { link: 'x' } },
    body: { text: 'x' },
    ...reply,
  },
  'voice call': createDraft('voice_call'),
  address: createDraft('address_message'),
}

describe.each(['en', 'sw'] as const)('the builder with field hints, in %s', (locale) => {
  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    it.each(Object.entries(DRAFTS))('has no axe violations for a %s draft', async (_name, value) => {
      const { root } = renderBuilder({ defaultValue: value as never, locale, theme })
      expect((await axeReport(root)).violations).toEqual([])
    })
  })
})
