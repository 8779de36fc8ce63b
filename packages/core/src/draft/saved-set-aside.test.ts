import { describe, expect, it } from 'vitest'
import type { InteractiveType } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import { createDraftHistory } from './draft-history.ts'
import type { DraftOperation } from './draft-operation.ts'
import { getAt, setAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState, idFollowsTitle } from './editor-state.ts'
import { followingIdPaths, restoreFollowingIds } from './following-ids.ts'
import { readSavedSetAside, restoreSetAside, savedSetAside } from './saved-set-aside.ts'

const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const setType = (type: InteractiveType): DraftOperation => ({ op: 'setType', type })
const cardKind = (value: string): DraftOperation => ({ op: 'choose', path: ['action', 'cards'], value })
const header = (value: string): DraftOperation => ({ op: 'choose', path: ['header'], value })

/** A reload: the state saved as the builder saves it (through JSON), read back and restored. */
function reload(state: EditorState, withSetAside = true): EditorState {
  const text = JSON.stringify({
    value: state.draft,
    following: followingIdPaths(state),
    ...(withSetAside ? { setAside: savedSetAside(state) } : {}),
  })
  const saved = JSON.parse(text) as { value: unknown; following: (string | number)[][]; setAside?: unknown }
  const restored = restoreSetAside(createEditorState(saved.value), readSavedSetAside(saved.setAside))
  return restoreFollowingIds(restored, saved.following)
}

/** Each switch sequence applied with no reload, and with a reload after `before`: the same draft. */
function expectReloadChangesNothing(start: EditorState, before: DraftOperation[], after: DraftOperation[]) {
  const left = apply(start, ...before)
  const kept = apply(left, ...after)
  const reloaded = apply(reload(left), ...after)
  expect(reloaded.draft).toEqual(kept.draft)
  return { kept, reloaded }
}

