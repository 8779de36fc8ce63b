import { describe, expect, it } from 'vitest'
import { applyDraftOperation, tryDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt } from './draft-path.ts'

const set = (draft: unknown, path: (string | number)[], value: unknown) =>
  applyDraftOperation(draft, { op: 'set', path, value })
const apply = (draft: unknown, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyDraftOperation(next, operation), draft)

describe('set', () => {
  it('sets a text and never changes the draft it was given', () => {
    const draft = createDraft('button')
    const copy = structuredClone(draft)
    const next = set(draft, ['body', 'text'], 'Karibu!')
    expect(getAt(next, ['body', 'text'])).toBe('Karibu!')
    expect(draft).toEqual(copy)
  })

  it('removes an optional field cleared to "" and its emptied parent; a required one keeps ""', () => {
    const withFooter = set(createDraft('button'), ['footer', 'text'], 'Reply STOP to opt out')
    expect(getAt(withFooter, ['footer'])).toEqual({ text: 'Reply STOP to opt out' })
    expect(set(withFooter, ['footer', 'text'], '')).not.toHaveProperty('footer')
    expect(getAt(set(createDraft('button'), ['body', 'text'], ''), ['body'])).toEqual({ text: '' })
    const row = ['action', 'sections', 0, 'rows', 0]
    expect(getAt(set(createDraft('list'), [...row, 'description'], ''), row)).toEqual({
      id: 'track-my-order',
      title: 'Track my order',
    })
    expect(getAt(set(createDraft('list'), [...row, 'title'], ''), [...row, 'title'])).toBe('')
  })

  it('removes an optional body (product) and optional parameters (voice call) once empty', () => {
    expect(set(createDraft('product'), ['body', 'text'], '')).not.toHaveProperty('body')
    const withTtl = set(createDraft('voice_call'), ['action', 'parameters', 'ttl_minutes'], 60)
    expect(getAt(withTtl, ['action', 'parameters'])).toEqual({ ttl_minutes: 60 })
    expect(getAt(set(withTtl, ['action', 'parameters', 'ttl_minutes'], undefined), ['action'])).toEqual({
      name: 'voice_call',
    })
  })

  it('renews an id generated from its title, unique across the message', () => {
    const draft = set(createDraft('button'), ['action', 'buttons', 1, 'reply', 'title'], 'Yes, confirm')
    expect(getAt(draft, ['action', 'buttons', 1, 'reply'])).toEqual({ id: 'yes-confirm-2', title: 'Yes, confirm' })
    const list = set(createDraft('list'), ['action', 'sections', 0, 'rows', 2, 'title'], 'Track my order')
    expect(getAt(list, ['action', 'sections', 0, 'rows', 2, 'id'])).toBe('track-my-order-2')
  })

  it('never overwrites an id typed by hand', () => {
    const draft = apply(
      createDraft('button'),
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'id'], value: 'CONFIRM_ORDER' },
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'title'], value: 'Confirm' },
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'title'], value: '' },
    )
    expect(getAt(draft, ['action', 'buttons', 0, 'reply'])).toEqual({ id: 'CONFIRM_ORDER', title: '' })
  })

  it('keeps a typed id even when it looks generated', () => {
    const draft = apply(
      createDraft('button'),
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'title'], value: 'Order' },
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'id'], value: 'order-2024' },
      { op: 'set', path: ['action', 'buttons', 0, 'reply', 'title'], value: 'Order now' },
    )
    expect(getAt(draft, ['action', 'buttons', 0, 'reply', 'id'])).toBe('order-2024')
  })

  it('keeps following the title with the id a repeated title got, once the other title changed', () => {
    const title = (i: number, value: string): DraftOperation => ({
      op: 'set',
      path: ['action', 'buttons', i, 'reply', 'title'],
      value,
    })
    const same = apply(createDraft('button'), title(0, 'Ndiyo'), title(1, 'Ndiyo'))
    expect(getAt(same, ['action', 'buttons', 1, 'reply', 'id'])).toBe('ndiyo-2')
    const renamed = apply(same, title(0, 'Hapana'), title(1, 'Sawa'))
    expect(getAt(renamed, ['action', 'buttons', 0, 'reply', 'id'])).toBe('hapana')
    expect(getAt(renamed, ['action', 'buttons', 1, 'reply', 'id'])).toBe('sawa')
  })

  it('follows typing: a new item gets an id as soon as it has a title', () => {
    const draft = apply(
      createDraft('button'),
      { op: 'add', path: ['action', 'buttons'] },
      { op: 'set', path: ['action', 'buttons', 2, 'reply', 'title'], value: 'M' },
      { op: 'set', path: ['action', 'buttons', 2, 'reply', 'title'], value: 'Maybe' },
      { op: 'set', path: ['action', 'buttons', 2, 'reply', 'title'], value: 'Maybe later' },
    )
    expect(getAt(draft, ['action', 'buttons', 2, 'reply'])).toEqual({ id: 'maybe-later', title: 'Maybe later' })
  })

  it('renews quick-reply ids unique across every card', () => {
    const draft = set(
      createDraft('carousel'),
      ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'title'],
      'Buy',
    )
    expect(getAt(draft, ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'])).toBe('buy')
  })

  it('sets the type through its path, and refuses a type WhatsApp does not have', () => {
    expect(getAt(set(createDraft('button'), ['type'], 'list'), ['type'])).toBe('list')
    expect(tryDraftOperation(createDraft('button'), { op: 'set', path: ['type'], value: 'gif' })).toEqual({
      ok: false,
      reason: 'invalid_value',
    })
  })

  it('refuses a path through something that is not an object', () => {
    expect(
      tryDraftOperation(createDraft('button'), { op: 'set', path: ['body', 'text', 'x'], value: 'a' }),
    ).toMatchObject({
      ok: false,
      reason: 'not_found',
    })
    expect(tryDraftOperation(createDraft('button'), { op: 'set', path: [], value: 'a' })).toMatchObject({ ok: false })
  })

  it('edits drafts of no known type as plain JSON', () => {
    expect(set({ type: 'gif' }, ['body', 'text'], 'x')).toEqual({ type: 'gif', body: { text: 'x' } })
    expect(set(undefined, ['type'], 'button')).toMatchObject({ type: 'button' })
  })
})
