import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { getAt, removeAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))

describe('header and footer the type does not take', () => {
  it('removes a header of a kind the type does not allow, naming its kind', () => {
    const draft = setAt(createDraft('list'), ['header'], {
      type: 'image',
      image: { link: 'https://shop.example/a.png' },
    })
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ id: 'remove-header', labelKey: 'fix.removeHeader', params: { kind: 'image' } })
    expect(fix?.apply(draft)).toEqual(createDraft('list'))
  })

  it('removes a header or footer on a type that takes none', () => {
    const draft = {
      ...createDraft('location_request_message'),
      header: { type: 'text', text: 'Hi' },
      footer: { text: 'Bye' },
    }
    expect(fixesOf(draft).map((fix) => fix.id)).toEqual(['remove-header', 'remove-footer'])
    const fixed = fixesOf(draft).reduce<unknown>((next, fix) => fix.apply(next), draft)
    expect(fixed).toEqual(createDraft('location_request_message'))
  })

  it('removes an empty optional text header, never a required one', () => {
    const empty = setAt(createDraft('button'), ['header'], { type: 'text', text: '' })
    expect(fixesOf(empty).map((fix) => fix.id)).toEqual(['remove-header'])
    const required = setAt(createDraft('product_list'), ['header', 'text'], '')
    expect(fixesOf(required).map((fix) => fix.id)).not.toContain('remove-header')
  })
})

describe('unknown fields', () => {
  it('removes a field WhatsApp does not know, naming it', () => {
    const draft = { ...createDraft('button'), caption: 'x' }
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({
      id: 'remove-unknown:caption',
      labelKey: 'fix.removeUnknownField',
      params: { key: 'caption' },
    })
    expect(fix?.apply(draft)).toEqual(createDraft('button'))
  })
})

describe('section titles', () => {
  it('adds the titles WhatsApp requires once there are several sections', () => {
    let draft = applyDraftOperation(createDraft('list'), { op: 'add', path: ['action', 'sections'] })
    draft = applyDraftOperation(draft, {
      op: 'set',
      path: ['action', 'sections', 1, 'rows', 0, 'title'],
      value: 'Other',
    })
    draft = removeAt(removeAt(draft, ['action', 'sections', 0, 'title']), ['action', 'sections', 1, 'title'])
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ id: 'section-titles', labelKey: 'fix.addSectionTitles', params: { count: 2 } })
    const fixed = fix?.apply(draft)
    expect([
      getAt(fixed, ['action', 'sections', 0, 'title']),
      getAt(fixed, ['action', 'sections', 1, 'title']),
    ]).toEqual(['Section 1', 'Section 2'])
    expect(validateInteractive(fixed).ok).toBe(true)
    const sw = draftFixIts(draft, validateInteractive(draft), { text: { 'section.title': 'Sehemu {n}' } })[0]?.apply(
      draft,
    )
    expect(getAt(sw, ['action', 'sections', 1, 'title'])).toBe('Sehemu 2')
  })
})

describe('duplicate products', () => {
  it('removes the repeat of a product listed twice', () => {
    const draft = setAt(
      setAt(createDraft('product_list'), ['action', 'catalog_id'], 'cat-1'),
      ['action', 'sections', 0, 'product_items'],
      [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }, { product_retailer_id: 'sku-1' }],
    )
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ labelKey: 'fix.removeDuplicateProduct', params: { id: 'sku-1' } })
    expect(getAt(fix?.apply(draft), ['action', 'sections', 0, 'product_items'])).toEqual([
      { product_retailer_id: 'sku-1' },
      { product_retailer_id: 'sku-2' },
    ])
  })
})

describe('flow action', () => {
  it('switches data_exchange with a payload to navigate, keeping the screen', () => {
    const params = ['action', 'parameters']
    let draft = setAt(createDraft('flow'), [...params, 'flow_id'], '1234')
    draft = setAt(setAt(draft, [...params, 'flow_action'], 'data_exchange'), [...params, 'flow_action_payload'], {
      screen: 'WELCOME',
    })
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ id: 'flow-navigate', labelKey: 'fix.flowNavigate' })
    const fixed = fix?.apply(draft)
    expect(getAt(fixed, [...params, 'flow_action_payload'])).toEqual({ screen: 'WELCOME' })
    expect(validateInteractive(fixed).ok).toBe(true)
  })

  it('keeps data_exchange, dropping the payload it cannot take', () => {
    const params = ['action', 'parameters']
    let draft = setAt(createDraft('flow'), [...params, 'flow_id'], '1234')
    draft = setAt(setAt(draft, [...params, 'flow_action'], 'data_exchange'), [...params, 'flow_action_payload'], {
      screen: 'WELCOME',
      data: { table: 4 },
    })
    const fix = fixesOf(draft).find((candidate) => candidate.id === 'flow-drop-payload')
    expect(fix).toMatchObject({ labelKey: 'fix.dropFlowPayload', paths: [[...params, 'flow_action_payload']] })
    const fixed = fix?.apply(draft)
    expect(getAt(fixed, [...params, 'flow_action'])).toBe('data_exchange')
    expect(getAt(fixed, [...params, 'flow_action_payload'])).toBeUndefined()
    expect(validateInteractive(fixed).ok).toBe(true)
  })
})

