import { describe, expect, it, vi } from 'vitest'
import { LIMITS } from '../limits.ts'
import {
  createDraftPersistence,
  type DraftStorage,
  localDraftStorage,
  unreadableDraftText,
} from './draft-persistence.ts'

/** One storage shared by "tabs", like localStorage; `events` are what other tabs' `storage` events carry. */
function memoryStorage() {
  const items = new Map<string, string>()
  const storage: DraftStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
  const event = (key: string) => ({ key, newValue: items.get(key) ?? null })
  return { storage, items, event }
}

const tab = (storage: DraftStorage, session: string, clock = { now: 1000 }) =>
  createDraftPersistence<{ text: string }>({ key: 'draft', storage, session, now: () => clock.now })

/** Tabs a and b load one draft, then b saves its edits: a's next save is a conflict. */
function bothLoadedThenBSaved(storage: DraftStorage) {
  tab(storage, 'setup').save({ text: 'v1' })
  const a = tab(storage, 'a')
  const b = tab(storage, 'b')
  a.load()
  b.load()
  b.save({ text: 'b edits' })
  return { a, b }
}

describe('createDraftPersistence', () => {
  it('saves with a revision and a time, and a reload restores it', () => {
    const { storage } = memoryStorage()
    const first = tab(storage, 'a')
    expect(first.load()).toBeUndefined()
    expect(first.save({ text: 'one' })).toEqual({
      status: 'saved',
      saved: { value: { text: 'one' }, revision: 1, savedAt: 1000, session: 'a', unparsed: [] },
    })
    expect(first.save({ text: 'two' })).toMatchObject({ status: 'saved', saved: { revision: 2 } })
    const reloaded = tab(storage, 'b')
    expect(reloaded.load()).toEqual({ value: { text: 'two' }, revision: 2, savedAt: 1000, session: 'a', unparsed: [] })
    expect(reloaded.save({ text: 'three' })).toMatchObject({ status: 'saved', saved: { revision: 3, session: 'b' } })
  })

  it('keeps which ids follow their titles, and reads an older draft without that list', () => {
    const { storage, items } = memoryStorage()
    const following = [['action', 'buttons', 0]]
    tab(storage, 'a').save({ text: 'one' }, [], following)
    expect(JSON.parse(items.get('draft') ?? '')).toMatchObject({ following })
    expect(tab(storage, 'b').load()).toMatchObject({ value: { text: 'one' }, following })
    // Saved by a kit before the list (or written by hand): loads, with every id kept.
    items.set('draft', JSON.stringify({ version: 1, value: { text: 'old' }, revision: 4, savedAt: 5, session: 'x' }))
    const old = tab(storage, 'c').load()
    expect(old).toEqual({ value: { text: 'old' }, revision: 4, savedAt: 5, session: 'x', unparsed: [] })
    expect(old).not.toHaveProperty('following')
    // A malformed list is read as none (every id kept), never as a reason to lose the draft.
    const damaged = { version: 1, value: { text: 'odd' }, revision: 5, savedAt: 5, session: 'x', following: [{}] }
    items.set('draft', JSON.stringify(damaged))
    expect(tab(storage, 'd').load()).toEqual({
      value: { text: 'odd' },
      revision: 5,
      savedAt: 5,
      session: 'x',
      unparsed: [],
    })
  })

  // An entry edited by hand (`1e400`), or a host's value, restores Infinity, which the JSON tab
  // and a download write as 1e999: saved back, it stays that number, not `null`.
  it('keeps a number too large for JSON through a save, written as the JSON tab writes it', () => {
    const { storage, items, event } = memoryStorage()
    items.set('draft', '{"version":1,"value":{"n":1e400,"at":[-1e400]},"revision":1,"savedAt":5,"session":"x"}')
    const a = createDraftPersistence<Record<string, unknown>>({ key: 'draft', storage, session: 'a' })
    const draft = { n: Number.POSITIVE_INFINITY, at: [Number.NEGATIVE_INFINITY] }
    expect(a.load()?.value).toEqual(draft)
    a.save({ ...draft, text: 'more' })
    expect(items.get('draft')).toContain('"n":1e999,"at":[-1e999]')
    expect(tab(storage, 'b').load()?.value).toEqual({ ...draft, text: 'more' })
    // Another tab reads it as the same numbers.
    const b = createDraftPersistence<Record<string, unknown>>({ key: 'draft', storage, session: 'b' })
    b.load()
    a.save({ ...draft, text: 'again' })
    expect(b.receive(event('draft'), { ...draft, text: 'more' }, [])).toMatchObject({
      status: 'updated',
      saved: { value: { ...draft, text: 'again' } },
    })
  })

  it('keeps unparsed texts beside the draft, and counts them as changes another tab must not overwrite', () => {
    const { storage, event } = memoryStorage()
    const a = tab(storage, 'a')
    const texts = [{ path: ['action', 'parameters', 'validation_errors'], text: '{"in_pin_code": ' }]
    a.save({ text: 'v1' }, texts)
    expect(tab(storage, 'b').load()).toMatchObject({ value: { text: 'v1' }, unparsed: texts })
    const b = tab(storage, 'b')
    b.load()
    a.save({ text: 'v2' })
    // b typed unparsed text since its load: another tab's draft is a conflict, not an update.
    expect(b.receive(event('draft'), { text: 'v1' }, [{ path: [], text: '{' }])).toMatchObject({ status: 'conflict' })
    expect(b.receive(event('draft'), { text: 'v1' }, texts)).toMatchObject({ status: 'updated' })
  })

  it('leaves out a text too large to be read, keeping the draft and the other texts', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    const log = `{"a": "${'x'.repeat(LIMITS.structure.draftFile.max)}"}`
    const small = { path: ['action', 'parameters', 'validation_errors'], text: '{"in_pin_code": ' }
    expect(a.save({ text: 'v1' }, [{ path: [], text: log }, small])).toMatchObject({ status: 'saved' })
    expect(items.get('draft')?.length).toBeLessThan(1000)
    expect(tab(storage, 'b').load()).toMatchObject({ value: { text: 'v1' }, unparsed: [small] })
    // The same draft with the text or without it is one draft: a later save changes nothing else.
    expect(a.save({ text: 'v1' }, [small])).toMatchObject({ status: 'saved' })
    expect(tab(storage, 'c').load()?.unparsed).toEqual([small])
  })

  it('reads a save without unparsed texts, or with malformed ones, as having none', () => {
    const { storage, items } = memoryStorage()
    items.set('draft', JSON.stringify({ version: 1, value: { text: 'x' }, revision: 1, savedAt: 1, session: 's' }))
    expect(tab(storage, 'a').load()?.unparsed).toEqual([])
    items.set(
      'draft',
      JSON.stringify({
        version: 1,
        value: { text: 'x' },
        revision: 1,
        savedAt: 1,
        session: 's',
        unparsed: [{ path: 'x' }, 4],
      }),
    )
    expect(tab(storage, 'a').load()?.unparsed).toEqual([])
  })

  it('never lets a restored draft overwrite a newer one from another tab silently', () => {
    const { storage } = memoryStorage()
    const { a, b } = bothLoadedThenBSaved(storage)
    const conflict = a.save({ text: 'a edits' })
    expect(conflict).toEqual({
      status: 'conflict',
      theirs: expect.objectContaining({ value: { text: 'b edits' }, revision: 2, session: 'b' }),
    })
    expect(tab(storage, 'c').load()?.value).toEqual({ text: 'b edits' })
    // The user chose: keep mine…
    expect(a.overwrite({ text: 'a edits' })).toMatchObject({ status: 'saved', saved: { revision: 3 } })
    // …and now b is the stale one.
    expect(b.save({ text: 'b again' })).toMatchObject({ status: 'conflict' })
    if (conflict.status === 'conflict') {
      // Or "use theirs": adopting makes their revision the base, so the next save goes through.
      const c = tab(storage, 'c')
      const theirs = c.load()
      expect(theirs).toBeDefined()
      if (theirs) expect(c.adopt(theirs)).toEqual({ text: 'a edits' })
      expect(c.save({ text: 'c' })).toMatchObject({ status: 'saved', saved: { revision: 4 } })
    }
  })

  it('reads another tab’s save: adopt it when this tab has nothing unsaved, ask when it has', () => {
    const { storage, event } = memoryStorage()
    const a = tab(storage, 'a')
    const b = tab(storage, 'b')
    a.save({ text: 'start' })
    b.load()
    a.save({ text: 'from a' })
    expect(b.receive(event('draft'), { text: 'start' })).toEqual({
      status: 'updated',
      saved: expect.objectContaining({ value: { text: 'from a' } }),
    })
    expect(b.receive(event('draft'), { text: 'b typed this' })).toEqual({
      status: 'conflict',
      theirs: expect.objectContaining({ revision: 2 }),
    })
    expect(b.receive(event('other-key'), { text: 'start' })).toBeUndefined()
    // Its own save, echoed, is not news.
    expect(a.receive(event('draft'), { text: 'from a' })).toBeUndefined()
  })

  it('two tabs saving in the same instant: the one whose save was written over asks, the other stays saved', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    a.save({ text: 'start' })
    // The `storage` event each write sends the other tab carries the value as written.
    const written = (): { key: string; newValue: string | null } => ({
      key: 'draft',
      newValue: items.get('draft') ?? null,
    })
    let fromA: { key: string; newValue: string | null } | undefined
    const b = tab(
      {
        ...storage,
        setItem: (key, value) => {
          // b has read the stored draft; a saves from the same base before b writes.
          if (fromA === undefined) {
            a.save({ text: 'from a' })
            fromA = written()
          }
          storage.setItem(key, value)
        },
      },
      'b',
    )
    b.load()
    b.save({ text: 'from b' })
    const fromB = written()
    if (fromA === undefined) throw new Error('a should have saved')
    expect(JSON.parse(fromA.newValue ?? '')).toMatchObject({ session: 'a', revision: 2 })
    expect(JSON.parse(fromB.newValue ?? '')).toMatchObject({ session: 'b', revision: 2 })
    // b wrote last: its draft is stored, and a's event is old news to it.
    expect(b.receive(fromA, { text: 'from b' })).toBeUndefined()
    // a's draft is stored nowhere: asked about, neither believed saved nor silently replaced…
    expect(a.receive(fromB, { text: 'from a' })).toEqual({
      status: 'conflict',
      theirs: expect.objectContaining({ value: { text: 'from b' } }),
    })
    // …and its next save does not go over b's unasked.
    expect(a.save({ text: 'from a' })).toMatchObject({ status: 'conflict' })
  })

  it('says when another tab removed the stored draft or cleared the storage, while the key stays empty', () => {
    const { storage, items, event } = memoryStorage()
    const a = tab(storage, 'a')
    a.save({ text: 'mine' })
    items.delete('draft')
    expect(a.receive(event('draft'), { text: 'mine' })).toEqual({ status: 'removed' })
    items.clear()
    expect(a.receive({ key: null, newValue: null }, { text: 'mine' })).toEqual({ status: 'removed' })
    // Saved again in its place: that save brings its own event; another key's removal is no news.
    expect(a.save({ text: 'mine' }).status).toBe('saved')
    expect(a.receive({ key: null, newValue: null }, { text: 'mine' })).toBeUndefined()
    expect(a.receive({ key: 'other-key', newValue: null }, { text: 'mine' })).toBeUndefined()
    const unreadable = createDraftPersistence({
      key: 'draft',
      storage: {
        getItem: () => {
          throw new Error('SecurityError')
        },
        setItem: () => {},
      },
    })
    expect(unreadable.receive({ key: null, newValue: null }, { text: 'mine' })).toBeUndefined()
  })

  it('says nothing was removed when this tab never stored a draft (a full storage refused its every save)', () => {
    const { storage, items, event } = memoryStorage()
    const full: DraftStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    const a = tab(full, 'a')
    expect(a.load()).toBeUndefined()
    expect(a.save({ text: 'mine' })).toEqual({ status: 'unavailable' })
    // Its key was empty all along: a clear elsewhere, or a page back from the back/forward cache
    // reading it empty, changes nothing of this tab's.
    expect(a.receive({ key: null, newValue: null }, { text: 'mine' })).toBeUndefined()
    expect(a.receive(event('draft'), { text: 'mine' })).toBeUndefined()
    // Once a draft of its own was stored, its removal is news again.
    expect(tab(storage, 'b').save({ text: 'theirs' }).status).toBe('saved')
    const change = a.receive(event('draft'), { text: 'mine' })
    if (change?.status !== 'conflict') throw new Error(`expected a conflict, got ${change?.status}`)
    a.adopt(change.theirs)
    items.clear()
    expect(a.receive({ key: null, newValue: null }, { text: 'theirs' })).toEqual({ status: 'removed' })
  })

  it('another tab saving back the very draft this tab saved is no news: no conflict, no update', () => {
    const { storage, event } = memoryStorage()
    const a = tab(storage, 'a')
    const b = tab(storage, 'b')
    a.save({ text: 'start' })
    b.load()
    a.save({ text: 'from a' })
    const received = b.receive(event('draft'), { text: 'start' })
    if (received?.status !== 'updated') throw new Error('b should take a’s draft')
    b.adopt(received.saved)
    // b's host writes the adopted draft back (a controlled value), so b saves it again.
    b.save({ text: 'from a' })
    // Meanwhile a typed on: the echo of its own draft is neither a conflict nor an update…
    expect(a.receive(event('draft'), { text: 'from a, and more' })).toBeUndefined()
    expect(a.receive(event('draft'), { text: 'from a' })).toBeUndefined()
    // …and a's next save goes through.
    expect(a.save({ text: 'from a, and more' })).toMatchObject({ status: 'saved', saved: { revision: 4 } })
  })

  it('another tab’s newer draft equal to this tab’s changes is no conflict (one host gave both editors the draft)', () => {
    const { storage, event } = memoryStorage()
    const a = tab(storage, 'a')
    const b = tab(storage, 'b')
    a.save({ text: 'start' })
    b.load()
    // Both hold the same new draft, unsaved: a saves it first; b hears nothing new, asks nothing.
    a.save({ text: 'both' })
    expect(b.receive(event('draft'), { text: 'both' })).toBeUndefined()
    // Its save then goes through, and a reads that echo as nothing new.
    expect(b.save({ text: 'both' })).toMatchObject({ status: 'saved', saved: { revision: 3 } })
    expect(a.receive(event('draft'), { text: 'both' })).toBeUndefined()
    // Saved before the other's save was heard: the same draft goes through too…
    a.save({ text: 'again' })
    expect(b.save({ text: 'again' })).toMatchObject({ status: 'saved', saved: { revision: 5 } })
    // …while a different one, or the same with other unparsed text, is still asked about.
    a.save({ text: 'a alone' })
    expect(b.save({ text: 'b alone' })).toMatchObject({ status: 'conflict' })
    expect(b.save({ text: 'a alone' }, [{ path: ['body'], text: '{' }])).toMatchObject({ status: 'conflict' })
    expect(b.receive(event('draft'), { text: 'a alone' }, [{ path: ['body'], text: '{' }])).toMatchObject({
      status: 'conflict',
    })
  })

  it('ignores a stored entry it cannot read, and what `read` rejects', () => {
    const { storage, items } = memoryStorage()
    items.set('draft', 'not json')
    expect(tab(storage, 'a').load()).toBeUndefined()
    items.set('draft', JSON.stringify({ version: 99, value: {}, revision: 1, savedAt: 0, session: 'x' }))
    expect(tab(storage, 'a').load()).toBeUndefined()
    tab(storage, 'a').overwrite({ text: 'ok' })
    const strict = createDraftPersistence({
      key: 'draft',
      storage,
      read: (value) => (typeof value === 'string' ? value : undefined),
    })
    expect(strict.load()).toBeUndefined()
  })

  it('sets aside a stored entry it cannot read (another version’s, damaged, refused) instead of saving over it', () => {
    const future = JSON.stringify({
      version: 2,
      value: { text: 'from a newer kit' },
      revision: 7,
      savedAt: 1,
      session: 'x',
    })
    const refused = JSON.stringify({ version: 1, value: 42, revision: 1, savedAt: 1, session: 'x' })
    // Edited by hand: parses, but nests too deep to be written back (or shown, or compared).
    const deep = `{"version":1,"value":{"text":${'['.repeat(5000)}${']'.repeat(5000)}},"revision":1,"savedAt":1,"session":"x"}`
    const cases = [
      { raw: future, value: { text: 'from a newer kit' } },
      { raw: '{"version":1,"value":{"te', value: undefined },
      { raw: refused, value: 42 },
      { raw: deep, value: undefined },
    ]
    for (const { raw, value } of cases) {
      const { storage, items } = memoryStorage()
      items.set('draft', raw)
      const a = createDraftPersistence({
        key: 'draft',
        storage,
        session: 'a',
        read: (stored) => (typeof stored === 'object' ? stored : undefined),
      })
      expect(a.unreadable(), raw).toBeUndefined()
      expect(a.load(), raw).toBeUndefined()
      expect(a.unreadable(), raw).toEqual({ text: raw, value, reason: 'unreadable', unparsed: [] })
      expect(a.save({ text: 'typed here' })).toMatchObject({ status: 'saved', saved: { revision: 1 } })
      expect(items.get('draft:set-aside'), raw).toBe(raw)
      // Still there for the next page load, until the person discards it.
      expect(tab(storage, 'b').unreadable()?.text).toBe(raw)
      a.discardUnreadable()
      expect(items.has('draft:set-aside')).toBe(false)
      expect(a.unreadable()).toBeUndefined()
    }
  })

  it('never saves over an unreadable entry it could not set aside (a full storage): it stays, the save is refused', () => {
    const raw = JSON.stringify({
      version: 2,
      value: { text: 'from a newer kit' },
      revision: 7,
      savedAt: 1,
      session: 'x',
    })
    // A storage of a quota (keys and values counted), full but for `room` characters, as localStorage is.
    for (const room of [0, 5, 20, 200, 10_000]) {
      const items = new Map<string, string>([['draft', raw]])
      const used = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0)
      const quota = used() + room
      const storage: DraftStorage = {
        getItem: (key) => items.get(key) ?? null,
        setItem: (key, value) => {
          const before = items.get(key)
          items.set(key, value)
          if (used() > quota) {
            if (before === undefined) items.delete(key)
            else items.set(key, before)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          }
        },
        removeItem: (key) => void items.delete(key),
      }
      const result = tab(storage, 'a').save({ text: 'typed here' })
      const kept = [items.get('draft'), items.get('draft:set-aside')]
      expect(kept, `room ${room}`).toContain(raw)
      if (items.get('draft') === raw) expect(result, `room ${room}`).toEqual({ status: 'unavailable' })
    }
  })

  it('refuses the save even when the new draft would fit where the unreadable entry is', () => {
    // Full storage: no room for a new key, while a draft shorter than the entry fits in its place.
    const raw = JSON.stringify({ version: 2, value: { text: 'x'.repeat(1000) }, revision: 7, savedAt: 1, session: 'x' })
    const items = new Map<string, string>([['draft', raw]])
    const storage: DraftStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => {
        if (key !== 'draft') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        items.set(key, value)
      },
      removeItem: (key) => void items.delete(key),
    }
    const a = tab(storage, 'a')
    expect(a.save({ text: 'typed here' })).toEqual({ status: 'unavailable' })
    expect(a.overwrite({ text: 'typed here' })).toEqual({ status: 'unavailable' })
    expect(items.get('draft')).toBe(raw)
  })

  it('sets aside an entry another tab wrote in a format this one cannot read, on the next save', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    a.save({ text: 'mine' })
    const newer = JSON.stringify({ version: 2, value: { text: 'theirs' }, revision: 9, savedAt: 1, session: 'new-kit' })
    items.set('draft', newer)
    expect(a.save({ text: 'mine, more' })).toMatchObject({ status: 'saved' })
    expect(a.unreadable()).toEqual({ text: newer, value: { text: 'theirs' }, reason: 'unreadable', unparsed: [] })
  })

  it('keeps what the editor had out of sight, and reads an older draft or a malformed one without it', () => {
    const { storage, items } = memoryStorage()
    const setAside = {
      entries: { 'type#list': { option: 'list', value: { text: 'rows' } } },
      keys: { 'action/buttons': [{ key: 'k4', groups: {} }] },
      nextKey: 9,
      followingAside: ['track-my-order'],
    }
    tab(storage, 'a').save({ text: 'one' }, [], undefined, setAside)
    expect(JSON.parse(items.get('draft') ?? '')).toMatchObject({ setAside })
    const b = tab(storage, 'b')
    expect(b.load()).toMatchObject({ value: { text: 'one' }, setAside })
    // Nothing out of sight: saved as before, without the entry.
    expect(b.save({ text: 'two' })).toMatchObject({ status: 'saved' })
    expect(JSON.parse(items.get('draft') ?? '')).not.toHaveProperty('setAside')
    // Malformed: the draft loads, with nothing out of sight.
    const damaged = { version: 1, value: { text: 'odd' }, revision: 5, savedAt: 5, session: 'x', setAside: { keys: 3 } }
    items.set('draft', JSON.stringify(damaged))
    expect(tab(storage, 'c').load()).toEqual({
      value: { text: 'odd' },
      revision: 5,
      savedAt: 5,
      session: 'x',
      unparsed: [],
    })
    // Set aside as a tab closes, with the rest of its editor's draft.
    const { a } = bothLoadedThenBSaved(storage)
    expect(a.setAside({ text: 'a edits' }, [], undefined, setAside)).toBe('set-aside')
    expect(JSON.parse(items.get('draft:set-aside') ?? '')).toMatchObject({ value: { text: 'a edits' }, setAside })
  })

  it('opens a draft set aside with all its editor kept, or the draft of an entry it could not read, then removes it', () => {
    const { storage, items } = memoryStorage()
    const { a } = bothLoadedThenBSaved(storage)
    const texts = [{ path: ['body'], text: '{"text": ' }]
    const setAside = { entries: {}, keys: {}, nextKey: 3 }
    expect(a.setAside({ text: 'a edits' }, texts, [['x', 0]], setAside)).toBe('set-aside')
    items.set('draft:set-aside:2', JSON.stringify({ version: 2, value: { text: 'newer kit' }, revision: 1 }))
    items.set('draft:set-aside:3', '{"version":1,"value":{"text":"dam')
    const c = tab(storage, 'c')
    c.load()
    const closed = c.unreadable()
    if (closed === undefined) throw new Error('nothing set aside')
    expect(c.toOpen(closed)).toEqual({ value: { text: 'a edits' }, unparsed: texts, following: [['x', 0]], setAside })
    c.discardUnreadable(closed)
    expect(items.has('draft:set-aside')).toBe(false)
    const newer = c.unreadable()
    if (newer === undefined) throw new Error('the next one is not offered')
    expect(c.toOpen(newer)).toEqual({ value: { text: 'newer kit' }, unparsed: [] })
    c.discardUnreadable(newer)
    const damaged = c.unreadable()
    if (damaged === undefined) throw new Error('the damaged one is not offered')
    expect(c.toOpen(damaged)).toBeUndefined()
    // One no longer set aside (another tab discarded it) removes nothing else.
    c.discardUnreadable(newer)
    expect(c.unreadable()).toEqual(damaged)
  })

  it('sets aside the changes of a tab closing with another tab’s newer draft unanswered: the next load offers them', () => {
    const { storage, items } = memoryStorage()
    const { a, b } = bothLoadedThenBSaved(storage)
    expect(a.save({ text: 'a edits' })).toMatchObject({ status: 'conflict' })
    const texts = [{ path: ['body'], text: '{"text": ' }]
    // The editor closes before the question is answered (a route change: no `beforeunload`).
    expect(a.setAside({ text: 'a edits' }, texts)).toBe('set-aside')
    expect(items.get('draft')).toContain('b edits')
    const next = tab(storage, 'c')
    expect(next.load()?.value).toEqual({ text: 'b edits' })
    const aside = next.unreadable()
    expect(aside).toEqual({
      text: items.get('draft:set-aside'),
      value: { text: 'a edits' },
      reason: 'closed',
      unparsed: texts,
    })
    expect(JSON.parse(aside?.text ?? '')).toMatchObject({ value: { text: 'a edits' }, session: 'a', unparsed: texts })
    // The other tab sees it too (a `storage` event makes it read again).
    expect(b.unreadable()?.reason).toBe('closed')
  })

  it('sets nothing aside when the stored or last saved draft already is this one', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    a.save({ text: 'saved' })
    expect(a.setAside({ text: 'saved' })).toBe('stored')
    const b = tab(storage, 'b')
    b.load()
    b.save({ text: 'theirs' })
    // Changed back to what it last saved: another tab's newer draft replaced that knowingly.
    expect(a.setAside({ text: 'saved' })).toBe('stored')
    expect(a.setAside({ text: 'theirs' })).toBe('stored')
    expect([...items.keys()]).toEqual(['draft'])
  })

  it('never writes a set-aside draft over another: they wait in line, each offered until discarded', () => {
    const { storage, items } = memoryStorage()
    const future = JSON.stringify({ version: 2, value: { text: 'newer kit' }, revision: 9, savedAt: 1, session: 'x' })
    items.set('draft:set-aside', future)
    const a = tab(storage, 'a')
    expect(a.setAside({ text: 'closed first' })).toBe('set-aside')
    const b = tab(storage, 'b')
    expect(b.setAside({ text: 'closed second' })).toBe('set-aside')
    // An unreadable entry found later goes behind them.
    items.set('draft', future.replace('newer kit', 'newer kit, again'))
    expect(a.load()).toBeUndefined()
    const offered: unknown[] = []
    for (let aside = a.unreadable(); aside !== undefined; aside = a.unreadable()) {
      offered.push([aside.reason, aside.value])
      a.discardUnreadable()
    }
    expect(offered).toEqual([
      ['unreadable', { text: 'newer kit' }],
      ['closed', { text: 'closed first' }],
      ['closed', { text: 'closed second' }],
      ['unreadable', { text: 'newer kit, again' }],
    ])
    expect(items.size).toBe(0)
  })

  it('sets the same draft aside once (the page left, then its editor closed)', () => {
    const { storage, items } = memoryStorage()
    const { a } = bothLoadedThenBSaved(storage)
    expect(a.setAside({ text: 'a edits' })).toBe('set-aside')
    expect(a.setAside({ text: 'a edits' })).toBe('stored')
    expect(a.setAside({ text: 'a edits, more' })).toBe('set-aside')
    expect([...items.keys()].filter((key) => key.startsWith('draft:set-aside'))).toHaveLength(2)
  })

  it('takes back only what this tab set aside of the draft it holds again (a page back from the back/forward cache)', () => {
    const { storage, items } = memoryStorage()
    const { a, b } = bothLoadedThenBSaved(storage)
    const texts = [{ path: ['body'], text: '{"text": ' }]
    expect(b.setAside({ text: 'a edits' }, texts)).toBe('set-aside')
    expect(a.setAside({ text: 'a edits' }, texts)).toBe('stored')
    expect(a.takeBack({ text: 'a edits' }, texts)).toBe(false)
    b.discardUnreadable()
    expect(a.setAside({ text: 'a edits' }, texts)).toBe('set-aside')
    expect(a.setAside({ text: 'a edits, more' })).toBe('set-aside')
    expect(a.takeBack({ text: 'a edits' })).toBe(false)
    expect(a.takeBack({ text: 'a edits' }, texts)).toBe(true)
    expect(a.takeBack({ text: 'a edits' }, texts)).toBe(false)
    expect(b.unreadable()?.value).toEqual({ text: 'a edits, more' })
    expect([...items.keys()].filter((key) => key.startsWith('draft:set-aside'))).toHaveLength(1)
  })

  it('sets a draft aside behind those still waiting, never into a place freed in front of them', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    a.setAside({ text: 'first' })
    a.setAside({ text: 'second' })
    a.discardUnreadable()
    a.setAside({ text: 'third' })
    expect(a.unreadable()?.value).toEqual({ text: 'second' })
    a.discardUnreadable()
    expect(a.unreadable()?.value).toEqual({ text: 'third' })
    // At the end of the line, those waiting move up: the order stays, and nothing is lost.
    for (let n = 4; items.has('draft:set-aside:16') === false; n++) a.setAside({ text: `draft ${n}` })
    expect(a.setAside({ text: 'one more' })).toBe('set-aside')
    const offered: unknown[] = []
    for (let aside = a.unreadable(); aside !== undefined; aside = a.unreadable()) {
      offered.push((aside.value as { text: string }).text)
      a.discardUnreadable()
    }
    expect(offered).toEqual(['third', ...Array.from({ length: 13 }, (_, i) => `draft ${i + 4}`), 'one more'])
  })

  it('sets an earlier draft aside again once a clear removed it, behind any waiting; once', () => {
    const { storage, items } = memoryStorage()
    items.set('draft', 'damaged')
    const a = tab(storage, 'a')
    a.save({ text: 'mine' })
    const offered = a.unreadable()
    if (offered === undefined) throw new Error('nothing set aside')
    items.clear()
    a.keepUnreadable(offered)
    a.keepUnreadable(offered)
    expect([...items]).toEqual([['draft:set-aside', 'damaged']])
    expect(a.unreadable()).toEqual(offered)
  })

  it('gives back the JSON text that did not parse of a draft set aside, else its draft, else the entry', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    const typed = '{\n  "type": "button",\n  "body": {"text": "Half'
    a.setAside({ text: 'last parsed' }, [{ path: [], text: typed }])
    const aside = a.unreadable()
    expect(aside?.unparsed).toEqual([{ path: [], text: typed }])
    expect(aside && unreadableDraftText(aside)).toBe(typed)
    a.discardUnreadable()
    a.setAside({ text: 'no text' }, [{ path: ['body'], text: '{' }])
    expect(unreadableDraftText(a.unreadable() ?? ({} as never))).toBe('{\n  "text": "no text"\n}\n')
    a.discardUnreadable()
    items.set('draft:set-aside', '{"version":1,"value":{"te')
    expect(unreadableDraftText(a.unreadable() ?? ({} as never))).toBe('{"version":1,"value":{"te')
  })

  it('sets nothing aside, and says so, when the storage refuses or has no room left for it', () => {
    expect(createDraftPersistence({ key: 'draft', storage: undefined }).setAside('x')).toBe('unavailable')
    const { storage, items } = memoryStorage()
    const full: DraftStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    expect(tab(full, 'a').setAside({ text: 'mine' })).toBe('unavailable')
    for (let place = 1; place <= 16; place += 1)
      items.set(place === 1 ? 'draft:set-aside' : `draft:set-aside:${place}`, '{}')
    expect(tab(storage, 'a').setAside({ text: 'mine' })).toBe('unavailable')
    expect(items.size).toBe(16)
  })

  it('is unavailable, never throwing, without storage or when storage refuses', () => {
    expect(createDraftPersistence({ key: 'draft', storage: undefined }).save('x')).toEqual({ status: 'unavailable' })
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const persistence = createDraftPersistence({ key: 'draft', storage: refusing })
    expect(persistence.load()).toBeUndefined()
    expect(persistence.save('x')).toEqual({ status: 'unavailable' })
    expect(() => persistence.clear()).not.toThrow()
  })

  it('refuses a save into a storage that throws when read: the next load could not bring it back', () => {
    const { storage, items } = memoryStorage()
    tab(storage, 'other').save({ text: 'another tab’s newer draft' })
    const unreadable: DraftStorage = {
      ...storage,
      getItem: () => {
        throw new Error('NS_ERROR_FILE_CORRUPTED')
      },
    }
    const a = tab(unreadable, 'a')
    expect(a.load()).toBeUndefined()
    expect(a.save({ text: 'mine' })).toEqual({ status: 'unavailable' })
    expect(a.overwrite({ text: 'mine' })).toEqual({ status: 'unavailable' })
    expect(JSON.parse(items.get('draft') ?? 'null').value).toEqual({ text: 'another tab’s newer draft' })
  })

  it('clears the stored draft', () => {
    const { storage, items } = memoryStorage()
    const a = tab(storage, 'a')
    a.save({ text: 'x' })
    a.clear()
    expect(items.has('draft')).toBe(false)
  })

  it('uses globalThis.localStorage when there is one, and nothing when it throws or is missing', () => {
    const { storage } = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    expect(localDraftStorage()).toBe(storage)
    vi.stubGlobal('localStorage', undefined)
    expect(localDraftStorage()).toBeUndefined()
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new Error('SecurityError')
      },
    })
    expect(localDraftStorage()).toBeUndefined()
    vi.unstubAllGlobals()
  })
})
