import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { createDraftHistory } from './draft-history.ts'
import type { DraftOperation } from './draft-operation.ts'
import { type DraftPath, getAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState, idFollowsTitle } from './editor-state.ts'
import { draftFixIts } from './fixes/draft-fix-its.ts'
import { followingIdPaths, restoreFollowingIds } from './following-ids.ts'

const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const set = (path: DraftPath, value: unknown): DraftOperation => ({ op: 'set', path, value })
const button = (i: number) => ['action', 'buttons', i, 'reply']
const own = (type: Parameters<typeof createDraft>[0]) => createEditorState(createDraft(type), {}, { idsFollow: true })
// Typing a value one character at a time, as the form sends it.
const typed = (path: DraftPath, text: string): DraftOperation[] =>
  Array.from(text, (_, i) => set(path, text.slice(0, i + 1)))
const duplicates = (draft: unknown) => {
  const result = validateInteractive(draft)
  return [...(result.ok ? [] : result.issues), ...result.warnings].filter((issue) => issue.code === 'duplicate')
}

// The builder's own reply buttons, titled "Yes" and "No": both ids follow their titles.
const yesNo = () => apply(own('button'), set([...button(0), 'title'], 'Yes'), set([...button(1), 'title'], 'No'))

describe('a generated id gives way to an id typed by hand', () => {
  it('moves a following button id and keeps the typed one exactly, with no duplicate', () => {
    const state = apply(yesNo(), set([...button(1), 'id'], 'yes'))
    expect(getAt(state.draft, [...button(1), 'id'])).toBe('yes')
    expect(getAt(state.draft, [...button(0), 'id'])).toBe('yes-2')
    expect(duplicates(state.draft)).toEqual([])
    // The moved id is still the builder's; the typed one is kept.
    expect(idFollowsTitle(state, ['action', 'buttons', 0])).toBe(true)
    expect(idFollowsTitle(state, ['action', 'buttons', 1])).toBe(false)
    const retitled = apply(state, set([...button(0), 'title'], 'Yes please'), set([...button(1), 'title'], 'Sure'))
    expect(getAt(retitled.draft, [...button(0), 'id'])).toBe('yes-please')
    expect(getAt(retitled.draft, [...button(1), 'id'])).toBe('yes')
  })

  it('gives way to the trimmed id too, so that trimming it makes no duplicate', () => {
    let state = apply(yesNo(), set([...button(1), 'id'], ' yes '))
    expect(getAt(state.draft, [...button(0), 'id'])).toBe('yes-2')
    state = apply(state, { op: 'fix', id: 'trim:action.buttons.1.reply.id' })
    expect(getAt(state.draft, [...button(1), 'id'])).toBe('yes')
    expect(duplicates(state.draft)).toEqual([])
  })

  it('takes its own id back once the typed id passes it by or leaves it', () => {
    let state = apply(yesNo(), ...typed([...button(1), 'id'], 'yes-please'))
    expect(getAt(state.draft, [...button(0), 'id'])).toBe('yes')
    expect(getAt(state.draft, [...button(1), 'id'])).toBe('yes-please')
    state = apply(yesNo(), set([...button(1), 'id'], 'yes'), set([...button(1), 'id'], ''))
    expect(getAt(state.draft, [...button(0), 'id'])).toBe('yes')
  })

  it('leaves two ids typed by hand equal, with the duplicate error and its fix-it', () => {
    const state = apply(yesNo(), set([...button(0), 'id'], 'ok'), set([...button(1), 'id'], 'ok'))
    expect([getAt(state.draft, [...button(0), 'id']), getAt(state.draft, [...button(1), 'id'])]).toEqual(['ok', 'ok'])
    const issues = duplicates(state.draft)
    expect(issues.map((issue) => issue.path)).toEqual([['action', 'buttons', 1, 'reply', 'id']])
    const fix = draftFixIts(state.draft, validateInteractive(state.draft)).find(
      ({ id }) => id === 'unique-id:action.buttons.1.reply.id',
    )
    expect(fix?.params).toEqual({ id: 'no' })
  })

  it('leaves an id that came with the draft as it is (a kept id never moves)', () => {
    const draft = {
      type: 'button',
      body: { text: 'Confirm your order?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
          { type: 'reply', reply: { id: 'no', title: 'No' } },
        ],
      },
    }
    const state = apply(createEditorState(draft), set([...button(1), 'id'], 'yes'))
    expect(getAt(state.draft, [...button(0), 'id'])).toBe('yes')
    expect(duplicates(state.draft).map((issue) => issue.path)).toEqual([['action', 'buttons', 1, 'reply', 'id']])
  })

  it('moves a list row id in another section, ids being unique across sections', () => {
    const row = (s: number, r: number) => ['action', 'sections', s, 'rows', r]
    let state = apply(own('list'), set([...row(0, 0), 'title'], 'Track order'))
    state = apply(state, { op: 'add', path: ['action', 'sections'] }, ...typed([...row(1, 0), 'id'], 'track-order'))
    expect(getAt(state.draft, [...row(1, 0), 'id'])).toBe('track-order')
    expect(getAt(state.draft, [...row(0, 0), 'id'])).toBe('track-order-2')
    expect(duplicates(state.draft)).toEqual([])
  })

  it('moves a carousel quick-reply id on another card', () => {
    const reply = (c: number) => ['action', 'cards', c, 'action', 'buttons', 0, 'quick_reply']
    let state = apply(own('carousel'), { op: 'choose', path: ['action', 'cards'], value: 'quickReply' })
    state = apply(state, set([...reply(0), 'title'], 'Buy'), set([...reply(1), 'title'], 'Buy'))
    expect([getAt(state.draft, [...reply(0), 'id']), getAt(state.draft, [...reply(1), 'id'])]).toEqual(['buy', 'buy-2'])
    // Card 2 takes card 1's "buy": card 1's moves to the next free one, "buy-2", just let go.
    state = apply(state, set([...reply(1), 'id'], 'buy'))
    expect([getAt(state.draft, [...reply(0), 'id']), getAt(state.draft, [...reply(1), 'id'])]).toEqual(['buy-2', 'buy'])
    expect(duplicates(state.draft)).toEqual([])
  })

  it('keeps the moved id within its limit (LIMITS.list.rowId)', () => {
    const row = (r: number) => ['action', 'sections', 0, 'rows', r]
    const max = LIMITS.list.rowId.max
    const long = 'a'.repeat(max)
    let state = apply(own('list'), { op: 'add', path: ['action', 'sections', 0, 'rows'] })
    state = apply(state, set([...row(1), 'title'], long))
    expect(getAt(state.draft, [...row(1), 'id'])).toBe(long)
    state = apply(state, set([...row(0), 'id'], long))
    expect(getAt(state.draft, [...row(0), 'id'])).toBe(long)
    expect(getAt(state.draft, [...row(1), 'id'])).toBe(`${'a'.repeat(max - 2)}-2`)
    state = apply(state, set([...row(0), 'id'], 'track'))
    expect(getAt(state.draft, [...row(1), 'id'])).toBe(long)
  })

  it('leaves product ids alone: a repeated product is a warning, never renamed', () => {
    const product = (s: number, p: number) => ['action', 'sections', s, 'product_items', p, 'product_retailer_id']
    let state = apply(own('product_list'), set(product(0, 0), 'SKU-1'))
    state = apply(state, { op: 'add', path: ['action', 'sections', 0, 'product_items'] }, set(product(0, 1), 'SKU-1'))
    expect([getAt(state.draft, product(0, 0)), getAt(state.draft, product(0, 1))]).toEqual(['SKU-1', 'SKU-1'])
  })

  it('undoes and redoes to the exact drafts', () => {
    const start = yesNo()
    const history = createDraftHistory(start)
    const end = apply(start, set([...button(1), 'id'], 'yes'))
    history.record(end, { at: 0 })
    expect(history.undo().draft).toEqual(start.draft)
    expect(history.undo()).toBe(start)
    expect(history.redo()).toBe(end)
    expect(getAt(history.getSnapshot().present.draft, [...button(0), 'id'])).toBe('yes-2')
  })

  it('keeps the moved id following across a save and reload (SavedDraft.following)', () => {
    const state = apply(yesNo(), set([...button(1), 'id'], 'yes'))
    const saved = followingIdPaths(state)
    expect(saved).toEqual([['action', 'buttons', 0]])
    const restored = restoreFollowingIds(createEditorState(structuredClone(state.draft)), saved)
    expect(restored.draft).toEqual(state.draft)
    const retitled = apply(restored, set([...button(0), 'title'], 'Sure'))
    expect([getAt(retitled.draft, [...button(0), 'id']), getAt(retitled.draft, [...button(1), 'id'])]).toEqual([
      'sure',
      'yes',
    ])
  })

  it('gives way on a bare draft too, where an id equal to its title’s id follows', () => {
    const draft = applyDraftOperation(createDraft('button'), set([...button(1), 'id'], 'yes-confirm'))
    expect(getAt(draft, [...button(0), 'id'])).toBe('yes-confirm-2')
    expect(getAt(draft, [...button(1), 'id'])).toBe('yes-confirm')
  })
})