describe('two sources where WhatsApp takes one', () => {
  it('keeps the media link or the media id, naming the one it drops', () => {
    const draft = setAt(createDraft('button'), ['header'], {
      type: 'image',
      image: { link: 'https://shop.example/a.png', id: '4490' },
    })
    const fixes = fixesOf(draft).filter((fix) => fix.id.startsWith('keep-'))
    expect(fixes.map((fix) => [fix.labelKey, fix.params])).toEqual([
      ['fix.keepMediaLink', { id: '4490' }],
      ['fix.keepMediaId', { id: '4490' }],
    ])
    const [link, id] = fixes.map((fix) => fix.apply(draft))
    expect(getAt(link, ['header', 'image'])).toEqual({ link: 'https://shop.example/a.png' })
    expect(getAt(id, ['header', 'image'])).toEqual({ id: '4490' })
    for (const fixed of [link, id]) expect(validateInteractive(fixed).ok).toBe(true)
  })

  it('moves a media ID typed as the link to the media ID, and a link typed as the ID to the link', () => {
    const header = (image: unknown) => setAt(createDraft('button'), ['header'], { type: 'document', document: image })
    // A media ID (the upload answer's digits) in the link: the link error gets the move.
    const asLink = header({ link: ' 1234567890 ', filename: 'menu.pdf' })
    const toId = fixesOf(asLink).find((fix) => fix.id === 'use-as-id:header.document')
    expect(toId).toMatchObject({ labelKey: 'fix.useAsMediaId', params: { id: '1234567890' } })
    expect(toId?.issues.map((issue) => issue.code)).toEqual(['invalid_url'])
    const moved = toId?.apply(asLink)
    expect(getAt(moved, ['header', 'document'])).toEqual({ id: '1234567890', filename: 'menu.pdf' })
    expect(validateInteractive(moved).ok).toBe(true)
    // A link in the media ID: no rule says an ID is digits, so it is a suggestion.
    const asId = header({ id: 'https://shop.example/menu.pdf' })
    const toLink = fixesOf(asId).find((fix) => fix.id === 'use-as-link:header.document')
    expect(toLink).toMatchObject({ labelKey: 'fix.useAsMediaLink', issues: [] })
    expect(getAt(toLink?.apply(asId), ['header', 'document'])).toEqual({ link: 'https://shop.example/menu.pdf' })
    // A carousel card's media too; a link that is no URL and an ID that is one stay as they are.
    const card = setAt(createDraft('carousel'), ['action', 'cards', 0, 'header', 'image'], { link: '4490' })
    expect(fixesOf(card).map((fix) => fix.id)).toContain('use-as-id:action.cards.0.header.image')
    for (const image of [{ link: 'picha ya 1' }, { id: '4490' }, { id: 'ftp://shop.example/a' }]) {
      expect(fixesOf(header(image)).map((fix) => fix.id)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^use-as-/)]),
      )
    }
  })

  it('keeps the flow id or the flow name, naming the one it drops', () => {
    const params = ['action', 'parameters']
    const draft = setAt(setAt(createDraft('flow'), [...params, 'flow_id'], '1234'), [...params, 'flow_name'], 'booking')
    const fixes = fixesOf(draft).filter((fix) => fix.id.startsWith('keep-'))
    expect(fixes.map((fix) => [fix.labelKey, fix.params])).toEqual([
      ['fix.keepFlowId', { name: 'booking' }],
      ['fix.keepFlowName', { id: '1234' }],
    ])
    const [byId, byName] = fixes.map((fix) => fix.apply(draft))
    expect(getAt(byId, params)).not.toHaveProperty('flow_name')
    expect(getAt(byName, params)).not.toHaveProperty('flow_id')
    for (const fixed of [byId, byName]) expect(validateInteractive(fixed).ok).toBe(true)
  })
})
