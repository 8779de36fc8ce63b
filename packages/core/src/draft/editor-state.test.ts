import { describe, expect, it } from 'vitest'
import { createDraft } from './create-draft.ts'
import { createDraftHistory } from './draft-history.ts'
import type { DraftOperation } from './draft-operation.ts'
import {
  applyEditorOperation,
  createEditorState,
  type EditorState,
  itemKey,
  tryEditorOperation,
} from './editor-state.ts'

const rows = (s: number) => ['action', 'sections', s, 'rows']
const keysOf = (state: EditorState, path: (string | number)[], count: number) =>
  Array.from({ length: count }, (_, i) => itemKey(state, [...path, i]))
const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)

describe('editor state keys', () => {
  it('gives every item a key of its own', () => {
    const state = createEditorState(createDraft('list'))
    const keys = [itemKey(state, ['action', 'sections', 0]), ...keysOf(state, rows(0), 3)]
    expect(new Set(keys).size).toBe(4)
  })

  it('moves a key with its item, within a group and across sections', () => {
    let state = apply(createEditorState(createDraft('list')), { op: 'add', path: ['action', 'sections'] })
    const [a, b, c] = keysOf(state, rows(0), 3)
    state = apply(state, { op: 'move', path: [...rows(0), 2], to: [...rows(0), 0] })
    expect(keysOf(state, rows(0), 3)).toEqual([c, a, b])
    const [newRow] = keysOf(state, rows(1), 1)
    state = apply(state, { op: 'move', path: [...rows(0), 0], to: [...rows(1), 1] })
    expect(keysOf(state, rows(0), 2)).toEqual([a, b])
    expect(keysOf(state, rows(1), 2)).toEqual([newRow, c])
  })

  it('keeps the other keys when adding or removing, and never reuses one', () => {
    let state = createEditorState(createDraft('button'))
    const [yes, no] = keysOf(state, ['action', 'buttons'], 2)
    state = apply(state, { op: 'add', path: ['action', 'buttons'], index: 1 })
    const [, added] = keysOf(state, ['action', 'buttons'], 3)
    expect(keysOf(state, ['action', 'buttons'], 3)).toEqual([yes, added, no])
    state = apply(state, { op: 'remove', path: ['action', 'buttons', 1] }, { op: 'add', path: ['action', 'buttons'] })
    const keys = keysOf(state, ['action', 'buttons'], 3)
    expect(keys.slice(0, 2)).toEqual([yes, no])
    expect([yes, no, added]).not.toContain(keys[2])
  })

  it('adds and removes a quick reply key on every card', () => {
    let state = createEditorState(createDraft('carousel'))
    state = apply(state, { op: 'add', path: ['action', 'cards', 0, 'action', 'buttons'] })
    const card = (c: number) => keysOf(state, ['action', 'cards', c, 'action', 'buttons'], 2)
    expect(new Set([...card(0), ...card(1)]).size).toBe(4)
    const [first] = card(1)
    state = apply(state, { op: 'remove', path: ['action', 'cards', 0, 'action', 'buttons', 1] })
    expect(keysOf(state, ['action', 'cards', 1, 'action', 'buttons'], 1)).toEqual([first])
  })

  it('keeps keys through edits, fix-its and a new type, positionally', () => {
    let state = createEditorState(createDraft('button'))
    const before = keysOf(state, ['action', 'buttons'], 2)
    state = apply(state, { op: 'set', path: ['action', 'buttons', 0, 'reply', 'title'], value: 'Sure' })
    expect(keysOf(state, ['action', 'buttons'], 2)).toEqual(before)
    state = apply(state, { op: 'replace', draft: structuredClone(state.draft) })
    expect(keysOf(state, ['action', 'buttons'], 2)).toEqual(before)
  })

  it('brings back the keys with the draft on undo', () => {
    const initial = createEditorState(createDraft('list'))
    const history = createDraftHistory(initial)
    const moved = apply(initial, { op: 'move', path: [...rows(0), 0], to: [...rows(0), 2] })
    history.record(moved, { at: 0 })
    expect(history.undo()).toBe(initial)
  })

  it('refuses what the draft refuses, with the reason', () => {
    expect(
      tryEditorOperation(createEditorState(createDraft('carousel')), { op: 'remove', path: ['action', 'cards', 0] }),
    ).toEqual({
      ok: false,
      reason: 'too_few',
      limit: 2,
    })
    expect(itemKey(createEditorState('junk'), ['action', 'buttons', 0])).toBe('path:action.buttons.0')
  })
})
