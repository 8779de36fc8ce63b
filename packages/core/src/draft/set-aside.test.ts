import { describe, expect, it } from 'vitest'
import type { InteractiveType } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt, setAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState } from './editor-state.ts'

const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const header = (value: string): DraftOperation => ({ op: 'choose', path: ['header'], value })
const setType = (type: InteractiveType): DraftOperation => ({ op: 'setType', type })

describe('text a choice hides comes back when its option is picked again', () => {
  it("brings back a header's text after an image (and the image's link after the text)", () => {
    const start = createEditorState(setAt(createDraft('button'), ['header'], { type: 'text', text: 'Oda yako' }))
    let state = apply(start, header('image'), {
      op: 'set',
      path: ['header', 'image', 'link'],
      value: 'https://duka.example/oda.jpg',
    })
    expect(getAt(state.draft, ['header'])).toEqual({ type: 'image', image: { link: 'https://duka.example/oda.jpg' } })
    state = apply(state, header('text'))
    expect(getAt(state.draft, ['header'])).toEqual({ type: 'text', text: 'Oda yako' })
    state = apply(state, header('none'), header('video'))
    expect(getAt(state.draft, ['header'])).toEqual({ type: 'video', video: { link: 'https://duka.example/oda.jpg' } })
    state = apply(state, header('text'))
    expect(getAt(state.draft, ['header', 'text'])).toBe('Oda yako')
  })

  it('keeps a text the person emptied empty', () => {
    const start = createEditorState(setAt(createDraft('button'), ['header'], { type: 'text', text: 'Oda yako' }))
    const state = apply(
      start,
      header('image'),
      header('text'),
      { op: 'set', path: ['header', 'text'], value: '' },
      header('image'),
      header('text'),
    )
    expect(getAt(state.draft, ['header', 'text'])).toBe('')
  })

  it("brings back a media link after an id, and a flow's id after its name", () => {
    const media = ['header', 'image']
    const withImage = setAt(createDraft('button'), ['header'], {
      type: 'image',
      image: { link: 'https://a.example/x.png' },
    })
    let state = apply(createEditorState(withImage), { op: 'choose', path: media, value: 'id' })
    expect(getAt(state.draft, media)).toEqual({ id: '' })
    state = apply(
      state,
      { op: 'set', path: [...media, 'id'], value: '1234' },
      { op: 'choose', path: media, value: 'link' },
    )
    expect(getAt(state.draft, media)).toEqual({ link: 'https://a.example/x.png' })
    state = apply(state, { op: 'choose', path: media, value: 'id' })
    expect(getAt(state.draft, media)).toEqual({ id: '1234' })

    const parameters = ['action', 'parameters']
    let flow = createEditorState(setAt(createDraft('flow'), [...parameters, 'flow_id'], '9876'))
    flow = apply(flow, { op: 'choose', path: parameters, value: 'name' })
    expect(getAt(flow.draft, [...parameters, 'flow_id'])).toBeUndefined()
    flow = apply(flow, { op: 'choose', path: parameters, value: 'id' })
    expect(getAt(flow.draft, [...parameters, 'flow_id'])).toBe('9876')
  })

  it('follows a card that moved: its own link comes back, not the one now in its place', () => {
    const cards = ['action', 'cards']
    const linked = [0, 1].reduce<unknown>(
      (draft, i) => setAt(draft, [...cards, i, 'header', 'image', 'link'], `https://a.example/${i}.png`),
      createDraft('carousel'),
    )
    const media = (i: number) => [...cards, i, 'header', 'image']
    let state = apply(createEditorState(linked), { op: 'choose', path: media(0), value: 'id' })
    state = apply(state, { op: 'move', path: [...cards, 0], to: [...cards, 1] })
    state = apply(state, { op: 'choose', path: media(1), value: 'link' })
    expect(getAt(state.draft, [...media(1), 'link'])).toBe('https://a.example/0.png')
    expect(getAt(state.draft, [...media(0), 'link'])).toBe('https://a.example/1.png')
  })

  it('forgets what was set aside on a new draft, not on another type', () => {
    const start = createEditorState(setAt(createDraft('button'), ['header'], { type: 'text', text: 'Oda yako' }))
    const hidden = apply(start, header('image'))
    expect(hidden.setAside).toBeDefined()
    expect(apply(hidden, { op: 'replace', draft: createDraft('button') }).setAside).toBeUndefined()
    expect(apply(hidden, { op: 'setType', type: 'list' }).setAside).toBeDefined()
    // Other edits keep it.
    expect(apply(hidden, { op: 'set', path: ['body', 'text'], value: 'x' }).setAside).toBe(hidden.setAside)
  })

  it("keeps it through text typed into the JSON tab: a flow's id and token come back after buttons", () => {
    const parameters = ['action', 'parameters']
    const flow = setAt(
      setAt(createDraft('flow'), [...parameters, 'flow_id'], '1234567890'),
      [...parameters, 'flow_token'],
      'tok-1',
    )
    let state = apply(createEditorState(flow), setType('button'))
    const json = JSON.stringify({ ...(state.draft as object), footer: { text: 'Duka la Baba Neema' } })
    state = applyEditorOperation(state, { op: 'text', path: [], text: json })
    expect(getAt(state.draft, ['footer', 'text'])).toBe('Duka la Baba Neema')
    state = apply(state, setType('flow'))
    expect(getAt(state.draft, parameters)).toMatchObject({ flow_id: '1234567890', flow_token: 'tok-1' })
    expect(getAt(state.draft, ['footer', 'text'])).toBe('Duka la Baba Neema')
  })
})

