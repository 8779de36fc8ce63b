import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createDraftPersistence,
  type DraftPersistence,
  type DraftStorage,
  type SavedDraft,
} from './draft-persistence.ts'
import type { SavedText } from './unparsed-text.ts'

type Draft = { text: string }

/** What an editor holds: its draft and the JSON text typed into it that did not parse. */
interface Held {
  draft: Draft
  unparsed: readonly SavedText[]
}

/** One tab: its persistence, what it holds, and the `storage` events not yet delivered to it. */
interface Tab {
  name: string
  store: DraftPersistence<Draft>
  held: Held
  /** Another tab's draft it asks about (nothing is saved meanwhile, as the builder does). */
  asking: SavedDraft<Draft> | undefined
  /** What it last saved, loaded or took: anything else it holds is a change saved nowhere. */
  synced: string
  /** Every draft it was shown (loaded, took, saved): writing over one of those loses nothing unseen. */
  seen: Set<string>
  events: { key: string | null; newValue: string | null }[]
}

const KEY = 'draft'
const heldJson = (held: Held) => JSON.stringify([held.draft, held.unparsed])
const savedHeld = (saved: SavedDraft<Draft>): Held => ({ draft: saved.value, unparsed: saved.unparsed })

const action = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    tab: fc.nat(2),
    // Few words, so two tabs often hold the same draft (a host giving both one draft).
    text: fc.constantFrom('a', 'b', 'c'),
    broken: fc.constantFrom(undefined, '{"type": '),
  }),
  fc.record({ kind: fc.constant('save' as const), tab: fc.nat(2) }),
  fc.record({ kind: fc.constant('hear' as const), tab: fc.nat(2) }),
  fc.record({ kind: fc.constant('answer' as const), tab: fc.nat(2), mine: fc.boolean() }),
  fc.record({ kind: fc.constant('clear' as const), tab: fc.nat(2) }),
  fc.record({ kind: fc.constant('reload' as const), tab: fc.nat(2) }),
  // The storage full (every write refused, as at the quota), or room again.
  fc.record({ kind: fc.constant('full' as const), tab: fc.nat(2), full: fc.boolean() }),
)
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never

/**
 * Three tabs of one origin over one storage, each `storage` event delivered whenever the
 * property says (late, after the tab's own save, or never), the tabs acting as the builder does
 * with each outcome. Throws when a save writes over another tab's draft its tab was never shown,
 * or another tab's draft is taken in place of a change saved nowhere: the two silent losses.
 */
