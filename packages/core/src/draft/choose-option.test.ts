import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { applyDraftOperation, tryDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive } from './describe-interactive.ts'
import type { ChoiceDescription } from './draft-description.ts'
import { getAt, setAt } from './draft-path.ts'
import { issueAnchor } from './issue-anchor.ts'
import { alsoHeldOptions, readChoice } from './read-choice.ts'

const choose = (draft: unknown, path: (string | number)[], value: string) =>
  applyDraftOperation(draft, { op: 'choose', path, value })

// Which options besides the chosen one a form shows, and why.
const held = (draft: unknown, choice: ChoiceDescription) =>
  alsoHeldOptions(draft, choice).map(({ option, reason }) => [option.value, reason])

describe('choose', () => {
  it('switches the header between none, text and media, keeping the media source across media kinds', () => {
    const description = describeInteractive('button')
    const header = description.header
    if (header === undefined) throw new Error('button has a header')
    let draft: unknown = createDraft('button')
    expect(readChoice(draft, header)).toBe('none')
    draft = choose(draft, ['header'], 'text')
    expect(getAt(draft, ['header'])).toEqual({ type: 'text', text: '' })
    draft = choose(draft, ['header'], 'image')
    expect(getAt(draft, ['header'])).toEqual({ type: 'image', image: { link: '' } })
    draft = applyDraftOperation(draft, {
      op: 'set',
      path: ['header', 'image', 'link'],
      value: 'https://shop.example/a.png',
    })
    draft = choose(draft, ['header'], 'document')
    expect(getAt(draft, ['header'])).toEqual({ type: 'document', document: { link: 'https://shop.example/a.png' } })
    expect(readChoice(draft, header)).toBe('document')
    expect(choose(draft, ['header'], 'none')).not.toHaveProperty('header')
  })

  it('keeps a header sub_text across its kinds, as every kind takes one', () => {
    let draft = setAt(createDraft('button'), ['header'], { type: 'text', text: 'Sale', sub_text: 'Today only' })
    draft = choose(draft, ['header'], 'image')
    expect(getAt(draft, ['header'])).toEqual({ type: 'image', image: { link: '' }, sub_text: 'Today only' })
    draft = choose(draft, ['header'], 'document')
    expect(getAt(draft, ['header', 'sub_text'])).toBe('Today only')
    draft = choose(draft, ['header'], 'text')
    expect(getAt(draft, ['header'])).toEqual({ type: 'text', text: '', sub_text: 'Today only' })
  })

  it('picking one media source of a header that has both keeps the value it had', () => {
    const draft = {
      ...createDraft('button'),
      header: { type: 'image', image: { link: 'https://shop.example/a.png', id: '4490' } },
    }
    // The form shows both, the ID picked: picking "A link (URL)" keeps the link (the fix-its keep either).
    expect(getAt(choose(draft, ['header', 'image'], 'link'), ['header', 'image'])).toEqual({
      link: 'https://shop.example/a.png',
    })
  })

  it('offers only the header kinds the type allows', () => {
    expect(tryDraftOperation(createDraft('list'), { op: 'choose', path: ['header'], value: 'image' })).toEqual({
      ok: false,
      reason: 'invalid_value',
    })
    expect(tryDraftOperation(createDraft('carousel'), { op: 'choose', path: ['header'], value: 'text' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(
      tryDraftOperation(createDraft('product_list'), { op: 'choose', path: ['header'], value: 'none' }),
    ).toMatchObject({
      ok: false,
    })
    expect(
      tryDraftOperation(
        createDraft('flow'),
        { op: 'choose', path: ['header'], value: 'video' },
        { allowFlowMediaHeader: true },
      ),
    ).toMatchObject({ ok: true, draft: { header: { type: 'video', video: { link: '' } } } })
  })

  it('switches media between link and uploaded id, keeping a document file name', () => {
    let draft = choose(createDraft('cta_url'), ['header'], 'document')
    draft = applyDraftOperation(draft, { op: 'set', path: ['header', 'document', 'filename'], value: 'menu.pdf' })
    draft = choose(draft, ['header', 'document'], 'id')
    expect(getAt(draft, ['header', 'document'])).toEqual({ id: '', filename: 'menu.pdf' })
    draft = choose(draft, ['header', 'document'], 'link')
    expect(getAt(draft, ['header', 'document'])).toEqual({ link: '', filename: 'menu.pdf' })
  })

  it('switches a carousel card between image and video, and its media between link and id', () => {
    const card = ['action', 'cards', 1]
    let draft = applyDraftOperation(createDraft('carousel'), {
      op: 'set',
      path: [...card, 'header', 'image', 'link'],
      value: 'https://shop.example/1.png',
    })
    draft = choose(draft, [...card, 'header'], 'video')
    expect(getAt(draft, [...card, 'header'])).toEqual({ type: 'video', video: { link: 'https://shop.example/1.png' } })
    draft = choose(draft, [...card, 'header', 'video'], 'id')
    expect(getAt(draft, [...card, 'header'])).toEqual({ type: 'video', video: { id: '' } })
    expect(getAt(draft, ['action', 'cards', 0, 'header'])).toEqual({ type: 'image', image: { link: '' } })
    expect(tryDraftOperation(draft, { op: 'choose', path: [...card, 'header'], value: 'text' })).toEqual({
      ok: false,
      reason: 'invalid_value',
    })
  })

  it('finds a flow by id or by name, never both', () => {
    const params = ['action', 'parameters']
    let draft = choose(createDraft('flow'), params, 'name')
    expect(getAt(draft, params)).not.toHaveProperty('flow_id')
    expect(getAt(draft, [...params, 'flow_name'])).toBe('')
    draft = choose(draft, params, 'id')
    expect(getAt(draft, params)).not.toHaveProperty('flow_name')
  })

  it('drops the flow payload for data_exchange, as Meta requires', () => {
    const params = ['action', 'parameters']
    let draft = applyDraftOperation(createDraft('flow'), {
      op: 'set',
      path: [...params, 'flow_action_payload', 'screen'],
      value: 'WELCOME',
    })
    draft = choose(draft, [...params, 'flow_action'], 'data_exchange')
    expect(getAt(draft, params)).not.toHaveProperty('flow_action_payload')
    expect(getAt(draft, [...params, 'flow_action'])).toBe('data_exchange')
    expect(getAt(choose(draft, [...params, 'flow_action'], 'navigate'), [...params, 'flow_action'])).toBe('navigate')
  })

  it('reads a flow action it does not know as it is, and Navigate then sets navigate, keeping the payload', () => {
    const params = ['action', 'parameters']
    const action = describeInteractive('flow').action.find(
      (node) => node.node === 'choice' && node.choice === 'flowAction',
    )
    if (action?.node !== 'choice') throw new Error('flow has an action choice')
    let draft = applyDraftOperation(createDraft('flow'), {
      op: 'set',
      path: [...params, 'flow_action_payload', 'screen'],
      value: 'WELCOME',
    })
    // From imported JSON: a value WhatsApp does not take, which the form must not call Navigate.
    draft = applyDraftOperation(draft, { op: 'set', path: [...params, 'flow_action'], value: 'open_screen' })
    expect(readChoice(draft, action)).toBe('open_screen')
    const holding = (value: unknown) => setAt(draft, [...params, 'flow_action'], value)
    expect(readChoice(holding(7), action)).toBe('7')
    expect(readChoice(holding(null), action)).toBe('null')
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(readChoice(holding(cycle), action)).toBe('{…}')
    expect(readChoice(holding(Array.from({ length: 100_000 }, () => 'navigate')), action)).toBe('[…]')
    expect(readChoice(createDraft('flow'), action)).toBe('navigate')
    // The payload it holds belongs to navigate: a form shows it, and where its issues go.
    expect(held(draft, action)).toEqual([['navigate', 'onlyWithOption']])
    expect(issueAnchor(draft, [...params, 'flow_action_payload', 'screen'])).toEqual({
      kind: 'field',
      path: [...params, 'flow_action_payload', 'screen'],
    })
    // Beside data_exchange too: the endpoint sends the first screen, so WhatsApp takes no payload.
    expect(held(holding('data_exchange'), action)).toEqual([['navigate', 'onlyWithOption']])
    expect(held(setAt(holding('data_exchange'), [...params, 'flow_action_payload'], undefined), action)).toEqual([])
    expect(held(holding('navigate'), action)).toEqual([])
    expect(
      alsoHeldOptions(setAt(holding('open_screen'), [...params, 'flow_action_payload'], undefined), action),
    ).toEqual([])
    draft = choose(draft, [...params, 'flow_action'], 'navigate')
    expect(getAt(draft, [...params, 'flow_action'])).toBe('navigate')
    expect(getAt(draft, [...params, 'flow_action_payload'])).toEqual({ screen: 'WELCOME' })
  })

  it('reads two sources held at once (from JSON) as the one the message uses, the other also held, until one is picked', () => {
    const [header] = [describeInteractive('button').header]
    const source = header?.options.find((option) => option.value === 'image')?.fields[0]
    if (source?.node !== 'choice') throw new Error('an image header has a source choice')
    const both = setAt(createDraft('button'), ['header'], {
      type: 'image',
      image: { link: 'https://a.example/x.png', id: '4490' },
    })
    // The validators report the link as what cannot be combined with the id: the id is the one used.
    expect(readChoice(both, source)).toBe('id')
    expect(held(both, source)).toEqual([['link', 'otherSource']])
    expect(alsoHeldOptions(createDraft('button'), source)).toEqual([])
    const linkOnly = choose(both, ['header', 'image'], 'link')
    expect(getAt(linkOnly, ['header', 'image'])).toEqual({ link: 'https://a.example/x.png' })
    expect(alsoHeldOptions(linkOnly, source)).toEqual([])

    const target = describeInteractive('flow').action.find(
      (node) => node.node === 'choice' && node.choice === 'flowTarget',
    )
    if (target?.node !== 'choice') throw new Error('flow has a target choice')
    const params = ['action', 'parameters']
    const flow = setAt(setAt(createDraft('flow'), [...params, 'flow_id'], '1234'), [...params, 'flow_name'], 'booking')
    expect(readChoice(flow, target)).toBe('id')
    expect(held(flow, target)).toEqual([['name', 'otherSource']])
  })

  it('turns every carousel card into the new kind, keeping button labels and card bodies', () => {
    let draft = applyDraftOperation(createDraft('carousel'), {
      op: 'set',
      path: ['action', 'cards', 0, 'body', 'text'],
      value: '*New* in store',
    })
    draft = choose(draft, ['action', 'cards'], 'url')
    expect(getAt(draft, ['action', 'cards', 0])).toEqual({
      card_index: 0,
      type: 'cta_url',
      header: { type: 'image', image: { link: '' } },
      body: { text: '*New* in store' },
      action: { name: 'cta_url', parameters: { display_text: 'Shop now', url: '' } },
    })
    draft = choose(draft, ['action', 'cards'], 'quickReply')
    expect(getAt(draft, ['action', 'cards', 1, 'action'])).toEqual({
      buttons: [{ type: 'quick_reply', quick_reply: { id: 'shop-now-2', title: 'Shop now' } }],
    })
    draft = choose(draft, ['action', 'cards'], 'product')
    expect(getAt(draft, ['action', 'cards', 1])).toEqual({
      card_index: 1,
      type: 'product',
      action: { product_retailer_id: '', catalog_id: '' },
    })
    const result = validateInteractive(draft)
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
      'too_short',
      'too_short',
      'too_short',
      'too_short',
    ])
  })

  it('is a no-op when the option is already chosen, and refuses unknown paths', () => {
    const draft = createDraft('button')
    expect(choose(draft, ['header'], 'none')).toBe(draft)
    expect(tryDraftOperation(draft, { op: 'choose', path: ['footer'], value: 'x' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(tryDraftOperation({}, { op: 'choose', path: ['header'], value: 'text' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })
})
