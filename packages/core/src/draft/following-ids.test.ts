import { describe, expect, it } from 'vitest'
import { createDraft } from './create-draft.ts'
import { createDraftHistory, typedBack } from './draft-history.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState, idFollowsTitle } from './editor-state.ts'
import { followingIdPaths, restoreFollowingIds } from './following-ids.ts'

const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const button = (i: number) => ['action', 'buttons', i]
const title = (i: number, value: string): DraftOperation => ({
  op: 'set',
  path: [...button(i), 'reply', 'title'],
  value,
})
const id = (i: number, value: string): DraftOperation => ({ op: 'set', path: [...button(i), 'reply', 'id'], value })
const idOf = (state: EditorState, i: number) => getAt(state.draft, [...button(i), 'reply', 'id'])

// Briq's example: a button whose id the business's webhook dispatches on.
const template = {
  type: 'button',
  body: { text: 'Confirm your order?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
      { type: 'reply', reply: { id: 'no', title: 'No' } },
    ],
  },
}

describe('ids that follow their titles', () => {
  it('keeps every id of a draft from outside, even one equal to its title', () => {
    const state = apply(createEditorState(template), title(0, 'Yes please'), title(1, ''))
    expect(idOf(state, 0)).toBe('yes')
    expect(idOf(state, 1)).toBe('no')
    expect(idFollowsTitle(state, button(0))).toBe(false)
  })

  it('keeps the ids a replace brings (the JSON tab, a file, a host value)', () => {
    const state = apply(createEditorState(createDraft('button'), {}, { idsFollow: true }), {
      op: 'replace',
      draft: template,
    })
    expect(idOf(apply(state, title(0, 'Yes please')), 0)).toBe('yes')
  })

  it("follows the titles of the builder's own new draft and of an item added in the form", () => {
    let state = apply(createEditorState(createDraft('button'), {}, { idsFollow: true }), title(0, 'Yes'))
    expect(idOf(state, 0)).toBe('yes')
    state = apply(state, title(0, 'Yes please'))
    expect(idOf(state, 0)).toBe('yes-please')
    const imported = apply(createEditorState(template), { op: 'add', path: ['action', 'buttons'] }, title(2, 'Maybe'))
    expect(idOf(imported, 2)).toBe('maybe')
    expect(idOf(apply(imported, title(2, 'Maybe later')), 2)).toBe('maybe-later')
    expect(idOf(imported, 0)).toBe('yes')
  })

  it('keeps an id typed by hand, and follows again once it is cleared', () => {
    let state = apply(createEditorState(createDraft('button'), {}, { idsFollow: true }), title(0, 'Yes'))
    state = apply(state, id(0, 'yes'), title(0, 'Yes please'))
    expect(idOf(state, 0)).toBe('yes')
    state = apply(state, id(0, ''), title(0, 'Sure'), title(0, 'Sure thing'))
    expect(idOf(state, 0)).toBe('sure-thing')
    const cleared = apply(createEditorState(template), id(0, ''), title(0, 'Yes please'))
    expect(idOf(cleared, 0)).toBe('yes-please')
  })

  it('follows the title with an id the builder made for an item that had none', () => {
    const draft = { ...template, action: { buttons: [{ type: 'reply', reply: { id: '', title: 'Yes' } }] } }
    const state = apply(createEditorState(draft), title(0, 'Ndiyo'), title(0, 'Ndiyo kabisa'))
    expect(idOf(state, 0)).toBe('ndiyo-kabisa')
  })

  // There is nothing to keep in an empty or missing id: the next title makes one, so
  // idFollowsTitle says so before that title is typed (a builder's hint reads it).
  it('says an empty or missing id follows, whether it came with the draft or a replace', () => {
    const empty = { ...template, action: { buttons: [{ type: 'reply', reply: { id: '', title: 'Yes' } }] } }
    const missing = { ...template, action: { buttons: [{ type: 'reply', reply: { title: 'Yes' } }] } }
    expect(idFollowsTitle(createEditorState(empty), button(0))).toBe(true)
    expect(idFollowsTitle(createEditorState(missing), button(0))).toBe(true)
    const replaced = apply(createEditorState(template), { op: 'replace', draft: empty })
    expect(idFollowsTitle(replaced, button(0))).toBe(true)
    expect(idOf(apply(replaced, title(0, 'Ndiyo')), 0)).toBe('ndiyo')
    // Typed into, it is kept again.
    expect(idFollowsTitle(apply(replaced, id(0, 'y')), button(0))).toBe(false)
  })

  it('keeps what an item was through a replace that leaves its id and title (a JSON-tab edit elsewhere)', () => {
    let state = apply(createEditorState(createDraft('button'), {}, { idsFollow: true }), title(0, 'Yes'))
    const edited = { ...(state.draft as object), body: { text: 'Changed in the JSON tab' } }
    state = apply(state, { op: 'replace', draft: edited }, title(0, 'Yes please'))
    expect(idOf(state, 0)).toBe('yes-please')
  })

  it('carries following and kept ids along a move, undo and redo', () => {
    const history = createDraftHistory(apply(createEditorState(template), { op: 'add', path: ['action', 'buttons'] }))
    const moved = apply(history.getSnapshot().present, { op: 'move', path: button(2), to: button(0) })
    history.record(moved, { at: 0 })
    expect(idFollowsTitle(moved, button(0))).toBe(true)
    expect(idFollowsTitle(moved, button(1))).toBe(false)
    history.record(apply(moved, id(0, 'later')), { at: 10 })
    expect(idFollowsTitle(history.getSnapshot().present, button(0))).toBe(false)
    const undone = history.undo()
    expect(idOf(apply(undone, title(0, 'Later')), 0)).toBe('later')
    expect(idOf(apply(undone, title(1, 'Sure')), 1)).toBe('yes')
    expect(idFollowsTitle(history.redo(), button(0))).toBe(false)
  })

  it('takes each id’s state along from reply buttons to list rows and back', () => {
    let state = apply(createEditorState(template), { op: 'add', path: ['action', 'buttons'] }, title(2, 'Maybe'))
    state = apply(state, { op: 'setType', type: 'list' })
    const row = (r: number) => ['action', 'sections', 0, 'rows', r]
    expect(getAt(state.draft, [...row(0), 'id'])).toBe('yes')
    expect(idFollowsTitle(state, row(0))).toBe(false)
    expect(idFollowsTitle(state, row(2))).toBe(true)
    state = apply(state, { op: 'set', path: [...row(0), 'title'], value: 'Yes please' })
    state = apply(state, { op: 'set', path: [...row(2), 'title'], value: 'Maybe later' })
    expect(getAt(state.draft, [...row(0), 'id'])).toBe('yes')
    expect(getAt(state.draft, [...row(2), 'id'])).toBe('maybe-later')
    state = apply(state, { op: 'setType', type: 'button' })
    expect([idOf(state, 0), idOf(state, 2)]).toEqual(['yes', 'maybe-later'])
    expect([idFollowsTitle(state, button(0)), idFollowsTitle(state, button(2))]).toEqual([false, true])
  })

  it('keeps a typed id a switch to a list cut to the row limit, and follows one it made', () => {
    // A button id may have 256 characters, a row id 200 (LIMITS.list.rowId).
    const order = `order-2024-0001:${'size=medium;'.repeat(20)}`.slice(0, 230)
    const draft = { ...template, action: { buttons: [{ type: 'reply', reply: { id: order, title: 'Medium' } }] } }
    let state = apply(createEditorState(draft), { op: 'add', path: ['action', 'buttons'] }, title(1, 'Large'))
    state = apply(state, { op: 'setType', type: 'list' })
    const row = (r: number) => ['action', 'sections', 0, 'rows', r]
    expect(getAt(state.draft, [...row(0), 'id'])).toBe(order.slice(0, 200))
    expect([idFollowsTitle(state, row(0)), idFollowsTitle(state, row(1))]).toEqual([false, true])
    state = apply(state, { op: 'set', path: [...row(0), 'title'], value: 'Medium size' })
    state = apply(state, { op: 'set', path: [...row(1), 'title'], value: 'Large size' })
    expect(getAt(state.draft, [...row(0), 'id'])).toBe(order.slice(0, 200))
    expect(getAt(state.draft, [...row(1), 'id'])).toBe('large-size')
  })

  it('follows an id a switch made from a title that only begins another button’s cut id', () => {
    const order = `order-2024-0001:${'size=medium;'.repeat(20)}`.slice(0, 230)
    const draft = { ...template, action: { buttons: [{ type: 'reply', reply: { id: order, title: 'Medium' } }] } }
    // No id: the switch makes "order" from the title, the start of the cut id but no cut of it.
    let state = apply(
      createEditorState(draft),
      { op: 'add', path: ['action', 'buttons'] },
      title(1, 'Order'),
      id(1, ''),
    )
    state = apply(state, { op: 'setType', type: 'list' })
    const row = (r: number) => ['action', 'sections', 0, 'rows', r]
    expect(getAt(state.draft, [...row(1), 'id'])).toBe('order')
    expect([idFollowsTitle(state, row(0)), idFollowsTitle(state, row(1))]).toEqual([false, true])
    state = apply(state, { op: 'set', path: [...row(1), 'title'], value: 'Order now' })
    expect(getAt(state.draft, [...row(1), 'id'])).toBe('order-now')
  })

  it('keeps two typed ids cut to the same start, the later numbered', () => {
    const start = `order-2024-0001:${'size=medium;'.repeat(20)}`.slice(0, 200)
    const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
    const draft = { ...template, action: { buttons: [reply(`${start}red`, 'Red'), reply(`${start}blue`, 'Blue')] } }
    const state = apply(createEditorState(draft), { op: 'setType', type: 'list' })
    const row = (r: number) => ['action', 'sections', 0, 'rows', r]
    expect(getAt(state.draft, [...row(1), 'id'])).toBe(`${start.slice(0, 198)}-2`)
    expect([idFollowsTitle(state, row(0)), idFollowsTitle(state, row(1))]).toEqual([false, false])
  })

  it('remembers only the ids a switch set aside, not each id a title made letter by letter', () => {
    let state = apply(createEditorState(template), { op: 'add', path: ['action', 'buttons'] }, title(2, 'Maybe'))
    state = apply(state, { op: 'setType', type: 'list' })
    const rowTitle = ['action', 'sections', 0, 'rows', 2, 'title']
    const typed = ['L', 'La', 'Lat', 'Late', 'Later']
    for (const value of typed) state = apply(state, { op: 'set', path: rowTitle, value })
    expect(getAt(state.draft, ['action', 'sections', 0, 'rows', 2, 'id'])).toBe('later')
    // 'maybe' left the rows and the reply buttons set aside hold it; 'l', 'la'… were never set aside.
    expect(state.followingAside).toEqual(['maybe'])
    // Typed away and back: nothing tells the two apart, so the history drops the step (`typedBack`).
    const history = createDraftHistory(state, { same: typedBack })
    for (const [at, value] of [
      [0, 'Later, in the evening'],
      [200, 'Later'],
    ] as const)
      history.record(apply(history.getSnapshot().present, { op: 'set', path: rowTitle, value }), {
        at,
        coalesceKey: `set:${rowTitle.join('\u0000')}`,
      })
    expect(history.canUndo()).toBe(false)
    // What a switch did set aside still follows when it comes back.
    state = apply(state, { op: 'setType', type: 'button' }, { op: 'setType', type: 'list' })
    state = apply(state, { op: 'set', path: rowTitle, value: 'Later today' })
    expect(getAt(state.draft, ['action', 'sections', 0, 'rows', 2, 'id'])).toBe('later-today')
  })

  it('keeps a kept id through the fix-its that trim it or make it unique', () => {
    const draft = {
      ...template,
      action: {
        buttons: [
          { type: 'reply', reply: { id: ' yes ', title: 'Yes' } },
          { type: 'reply', reply: { id: 'no', title: 'No' } },
        ],
      },
    }
    let state = apply(createEditorState(draft), { op: 'fix', id: 'trim:action.buttons.0.reply.id' })
    expect(idOf(state, 0)).toBe('yes')
    state = apply(state, title(0, 'Yes please'))
    expect(idOf(state, 0)).toBe('yes')
  })

  it('follows quick-reply ids made on a card kind switch, and brings back what each was', () => {
    const cardKind = (value: string): DraftOperation => ({ op: 'choose', path: ['action', 'cards'], value })
    const reply = (c: number) => ['action', 'cards', c, 'action', 'buttons', 0, 'quick_reply']
    const replyTitle = (c: number, value: string): DraftOperation => ({
      op: 'set',
      path: [...reply(c), 'title'],
      value,
    })
    const replyId = (state: EditorState, c: number) => getAt(state.draft, [...reply(c), 'id'])
    // The builder's own carousel: made with quick replies, whose ids follow.
    let own = apply(createEditorState(createDraft('carousel'), {}, { idsFollow: true }), cardKind('url'))
    own = apply(own, cardKind('quickReply'), replyTitle(1, 'Buy now'))
    expect(replyId(own, 1)).toBe('buy-now')
    // A carousel from outside: its ids come back kept after a switch to URL buttons and back.
    const imported = createEditorState(createDraft('carousel'))
    const kept = replyId(imported, 1)
    let state = apply(imported, cardKind('url'), cardKind('quickReply'), replyTitle(1, 'Buy now'))
    expect(replyId(state, 1)).toBe(kept)
    // Made anew from a URL button's label on a first switch: generated, so they follow.
    // (A draft from elsewhere, a copy of the URL cards, forgets what was set aside.)
    state = apply(state, cardKind('url'))
    state = apply(state, { op: 'replace', draft: structuredClone(state.draft) })
    expect(state.setAside).toBeUndefined()
    state = apply(state, cardKind('quickReply'), replyTitle(0, 'Sasa'))
    expect(replyId(state, 0)).toBe('sasa')
  })
})

