import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { createDraft } from '../create-draft.ts'
import { setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const typeFixesOf = (draft: unknown) =>
  draftFixIts(draft, validateInteractive(draft)).filter((fix) => /^as-(text|number):/.test(fix.id))

// Meta's Graph API refuses a value of the wrong JSON type ("(#100) Param … must be a string",
// chatwoot/chatwoot#13159); the form shows 100 and "100" alike, so the fix-it says which it is.
describe('a value of the right words but the wrong JSON type', () => {
  it('writes a call button’s minutes to live, sent as text, as a number', () => {
    // Call button messages guide: ttl_minutes is an integer (the page's example: 100).
    const draft = setAt(createDraft('voice_call'), ['action', 'parameters'], { ttl_minutes: '100' })
    const [fix] = typeFixesOf(draft)
    expect(fix).toMatchObject({ labelKey: 'fix.writeAsNumber', params: { value: '100' } })
    expect(validateInteractive(fix?.apply(draft))).toMatchObject({ ok: true })
  })

  it('writes an address PIN code, a catalog id and a reply id sent as numbers as text', () => {
    // Address messages guide: in_pin_code "400063"; share-products guide: catalog_id "194836987003835".
    const address = setAt(createDraft('address_message'), ['action', 'parameters', 'values'], { in_pin_code: 400063 })
    expect(typeFixesOf(address).map((fix) => [fix.labelKey, fix.params])).toEqual([
      ['fix.writeAsText', { value: '400063' }],
    ])
    const product = { type: 'product', action: { catalog_id: 194836987003835, product_retailer_id: 'ID_TEST_ITEM_1' } }
    const fixed = typeFixesOf(product)[0]?.apply(product)
    expect(fixed).toEqual({
      type: 'product',
      action: { catalog_id: '194836987003835', product_retailer_id: 'ID_TEST_ITEM_1' },
    })
    const button = setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], 1)
    expect(validateInteractive(typeFixesOf(button)[0]?.apply(button))).toMatchObject({ ok: true })
  })

  it('offers nothing where the value would change: digits lost in parsing, a fraction, other text', () => {
    const flow = setAt(createDraft('flow'), ['action', 'parameters', 'flow_id'], JSON.parse('12345678901234567890'))
    expect(typeFixesOf(flow)).toEqual([])
    for (const ttl of ['1.5', 'ten', '', 1.5]) {
      expect(typeFixesOf(setAt(createDraft('voice_call'), ['action', 'parameters'], { ttl_minutes: ttl }))).toEqual([])
    }
  })
})

describe('a JSON field holding its object as JSON text', () => {
  // Meta's older Flow messages page typed flow_action_payload.data as "String" ("must be a
  // non-empty object"); whatsapp-api-js's example data is { name: "John" }.
  const flow = setAt(createDraft('flow'), ['action', 'parameters'], {
    flow_message_version: '3',
    flow_name: 'my_welcome_flow',
    flow_cta: 'Start the Flow!',
    flow_action: 'navigate',
    flow_action_payload: { screen: 'FIRST_SCREEN', data: '{"name":"John"}' },
  })
  const jsonFixesOf = (draft: unknown) =>
    draftFixIts(draft, validateInteractive(draft)).filter((fix) => fix.id.startsWith('json-text:'))

  it('uses the object the text spells', () => {
    const [fix] = jsonFixesOf(flow)
    expect(fix).toMatchObject({
      labelKey: 'fix.parseJsonText',
      paths: [['action', 'parameters', 'flow_action_payload', 'data']],
    })
    const fixed = fix?.apply(flow)
    expect(fixed).toEqual(setAt(flow, ['action', 'parameters', 'flow_action_payload', 'data'], { name: 'John' }))
    expect(validateInteractive(fixed)).toMatchObject({ ok: true })
  })

  it('offers nothing for text that is not a JSON object', () => {
    for (const data of ['["John"]', 'John', '{name: "John"}', '42']) {
      expect(jsonFixesOf(setAt(flow, ['action', 'parameters', 'flow_action_payload', 'data'], data))).toEqual([])
    }
  })
})

describe('a choice written in another case', () => {
  const caseFixesOf = (draft: unknown) =>
    draftFixIts(draft, validateInteractive(draft)).filter((fix) => fix.id.startsWith('choice-case:'))

  it('writes a header kind spelt as Meta’s template components spell it ("IMAGE") as WhatsApp takes it here', () => {
    const draft = setAt(createDraft('button'), ['header'], {
      type: 'IMAGE',
      image: { link: 'https://www.luckyshrub.com/assets/lucky-shrub-banner-logo-v1.png' },
    })
    const [fix] = caseFixesOf(draft)
    expect(fix).toMatchObject({ labelKey: 'fix.writeAllowedValue', params: { value: 'image' } })
    expect(validateInteractive(fix?.apply(draft))).toMatchObject({ ok: true })
  })

  it('writes a flow’s mode and action in the case WhatsApp takes', () => {
    const flow = setAt(createDraft('flow'), ['action', 'parameters', 'flow_id'], '1')
    const draft = setAt(
      setAt(flow, ['action', 'parameters', 'mode'], 'DRAFT'),
      ['action', 'parameters', 'flow_action'],
      'Data-Exchange',
    )
    const fixes = caseFixesOf(draft)
    expect(fixes.map((fix) => fix.params.value)).toEqual(['draft', 'data_exchange'])
    expect(validateInteractive(fixes.reduce<unknown>((next, fix) => fix.apply(next), draft))).toMatchObject({
      ok: true,
    })
    expect(caseFixesOf(setAt(flow, ['action', 'parameters', 'mode'], 'live'))).toEqual([])
  })

  it('writes a message type in another case as WhatsApp takes it, keeping the whole message', () => {
    const draft = { ...createDraft('button'), type: 'BUTTON' }
    const fixes = draftFixIts(draft, validateInteractive(draft))
    expect(fixes.map((fix) => [fix.id, fix.params])).toEqual([['choice-case:type', { value: 'button' }]])
    expect(fixes[0]?.apply(draft)).toEqual(createDraft('button'))
  })
})
