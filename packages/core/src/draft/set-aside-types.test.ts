import { describe, expect, it } from 'vitest'
import type { InteractiveType } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt, setAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState } from './editor-state.ts'

// What a switch of type or card kind hid comes back (EditorState.setAside); set-aside.test.ts
// covers the text a choice hides.
const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const setType = (type: InteractiveType): DraftOperation => ({ op: 'setType', type })

describe('what a type or card kind held comes back when it is picked again', () => {
  const buttons = {
    type: 'button',
    header: { type: 'image', image: { link: 'https://duka.example/oda.jpg' } },
    body: { text: 'Oda yako iko tayari' },
    footer: { text: 'Duka la Mama' },
    action: {
      buttons: ['Leo', 'Kesho', 'Wiki ijayo'].map((title, i) => ({ type: 'reply', reply: { id: `d${i}`, title } })),
    },
  }

  it('brings back the header, footer and buttons a type could not hold, with the body edited since', () => {
    let state = apply(createEditorState(buttons), setType('location_request_message'))
    expect(state.draft).not.toHaveProperty('header')
    expect(state.draft).not.toHaveProperty('footer')
    state = apply(state, { op: 'set', path: ['body', 'text'], value: 'Tuma mahali ulipo' }, setType('button'))
    expect(state.draft).toEqual({ ...buttons, body: { text: 'Tuma mahali ulipo' } })
    // Undo still steps back through each switch.
    expect(apply(createEditorState(buttons), setType('location_request_message'), setType('button')).draft).toEqual(
      buttons,
    )
  })

  it('carries the header and footer on to a type that holds them, through one that could not', () => {
    // Arrowing through the type picker: button → location request (no header, no footer) → flow.
    const flow = apply(createEditorState(buttons), setType('location_request_message'), setType('flow')).draft
    expect(getAt(flow, ['footer'])).toEqual({ text: 'Duka la Mama' })
    // Flow takes text headers only: the image stays set aside.
    expect(flow).not.toHaveProperty('header')
    const textHeader = { ...buttons, header: { type: 'text', text: 'Oda #42' } }
    const cta = apply(createEditorState(textHeader), setType('list'), setType('location_request_message'))
    const link = apply(cta, setType('cta_url')).draft
    expect(getAt(link, ['header'])).toEqual({ type: 'text', text: 'Oda #42' })
    expect(getAt(link, ['footer'])).toEqual({ text: 'Duka la Mama' })
    // The list (text header only) drops the image, and the link message after it gets it back.
    const image = apply(createEditorState(buttons), setType('list'), setType('cta_url')).draft
    expect(getAt(image, ['header'])).toEqual(buttons.header)
  })

  it('does not carry a header or footer the person removed under the type in between', () => {
    let state = apply(createEditorState(buttons), setType('list'))
    state = apply(state, { op: 'set', path: ['footer', 'text'], value: '' }, setType('location_request_message'))
    expect(apply(state, setType('flow')).draft).not.toHaveProperty('footer')
  })

  it('brings back sections, titles and descriptions after buttons, with a title edited as buttons', () => {
    const list = {
      type: 'list',
      body: { text: 'Chagua' },
      action: {
        button: 'Njia',
        sections: [
          {
            title: 'Mjini',
            rows: [
              { id: 'a', title: 'Posta', description: 'Karibu na soko' },
              { id: 'b', title: 'Kariakoo', description: 'Sokoni' },
            ],
          },
        ],
      },
    }
    expect(apply(createEditorState(list), setType('button'), setType('list')).draft).toEqual(list)
    const edited = apply(
      createEditorState(list),
      setType('button'),
      { op: 'set', path: ['action', 'buttons', 1, 'reply', 'title'], value: 'Mbezi' },
      setType('list'),
    )
    expect(getAt(edited.draft, ['action', 'sections', 0, 'title'])).toBe('Mjini')
    expect(getAt(edited.draft, ['action', 'sections', 0, 'rows', 1])).toMatchObject({
      title: 'Mbezi',
      description: 'Sokoni',
    })
    expect(getAt(edited.draft, ['action', 'sections', 0, 'rows', 0])).toEqual(list.action.sections[0]?.rows[0])
  })

  it('gives each row back its own description after the buttons were moved, removed or retitled', () => {
    const rows = ['action', 'sections', 0, 'rows']
    const row = (id: string, title: string, description: string) => ({ id, title, description })
    const list = {
      type: 'list',
      body: { text: 'Tuilete lini?' },
      action: {
        button: 'Chagua',
        sections: [
          {
            rows: [
              row('leo', 'Leo jioni', 'Kabla ya saa 12'),
              row('kesho', 'Kesho asubuhi', 'Saa 2 hadi 4'),
              row('mwenyewe', 'Nitachukua', 'Dukani Kariakoo'),
            ],
          },
        ],
      },
    }
    const buttons = ['action', 'buttons']
    const via = (...operations: DraftOperation[]) =>
      getAt(apply(createEditorState(list), setType('button'), ...operations, setType('list')).draft, rows)
    const [leo, kesho, mwenyewe] = list.action.sections[0]?.rows ?? []
    expect(via({ op: 'move', path: [...buttons, 0], to: [...buttons, 1] })).toEqual([kesho, leo, mwenyewe])
    expect(via({ op: 'remove', path: [...buttons, 1] })).toEqual([leo, mwenyewe])
    expect(
      via(
        { op: 'set', path: [...buttons, 2, 'reply', 'title'], value: 'Dukani' },
        { op: 'move', path: [...buttons, 2], to: [...buttons, 0] },
        { op: 'remove', path: [...buttons, 2] },
      ),
    ).toEqual([{ ...mwenyewe, title: 'Dukani' }, leo])
    const added = via({ op: 'add', path: buttons, index: 0 }) as unknown[]
    expect(added.slice(1)).toEqual([leo, kesho, mwenyewe])
    expect(added[0]).not.toHaveProperty('description')
  })

  it('puts rows back in their sections after buttons, with the edits, moves and removals made there', () => {
    const row = (id: string, title: string) => ({ id, title, description: `Maelezo ${id}` })
    const list = {
      type: 'list',
      body: { text: 'Chagua' },
      action: {
        button: 'Njia',
        sections: [
          { title: 'Mjini', rows: [row('a', 'Posta'), row('b', 'Kariakoo')] },
          { title: 'Nje', rows: [row('c', 'Mbezi'), row('d', 'Kibaha')] },
        ],
      },
    }
    const buttons = ['action', 'buttons']
    const via = (...operations: DraftOperation[]) =>
      getAt(apply(createEditorState(list), setType('button'), ...operations, setType('list')).draft, [
        'action',
        'sections',
      ])
    const [mjini, nje] = list.action.sections
    expect(via()).toEqual(list.action.sections)
    expect(via({ op: 'set', path: [...buttons, 2, 'reply', 'title'], value: 'Mbezi Beach' })).toEqual([
      mjini,
      { ...nje, rows: [{ ...row('c', 'Mbezi'), title: 'Mbezi Beach' }, row('d', 'Kibaha')] },
    ])
    // Removing both of a section's rows removes the section; a row added comes after its neighbour.
    expect(
      via(
        { op: 'remove', path: [...buttons, 0] },
        { op: 'remove', path: [...buttons, 0] },
        { op: 'add', path: buttons },
      ),
    ).toEqual([
      { ...nje, rows: [row('c', 'Mbezi'), row('d', 'Kibaha'), expect.objectContaining({ title: expect.any(String) })] },
    ])
  })

  it('keeps an edit made under a type passed through on the way back (product → catalog → product list)', () => {
    const productList = {
      type: 'product_list',
      header: { type: 'text', text: 'Vinywaji' },
      body: { text: 'Chagua' },
      action: {
        catalog_id: 'cat-1',
        sections: [
          { title: 'Baridi', product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }] },
        ],
      },
    }
    const state = apply(
      createEditorState(productList),
      setType('product'),
      { op: 'set', path: ['action', 'catalog_id'], value: 'cat-2' },
      setType('catalog_message'),
      setType('product_list'),
    )
    // The catalog cannot hold a catalog id; the edit made as a product still comes back.
    expect(state.draft).toEqual({ ...productList, action: { ...productList.action, catalog_id: 'cat-2' } })
    // And the plain way there and back is unchanged.
    expect(
      apply(createEditorState(productList), setType('product'), setType('catalog_message'), setType('product_list'))
        .draft,
    ).toEqual(productList)
  })

  it("brings back each card's links, text and quick replies after product cards, following a moved card", () => {
    const cards = ['action', 'cards']
    const card = (i: number) => ({
      card_index: i,
      type: 'cta_url',
      header: { type: 'image', image: { link: `https://duka.example/${i}.jpg` } },
      body: { text: `Kadi ${i}` },
      action: {
        buttons: [
          { type: 'quick_reply', quick_reply: { id: `nunua-${i}`, title: 'Nunua' } },
          { type: 'quick_reply', quick_reply: { id: `zaidi-${i}`, title: 'Zaidi' } },
        ],
      },
    })
    const carousel = { type: 'carousel', body: { text: 'Bidhaa zetu' }, action: { cards: [card(0), card(1)] } }
    const kind = (value: string): DraftOperation => ({ op: 'choose', path: cards, value })
    let state = apply(createEditorState(carousel), kind('product'))
    expect(getAt(state.draft, [...cards, 0])).not.toHaveProperty('header')
    state = apply(
      state,
      { op: 'set', path: [...cards, 0, 'action', 'product_retailer_id'], value: 'sku-1' },
      { op: 'move', path: [...cards, 1], to: [...cards, 0] },
      kind('quickReply'),
    )
    expect(getAt(state.draft, cards)).toEqual([
      { ...card(1), card_index: 0 },
      { ...card(0), card_index: 1 },
    ])
  })

  it("brings back a flow's screen and data after data_exchange", () => {
    const parameters = ['action', 'parameters']
    const navigate = setAt(createDraft('flow'), [...parameters, 'flow_action_payload'], {
      screen: 'BOOKING',
      data: { siku: 'leo' },
    })
    const action = (value: string): DraftOperation => ({ op: 'choose', path: [...parameters, 'flow_action'], value })
    const state = apply(createEditorState(navigate), action('data_exchange'), action('navigate'))
    expect(getAt(state.draft, [...parameters, 'flow_action_payload'])).toEqual({
      screen: 'BOOKING',
      data: { siku: 'leo' },
    })
  })
})