describe('keys named on Object.prototype in what comes back', () => {
  it('keeps a "__proto__" key added under another type as a key, the header a plain object', () => {
    // JSON typed into the JSON tab may hold one: JSON.parse makes it an ordinary own key.
    const start = createEditorState(setAt(createDraft('button'), ['header'], { type: 'text', text: 'Oda yako' }))
    const away = apply(start, setType('list'))
    const extra = JSON.parse('{"type":"text","text":"Oda yako","__proto__":{"z":9}}')
    const back = apply(away, { op: 'set', path: ['header'], value: extra }, setType('button'))
    const kept = getAt(back.draft, ['header'])
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype)
    expect(JSON.stringify(kept)).toBe('{"type":"text","text":"Oda yako","__proto__":{"z":9}}')
  })
})

describe('a card kind picked back', () => {
  it('gives a card added meanwhile quick-reply ids apart from those the other cards bring back', () => {
    const cardKind = (value: string): DraftOperation => ({ op: 'choose', path: ['action', 'cards'], value })
    const start = createEditorState(createDraft('carousel'))
    const ids = (state: EditorState) =>
      (getAt(state.draft, ['action', 'cards']) as unknown[]).flatMap((card) =>
        ((getAt(card, ['action', 'buttons']) as unknown[] | undefined) ?? []).map((reply) =>
          getAt(reply, ['quick_reply', 'id']),
        ),
      )
    let state = apply(start, cardKind('quickReply'))
    const before = ids(state)
    state = apply(state, cardKind('url'), { op: 'add', path: ['action', 'cards'], index: 0 }, cardKind('quickReply'))
    const after = ids(state)
    // The two cards that held quick replies get theirs back; the new first card's is its own.
    expect(after.slice(1)).toEqual(before)
    expect(new Set(after).size).toBe(after.length)
  })
})

describe('a card kind picked back after an edit under URL buttons', () => {
  // fast-check seed -659456688 (draft-operations, generated ids unique): the card whose URL
  // button text was emptied came back with a fresh quick reply, "reply-2" like card 1's held one.
  it("gives the edited card's fresh quick reply an id apart from the held ones", () => {
    const cardKind = (value: string): DraftOperation => ({ op: 'choose', path: ['action', 'cards'], value })
    const ids = (state: EditorState) =>
      (getAt(state.draft, ['action', 'cards']) as unknown[]).flatMap((card) =>
        ((getAt(card, ['action', 'buttons']) as unknown[] | undefined) ?? []).map((reply) =>
          getAt(reply, ['quick_reply', 'id']),
        ),
      )
    let state = apply(createEditorState(createDraft('carousel')), cardKind('quickReply'))
    state = apply(
      state,
      { op: 'add', path: ['action', 'cards', 0, 'action', 'buttons'], index: 1 },
      { op: 'set', path: ['action', 'cards', 0, 'action', 'buttons', 0, 'quick_reply', 'title'], value: ' ' },
      cardKind('url'),
      { op: 'set', path: ['action', 'cards', 1, 'action', 'parameters', 'display_text'], value: '' },
      cardKind('quickReply'),
    )
    const after = ids(state)
    expect(new Set(after).size, JSON.stringify(after)).toBe(after.length)
  })
})

describe('a card kind picked back after an edit under its URL button', () => {
  it('brings back every quick reply the card held, the first with the edit made since', () => {
    const cardKind = (value: string): DraftOperation => ({ op: 'choose', path: ['action', 'cards'], value })
    const replies = (state: EditorState, card: number) =>
      (getAt(state.draft, ['action', 'cards', card, 'action', 'buttons']) as unknown[]).map((reply) =>
        getAt(reply, ['quick_reply']),
      )
    let state = apply(
      createEditorState(createDraft('carousel')),
      cardKind('quickReply'),
      { op: 'add', path: ['action', 'cards', 1, 'action', 'buttons'], index: 1 },
      { op: 'set', path: ['action', 'cards', 1, 'action', 'buttons', 1, 'quick_reply', 'title'], value: 'Details' },
    )
    const held = replies(state, 1)
    expect(held).toHaveLength(2)
    state = apply(
      state,
      cardKind('url'),
      { op: 'set', path: ['action', 'cards', 1, 'action', 'parameters', 'display_text'], value: 'Buy now' },
      cardKind('quickReply'),
    )
    const back = replies(state, 1)
    expect(back).toHaveLength(2)
    expect(back[0]).toMatchObject({ title: 'Buy now' })
    expect(back[1]).toEqual(held[1])
  })
})