describe('following ids across a reload', () => {
  it('saves which ids follow, and a restored draft follows them again while the rest stay kept', () => {
    let state = createEditorState(createDraft('button'), {}, { idsFollow: true })
    state = apply(state, { op: 'add', path: ['action', 'buttons'] }, title(0, 'Yes'), id(1, 'no-thanks'))
    const saved = followingIdPaths(state)
    expect(saved).toEqual([button(0), button(2)])
    const restored = restoreFollowingIds(createEditorState(state.draft), saved)
    expect(idOf(apply(restored, title(0, 'Yes please')), 0)).toBe('yes-please')
    expect(idOf(apply(restored, title(1, 'Not now')), 1)).toBe('no-thanks')
    expect(idOf(apply(restored, title(2, 'Maybe')), 2)).toBe('maybe')
  })

  it('keeps every id of a draft saved without the list, and ignores paths with no id there', () => {
    const state = createEditorState(template)
    expect(restoreFollowingIds(state, undefined)).toBe(state)
    expect(restoreFollowingIds(state, [['action', 'buttons', 7], ['body']])).toBe(state)
    expect(idOf(apply(restoreFollowingIds(state, undefined), title(0, 'Yes please')), 0)).toBe('yes')
  })
})

describe('ids that follow their titles, across a fix-it that reorders', () => {
  const cardButton = (card: number) => ['action', 'cards', card, 'action', 'buttons', 0]
  const set = (path: (string | number)[], value: unknown): DraftOperation => ({ op: 'set', path, value })

  it('moves with the cards sort-cards reorders: an id typed on a card stays typed', () => {
    let state = apply(
      createEditorState(createDraft('carousel'), {}, { idsFollow: true }),
      set([...cardButton(1), 'quick_reply', 'id'], 'order'),
      set(['action', 'cards', 0, 'card_index'], 1),
      set(['action', 'cards', 1, 'card_index'], 0),
      { op: 'fix', id: 'sort-cards' },
    )
    expect(getAt(state.draft, [...cardButton(0), 'quick_reply', 'id'])).toBe('order')
    expect(idFollowsTitle(state, cardButton(0))).toBe(false)
    expect(idFollowsTitle(state, cardButton(1))).toBe(true)
    state = apply(
      state,
      set([...cardButton(0), 'quick_reply', 'title'], 'Order now'),
      set([...cardButton(1), 'quick_reply', 'title'], 'Buy'),
    )
    expect(getAt(state.draft, [...cardButton(0), 'quick_reply', 'id'])).toBe('order')
    expect(getAt(state.draft, [...cardButton(1), 'quick_reply', 'id'])).toBe('buy')
  })
})
