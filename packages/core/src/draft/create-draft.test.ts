import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES, type InteractiveType } from '../schemas/interactive.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { createDraft } from './create-draft.ts'
import { STARTER_TEXT } from './starter-text.ts'

const summary = (type: InteractiveType) => {
  const result = validateInteractive(createDraft(type))
  const list = (issues: { path: (string | number)[]; code: string }[]) =>
    issues.map((i) => `${i.path.join('.')} ${i.code}`)
  return { issues: list(result.ok ? [] : result.issues), warnings: list(result.warnings) }
}

// A new draft is valid unless WhatsApp needs something only the business knows; those fields
// are empty, so the issues point at exactly what to fill in.
const EXPECTED: Record<InteractiveType, { issues: string[]; warnings: string[] }> = {
  button: { issues: [], warnings: [] },
  list: { issues: [], warnings: [] },
  cta_url: { issues: ['action.parameters.url too_short'], warnings: [] },
  location_request_message: { issues: [], warnings: [] },
  flow: { issues: ['action.parameters.flow_id too_short'], warnings: [] },
  product: { issues: ['action.catalog_id too_short', 'action.product_retailer_id too_short'], warnings: [] },
  product_list: {
    issues: ['action.catalog_id too_short', 'action.sections.0.product_items.0.product_retailer_id too_short'],
    warnings: [],
  },
  // Meta's guide says the thumbnail is optional; the warning says the API has disagreed.
  catalog_message: { issues: [], warnings: ['action.parameters not_recommended'] },
  carousel: {
    issues: ['action.cards.0.header.image.link too_short', 'action.cards.1.header.image.link too_short'],
    warnings: [],
  },
  voice_call: { issues: [], warnings: [] },
  call_permission_request: { issues: [], warnings: [] },
  address_message: { issues: [], warnings: [] },
}

describe('createDraft', () => {
  it.each(INTERACTIVE_TYPES)('%s: validates with only the issues decided for it', (type) => {
    expect(summary(type)).toEqual(EXPECTED[type])
  })

  it('starts with real words and ids generated from the titles', () => {
    expect(createDraft('button')).toMatchObject({
      body: { text: STARTER_TEXT['button.body'] },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'yes-confirm', title: 'Yes, confirm' } },
          { type: 'reply', reply: { id: 'no-change-it', title: 'No, change it' } },
        ],
      },
    })
    const carousel = createDraft('carousel') as {
      action: { cards: { action: { buttons: { quick_reply: { id: string } }[] } }[] }
    }
    expect(carousel.action.cards.map((card) => card.action.buttons[0]?.quick_reply.id)).toEqual([
      'shop-now',
      'shop-now-2',
    ])
  })

  it('takes the words of the UI language, with ids from them', () => {
    const draft = createDraft('button', {
      text: {
        'button.body': 'Je, ungependa kuthibitisha oda yako?',
        'button.reply1': 'Ndiyo',
        'button.reply2': 'Hapana',
      },
    })
    expect(draft).toMatchObject({
      body: { text: 'Je, ungependa kuthibitisha oda yako?' },
      action: { buttons: [{ reply: { id: 'ndiyo', title: 'Ndiyo' } }, { reply: { id: 'hapana', title: 'Hapana' } }] },
    })
  })

  it('returns a fresh object every time', () => {
    const first = createDraft('list')
    expect(createDraft('list')).not.toBe(first)
    expect(createDraft('list')).toEqual(first)
  })
})