function run(actions: readonly Action[]): void {
  const items = new Map<string, string>()
  let full = false
  const tabs: Tab[] = []
  let writer: Tab | undefined
  const tell = (key: string | null) => {
    for (const tab of tabs) {
      if (tab !== writer) tab.events.push({ key, newValue: key === null ? null : (items.get(key) ?? null) })
    }
  }
  const storage: DraftStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, value)
      tell(key)
    },
    removeItem: (key) => {
      items.delete(key)
      tell(key)
    },
  }
  const by = <T>(tab: Tab, write: () => T): T => {
    writer = tab
    try {
      return write()
    } finally {
      writer = undefined
    }
  }
  const history: string[] = []
  const fail = (what: string) => {
    throw new Error(`${what}\n${history.join('\n')}`)
  }
  const synced = (tab: Tab, held: Held) => {
    tab.held = held
    tab.synced = heldJson(held)
    tab.seen.add(tab.synced)
  }
  let sessions = 0
  const open = (index: number): Tab => {
    const store = createDraftPersistence<Draft>({ key: KEY, storage, session: `t${index}.${sessions++}`, now: () => 0 })
    const tab: Tab = {
      name: `t${index}`,
      store,
      held: { draft: { text: 'start' }, unparsed: [] },
      asking: undefined,
      synced: '',
      seen: new Set(),
      events: [],
    }
    tabs[index] = tab
    const saved = store.load()
    if (saved === undefined) by(tab, () => store.save(tab.held.draft, tab.held.unparsed))
    synced(tab, saved === undefined ? tab.held : savedHeld(saved))
    return tab
  }
  const save = (tab: Tab) => {
    if (tab.asking !== undefined) return
    const before = items.get(KEY)
    const result = by(tab, () => tab.store.save(tab.held.draft, tab.held.unparsed))
    history.push(`${tab.name} saves ${heldJson(tab.held)}: ${result.status}`)
    if (result.status === 'conflict') tab.asking = result.theirs
    if (result.status !== 'saved') return
    const over = before === undefined ? undefined : (JSON.parse(before) as SavedDraft<Draft>)
    if (
      over !== undefined &&
      !over.session.startsWith(`${tab.name}.`) &&
      heldJson(savedHeld(over)) !== heldJson(tab.held) &&
      !tab.seen.has(heldJson(savedHeld(over)))
    ) {
      fail(`${tab.name} wrote over a draft it was never shown: ${heldJson(savedHeld(over))}`)
    }
    synced(tab, tab.held)
  }
  for (let index = 0; index < 3; index++) open(index)
  for (const step of actions) {
    const tab = tabs[step.tab] as Tab
    if (step.kind === 'type') {
      tab.held = {
        draft: { text: step.text },
        unparsed: step.broken === undefined ? [] : [{ path: [], text: step.broken }],
      }
      history.push(`${tab.name} types ${heldJson(tab.held)}`)
    } else if (step.kind === 'save') {
      save(tab)
    } else if (step.kind === 'hear') {
      const event = tab.events.shift()
      if (event === undefined) continue
      const change = tab.store.receive(event, tab.held.draft, tab.held.unparsed)
      history.push(`${tab.name} hears ${event.key}: ${change?.status}`)
      if (change === undefined) {
        // Holding the very draft another tab saved, the persistence takes their save as this tab's
        // base (nothing to take, nothing to ask): the tab has that draft, so it has seen it.
        const stored = items.get(KEY)
        if (
          stored !== undefined &&
          heldJson(savedHeld(JSON.parse(stored) as SavedDraft<Draft>)) === heldJson(tab.held)
        ) {
          synced(tab, tab.held)
        }
      } else if (change.status === 'removed') save(tab)
      else if (change.status === 'conflict') tab.asking = change.theirs
      else if (change.status === 'updated') {
        if (heldJson(tab.held) !== tab.synced) fail(`${tab.name} lost its change ${heldJson(tab.held)}`)
        synced(tab, savedHeld(change.saved))
        tab.store.adopt(change.saved)
      }
    } else if (step.kind === 'answer') {
      const theirs = tab.asking
      if (theirs === undefined) continue
      tab.asking = undefined
      history.push(`${tab.name} keeps ${step.mine ? 'its draft' : 'theirs'}`)
      if (step.mine) {
        const result = by(tab, () => tab.store.overwrite(tab.held.draft, tab.held.unparsed))
        if (result.status === 'saved') synced(tab, tab.held)
      } else {
        tab.store.adopt(theirs)
        synced(tab, savedHeld(theirs))
        // As the builder does: taken after a clear, it is stored nowhere, so it is saved.
        if (!items.has(KEY)) save(tab)
      }
    } else if (step.kind === 'full') {
      full = step.full
      history.push(full ? 'the storage is full' : 'the storage has room')
    } else if (step.kind === 'clear') {
      history.push(`${tab.name} clears the storage`)
      items.clear()
      by(tab, () => tell(null))
    } else if (tab.asking === undefined && heldJson(tab.held) === tab.synced) {
      // A reload ("Leave site?" is asked while a change is saved nowhere).
      history.push(`${tab.name} reloads`)
      open(step.tab)
    }
  }
}

describe('createDraftPersistence across tabs', () => {
  it('never writes over another tab’s unseen draft, nor takes one over a change saved nowhere, in any order', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        expect(() => run(actions)).not.toThrow()
      }),
      { numRuns: 2000 },
    )
  })
})