describe('what a switch set aside, across a reload', () => {
  it('brings back a list’s sections and rows after reply buttons, as without the reload', () => {
    const list = apply(
      createEditorState(createDraft('list'), {}, { idsFollow: true }),
      { op: 'add', path: ['action', 'sections'] },
      { op: 'set', path: ['action', 'sections', 1, 'title'], value: 'Delivery' },
      { op: 'set', path: ['action', 'sections', 0, 'rows', 0, 'description'], value: 'Where is it now' },
    )
    const { reloaded } = expectReloadChangesNothing(
      list,
      [setType('button')],
      [{ op: 'set', path: ['body', 'text'], value: 'Edited after the reload' }, setType('list')],
    )
    expect(getAt(reloaded.draft, ['action', 'sections', 1, 'title'])).toBe('Delivery')
    expect(getAt(reloaded.draft, ['action', 'sections', 0, 'rows', 0, 'description'])).toBe('Where is it now')
    expect(getAt(reloaded.draft, ['body', 'text'])).toBe('Edited after the reload')
    // The rows' ids that followed their titles follow again.
    expect(idFollowsTitle(reloaded, ['action', 'sections', 0, 'rows', 0])).toBe(
      idFollowsTitle(apply(list), ['action', 'sections', 0, 'rows', 0]),
    )
  })

  it('brings back each card of a carousel under its own kind: the cards take back their keys', () => {
    const carousel = apply(
      createEditorState(createDraft('carousel'), {}, { idsFollow: true }),
      cardKind('quickReply'),
      { op: 'set', path: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'], value: 'card-2-more' },
      { op: 'move', path: ['action', 'cards', 1], to: ['action', 'cards', 0] },
    )
    const { reloaded } = expectReloadChangesNothing(carousel, [cardKind('url')], [cardKind('quickReply')])
    // The id typed on the card moved first comes back on it, not on the card now in its old place.
    const reply = (card: number) => ['action', 'cards', card, 'action', 'buttons', 0, 'quick_reply', 'id']
    expect(getAt(reloaded.draft, reply(0))).toBe('card-2-more')
    expect(getAt(reloaded.draft, reply(1))).not.toBe('card-2-more')
    expectReloadChangesNothing(
      carousel,
      [cardKind('url'), setType('button')],
      [setType('carousel'), cardKind('quickReply')],
    )
  })

  it('brings back a header’s text after none, an image’s link after text, and no header after one', () => {
    const start = createEditorState(setAt(createDraft('button'), ['header'], { type: 'text', text: 'Oda yako' }))
    const { reloaded } = expectReloadChangesNothing(start, [header('none')], [header('text')])
    expect(getAt(reloaded.draft, ['header'])).toEqual({ type: 'text', text: 'Oda yako' })
    const imaged = apply(start, header('image'), {
      op: 'set',
      path: ['header', 'image', 'link'],
      value: 'https://duka.example/oda.jpg',
    })
    expectReloadChangesNothing(imaged, [header('text')], [header('image')])
    // Held as absent (no header), which JSON alone would lose.
    const bare = createEditorState(createDraft('button'))
    expectReloadChangesNothing(
      bare,
      [header('text'), { op: 'set', path: ['header', 'text'], value: 'Hi' }],
      [header('none'), header('text'), header('none')],
    )
  })

  it('keeps what the flow set aside after a type switch, and carries the footer on', () => {
    const flow = setAt(createDraft('flow'), ['action', 'parameters', 'flow_id'], '1234567890')
    const start = createEditorState(setAt(flow, ['footer'], { text: 'Duka' }))
    expectReloadChangesNothing(start, [setType('location_request_message')], [setType('button'), setType('flow')])
  })

  it('saves nothing more for a state with nothing set aside', () => {
    expect(savedSetAside(createEditorState(createDraft('list')))).toBeUndefined()
  })
})

describe('a saved draft without it, or with one not of its items', () => {
  const list = createEditorState(createDraft('list'), {}, { idsFollow: true })
  const away = apply(list, { op: 'add', path: ['action', 'sections'] }, setType('button'))

  it('restores an older kit’s draft (nothing saved aside) as before: the draft, nothing hidden', () => {
    const restored = reload(away, false)
    expect(restored.draft).toEqual(away.draft)
    expect(restored.setAside).toBeUndefined()
    expect(readSavedSetAside(undefined)).toBeUndefined()
  })

  it('ignores keys of other items (another draft, damaged, one key twice): never mixes them up', () => {
    const saved = savedSetAside(away)
    if (saved === undefined) throw new Error('nothing set aside')
    const other = createEditorState(createDraft('carousel'))
    expect(restoreSetAside(other, saved)).toBe(other)
    const fresh = createEditorState(away.draft)
    const twice = JSON.parse(JSON.stringify(saved).replaceAll(/"k\d+"/g, '"k1"'))
    expect(restoreSetAside(fresh, readSavedSetAside(twice))).toBe(fresh)
    expect(readSavedSetAside({ entries: [], keys: {}, nextKey: 1 })).toBeUndefined()
    expect(readSavedSetAside({ entries: {}, keys: {}, nextKey: '3' })).toBeUndefined()
  })

  it('keeps a "__proto__" entry read from storage a key, never a prototype', () => {
    const shown = apply(createEditorState(createDraft('button')), header('text'))
    const text = JSON.stringify(savedSetAside(shown)).replace('"entries":{', '"entries":{"__proto__":{"polluted":1},')
    const restored = restoreSetAside(createEditorState(shown.draft), readSavedSetAside(JSON.parse(text)))
    expect(Object.getPrototypeOf(restored.setAside)).toBe(Object.prototype)
    expect(Object.hasOwn(restored.setAside ?? {}, '__proto__')).toBe(true)
  })

  it('keeps the draft an object when the draft held under a type was damaged in storage', () => {
    const back = apply(away, setType('list'), setType('button'))
    const saved = JSON.parse(JSON.stringify(savedSetAside(back)))
    expect(saved.entries['type#list']).toMatchObject({ option: 'list', value: { type: 'list' } })
    for (const junk of [1e308, 'text', [], null]) {
      saved.entries['type#list'].value = junk
      const restored = restoreSetAside(createEditorState(back.draft), readSavedSetAside(saved))
      expect(apply(restored, setType('list')).draft).toMatchObject({ type: 'list', action: { sections: [{}] } })
    }
  })

  it('hands out fresh keys past every saved one', () => {
    const saved = savedSetAside(away)
    const restored = restoreSetAside(createEditorState(away.draft), saved)
    expect(restored.nextKey).toBeGreaterThanOrEqual(away.nextKey)
  })
})

describe('a draft adopted from another tab into this tab’s history', () => {
  function keysOf(groups: EditorState['keys'], into: string[] = []): string[] {
    for (const items of Object.values(groups)) {
      for (const item of items) {
        into.push(item.key)
        keysOf(item.groups, into)
      }
    }
    return into
  }
  const reply = (card: number) => ['action', 'cards', card, 'action', 'buttons', 0, 'quick_reply', 'id']
  // The other tab: the card moved first has an id typed on it, then every card went to links.
  const other = apply(
    createEditorState(createDraft('carousel'), {}, { idsFollow: true }),
    cardKind('quickReply'),
    { op: 'set', path: reply(1), value: 'card-2-more' },
    { op: 'move', path: ['action', 'cards', 1], to: ['action', 'cards', 0] },
    cardKind('url'),
  )
  const stored = JSON.parse(JSON.stringify(savedSetAside(other)))

  /** This tab: a history whose steps gave keys to items of its own, then the other tab's draft adopted as a step. */
  function adopt(saved: unknown) {
    const history = createDraftHistory(createEditorState(createDraft('carousel'), {}, { idsFollow: true }))
    const step = (operation: DraftOperation) =>
      history.record(applyEditorOperation(history.getSnapshot().present, operation), { at: 0 })
    step({ op: 'add', path: ['action', 'cards'] })
    step({ op: 'remove', path: ['action', 'cards', 0] })
    step({ op: 'add', path: ['action', 'cards'] })
    step(setType('list'))
    step({ op: 'add', path: ['action', 'sections'] })
    const mine = history.getSnapshot().present
    const replaced = applyEditorOperation(mine, { op: 'replace', draft: other.draft })
    const adopted = restoreSetAside(replaced, readSavedSetAside(saved))
    history.record(adopted, { at: 0 })
    return { history, mine, adopted }
  }

  it('takes the other tab’s keys, each once, and hands out fresh keys past them and this tab’s', () => {
    const { history, mine, adopted } = adopt(stored)
    expect(keysOf(adopted.keys)).toEqual(keysOf(other.keys))
    const number = (key: string) => Number(key.slice(1))
    const used = [...keysOf(adopted.keys), ...keysOf(mine.keys)].map(number)
    expect(adopted.nextKey).toBeGreaterThan(Math.max(...used, mine.nextKey - 1))
    // Added after the adoption: a key of its own, never one an adopted card has.
    const added = applyEditorOperation(adopted, { op: 'add', path: ['action', 'cards'] })
    const keys = keysOf(added.keys)
    expect(new Set(keys).size).toBe(keys.length)
    // Undone past the adoption and redone: the very same steps, hidden parts on the same cards.
    history.undo()
    expect(history.getSnapshot().present).toBe(mine)
    expect(history.redo()).toBe(adopted)
    const back = apply(added, cardKind('quickReply'))
    expect(getAt(back.draft, reply(0))).toBe('card-2-more')
    expect(getAt(back.draft, reply(1))).not.toBe('card-2-more')
    expect(getAt(back.draft, reply(2))).not.toBe('card-2-more')
  })

  it('hands out fresh keys past every key hidden parts name, even when the saved count is behind', () => {
    // A card removed under links keeps what it held as quick replies; storage (damaged or
    // edited by hand) then says a count behind its key.
    const removed = apply(
      createEditorState(createDraft('carousel'), {}, { idsFollow: true }),
      { op: 'add', path: ['action', 'cards'] },
      cardKind('url'),
      { op: 'remove', path: ['action', 'cards', 2] },
    )
    const behind = { ...JSON.parse(JSON.stringify(savedSetAside(removed))), nextKey: 1 }
    const restored = restoreSetAside(createEditorState(removed.draft), readSavedSetAside(behind))
    const named = Object.keys(restored.setAside ?? {}).map((name) => Number(/^k(\d+)/.exec(name)?.[1] ?? 0))
    expect(Math.max(...named)).toBeGreaterThan(Math.max(...keysOf(restored.keys).map((key) => Number(key.slice(1)))))
    // Fresh cards never take the removed card's key, so never its hidden quick replies.
    expect(restored.nextKey).toBeGreaterThan(Math.max(...named))
  })
})
