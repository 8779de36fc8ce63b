import {
  createDraftPersistence,
  createEditorState,
  type DraftPersistence,
  type EditorState,
  followingIdPaths,
  localDraftStorage,
  type SaveDraftResult,
  type SavedDraft,
  type SavedText,
  savedSetAside,
  type UnreadableDraft,
} from '@briq-interactive/core'
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { TYPING_PAUSE_MS } from '../dom/typing-pause.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { isRecord } from '../state/is-record.ts'
import { sameJson } from '../state/same-json.ts'
import { type BuilderModel, restoreKept } from './builder-model.ts'

// A change is saved once typing pauses, and typing on as often; leaving the page saves at once.
const SAVE_DELAY_MS = TYPING_PAUSE_MS

// The source of drafts taken from storage (another tab's, this page's other builder's): saved
// there every few hundred ms while someone types, in a row they are one undo step here, never
// pushing this builder's own steps out of its history.
const ADOPTED = 'storage'

/** What core's `receive` reads of a `storage` event. */
type StorageChange = { key: string | null; newValue: string | null }

/** A mounted builder of this page with a `persistKey`, as the page's other builders reach it. */
interface PageBuilder {
  readonly key: string
  /** Hears another builder's save, as a `storage` event brings another tab's. */
  hear(change: StorageChange, from: 'page'): void
  /** Reads again whether a draft is set aside under its key (one was discarded). */
  noteAside(): void
}

// The mounted builders of this page with a `persistKey`: they tell each other of a save without
// a synthetic `storage` event on `window`, which the host's own listeners would also hear, and
// of a set-aside draft discarded.
const pageBuilders = new Set<PageBuilder>()

// By key, the session (core's id of one persistence) of this page's latest save: another tab's
// newer draft is asked about as such, one of this page's other builders' as theirs. Only the
// latest: a save replaces the draft stored under its key, and every builder of the page with the
// key hears it (the draft it asks about is that one). An admin page mounts a builder on every
// visit to a record, each with a session of its own, all day.
const pageSessions = new Map<string, string>()

/** How many sessions this page keeps to tell its own builders' drafts apart (for tests). */
export const pageSessionCount = (): number => pageSessions.size

// The events (another tab's `storage`, a `pageshow` from the back/forward cache) whose draft a
// builder of this page said it took: every builder with the key hears the same event object and
// takes the same draft, and a screen reader would hear "Updated…" once per builder.
const saidUpdates = new WeakSet<Event>()

/** Has the browser ask before the page is left ("Leave site?"). */
const askBeforeLeaving = (event: BeforeUnloadEvent) => {
  event.preventDefault()
  event.returnValue = ''
}

/**
 * Keeps "Leave site?" on for a builder whose effects were cleaned up with its state kept (a tree
 * hidden by `<Activity>` or a suspending `<Suspense>`) while it holds the only copy of a change:
 * until its effects run again (it takes over then), or its element leaves the document (unmounted
 * while hidden: nothing is held any more). Returns what takes it off.
 */
function holdWhileHidden(node: Element): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (node.isConnected) askBeforeLeaving(event)
    else drop()
  }
  const observer = new MutationObserver(() => {
    if (!node.isConnected) drop()
  })
  function drop() {
    observer.disconnect()
    window.removeEventListener('beforeunload', onBeforeUnload)
  }
  observer.observe(node.ownerDocument, { childList: true, subtree: true })
  window.addEventListener('beforeunload', onBeforeUnload)
  return drop
}

/** This page's builders with `key` read again whether a draft is set aside under it. */
const noteAsideOnPage = (key: string) => {
  for (const other of pageBuilders) if (other.key === key) other.noteAside()
}

/**
 * Whether this tab's changes are kept, with `persistKey` (`Builder.Root`'s `data-persist`):
 * `saved` (stored, or saved at the typing pause and on leaving), `conflict` (another tab's newer
 * draft waits for an answer: this tab's changes are not saved) or `unsaved` (the browser refused
 * to save a change: this page holds the only copy).
 */
export type BuilderPersistState = 'saved' | 'conflict' | 'unsaved'

/**
 * What `Builder.DraftConflict` shows (another tab's newer draft, and the two ways out) and
 * `Builder.DraftStorageNotice` (a save the browser refused, an earlier draft set aside).
 */
export interface DraftPersistenceState {
  /** Another tab saved a newer draft while this one has changes of its own. */
  readonly conflict: SavedDraft<unknown> | undefined
  /** That newer draft came from another builder of this page with the same `persistKey`, not another tab. */
  readonly conflictOnPage: boolean
  /** The last save was refused (storage full, blocked or missing): the draft lives only in this page. */
  readonly unsaved: boolean
  /** Whether this tab's changes are kept (see `BuilderPersistState`). */
  readonly status: BuilderPersistState
  /** A stored draft this kit could not read, kept aside instead of saved over. */
  readonly unreadable: UnreadableDraft | undefined
  /** Removes the set-aside draft. */
  discardUnreadable(): void
  /**
   * Opens the set-aside draft in the builder, in place of the present draft (an undoable step),
   * with the unparsed texts, following ids and hidden parts it was set aside with; once saved in
   * its place, it is no longer set aside. `undefined` when it holds no draft to open (damaged).
   */
  openUnreadable: (() => void) | undefined
  /** Replaces this tab's draft with the other tab's (an undoable step). */
  acceptTheirs(): void
  /** Keeps this tab's draft and saves it over the other tab's. */
  keepMine(): void
}

interface Options {
  model: BuilderModel
  persistKey: string | undefined
  /** The builder's element: still in the document once its effects are cleaned up, it was hidden, not unmounted. */
  root: RefObject<HTMLElement | null>
  /** Called after the draft was replaced from storage (to tell `onValueChange`). */
  onReplaced(): void
  /** Called with what happened: the draft was restored on load, updated from another tab, or a set-aside one opened. */
  onNotice(notice: 'restored' | 'updated' | 'opened'): void
}

// Path and text of unparsed texts, as they are saved (an editor's carry their issue too).
const texts = (unparsed: readonly SavedText[]) => unparsed.map(({ path, text }) => ({ path, text }))

// A draft is one object (the JSON tab's own rule); a stored list or value is set aside by core.
const readDraft = (value: unknown) => (isRecord(value) ? value : undefined)

/**
 * `persistKey`: restores the saved draft on load, with any text typed into a JSON box that did
 * not parse (shown again with its error), saves each change (after a pause, and when the page
 * is left), and follows other tabs through core's `createDraftPersistence` — a newer
 * draft from another tab replaces this one only when this tab has nothing unsaved; otherwise
 * the user is asked (`conflict`). Runs only in the browser.
 */
export function useDraftPersistence({ model, persistKey, root, onReplaced, onNotice }: Options): DraftPersistenceState {
  const [conflict, setConflict] = useState<SavedDraft<unknown> | undefined>(undefined)
  const [unsaved, setUnsaved] = useState(false)
  const [unreadable, setUnreadable] = useState<UnreadableDraft | undefined>(undefined)
  const persistence = useRef<DraftPersistence<unknown> | undefined>(undefined)
  // Set with `conflict`, for the handlers: while asking nothing is saved, and leaving asks first.
  const asking = useRef(false)
  // A change the browser refused to save: this page holds the only copy.
  const [changeRefused, setChangeRefused] = useState(false)
  // The mounted key's `settle` (below), for "Keep this draft".
  const settleRef = useRef<(result: SaveDraftResult<unknown>) => void>(() => {})
  // The mounted key's "Open the earlier draft", and the draft it opened while not yet saved in its place.
  const openRef = useRef<(draft: UnreadableDraft) => void>(() => {})
  // The mounted key's `adopt` (below), for "Use the other tab's draft".
  const adoptRef = useRef<(saved: SavedDraft<unknown>) => void>(() => {})
  const openedAside = useRef<UnreadableDraft | undefined>(undefined)
  // The earlier draft the notice offers, as last read (for the handlers).
  const shownAside = useRef<UnreadableDraft | undefined>(undefined)
  const callbacks = useRef({ onReplaced, onNotice })
  callbacks.current = { onReplaced, onNotice }
  // Another tab's newer draft to ask about, or none: the shown question and `asking` never disagree.
  const ask = useCallback((theirs: SavedDraft<unknown> | undefined) => {
    asking.current = theirs !== undefined
    setConflict(theirs)
  }, [])

  // The key's persistence while this builder lives, and whether its changes were set aside as its
  // effects were cleaned up: effects run again with the state kept (a tree hidden by `<Activity>`
  // or a suspending `<Suspense>` and shown again, Fast Refresh) resume it as this same tab, as a
  // page shown again from the back/forward cache does, instead of loading it anew as on a reload.
  // `seen`: the state it last noticed, to notice a change made while its effects were cleaned up.
  const kept = useRef<
    | {
        key: string
        store: DraftPersistence<unknown>
        setAside: boolean
        refused: boolean
        /** Its last save was refused, a change's or not (the notice it showed). */
        unsaved: boolean
        seen?: EditorState
      }
    | undefined
  >(undefined)
  // "Leave site?" kept on while its effects are cleaned up holding a change saved nowhere (above),
  // with the element that tells a hidden builder from an unmounted one.
  const held = useRef<{ node: Element; drop(): void } | undefined>(undefined)

  useClientLayoutEffect(() => {
    // Running again, it asks before leaving itself while that is needed.
    held.current?.drop()
    held.current = undefined
    // What the last run noted (and asked) is noted again below, for this key as it is now. Not
    // taken away as that run was cleaned up: a hidden builder shown again would show its alerts
    // as new elements, and a screen reader say them again though nothing changed (set twice in
    // one run, a notice stays the element it was).
    setUnsaved(false)
    setUnreadable(undefined)
    setConflict(undefined)
    if (persistKey === undefined) {
      // A key given again later is given anew: its stored draft is restored, as on load.
      kept.current = undefined
      return
    }
    const storage = localDraftStorage()
    const resumed = kept.current?.key === persistKey ? kept.current : undefined
    const store = resumed?.store ?? createDraftPersistence<unknown>({ key: persistKey, storage, read: readDraft })
    const thisRun: NonNullable<typeof kept.current> = {
      key: persistKey,
      store,
      setAside: false,
      refused: false,
      // Refused until a save says otherwise (one waits for a change made while it was hidden).
      unsaved: resumed?.unsaved ?? false,
    }
    if (thisRun.unsaved) setUnsaved(true)
    kept.current = thisRun
    persistence.current = store
    // A `storage` event reaches only other documents: builders of this page with the same key
    // hear of a save through `pageBuilders`, as other tabs do (this one's own save is no news to it).
    // What is stored under the key now, or `undefined` while the storage cannot be read.
    const readStored = (): string | null | undefined => {
      try {
        return storage?.getItem(persistKey) ?? null
      } catch {
        return undefined
      }
    }
    const tellPage = (result: SaveDraftResult<unknown>) => {
      if (result.status !== 'saved') return
      const newValue = readStored()
      if (newValue === undefined) return
      for (const other of pageBuilders) if (other !== thisBuilder) other.hear({ key: persistKey, newValue }, 'page')
    }
    // Each outcome is kept as state, so a refusal is said once while saves keep failing.
    const noteAside = () => {
      const aside = store.unreadable()
      shownAside.current = aside
      setUnreadable((last) => (last?.text === aside?.text ? last : aside))
    }
    // What is saved of an editor state: its draft, unparsed texts, the ids that follow their
    // titles, and what it keeps out of sight (a reload keeps it all).
    const saving = (state: EditorState) =>
      [state.draft, state.unparsed, followingIdPaths(state, model.options.draft), savedSetAside(state)] as const
    const noteSaved = (result: SaveDraftResult<unknown>) => {
      if (result.status === 'saved') pageSessions.set(persistKey, result.saved.session)
      thisRun.unsaved = result.status === 'unavailable'
      setUnsaved(thisRun.unsaved)
      noteAside()
    }
    // A change's save, from typing or "Keep this draft": one record of its outcome, so the notice,
    // the question before leaving and this page's other builders agree.
    const settle = (result: SaveDraftResult<unknown>) => {
      thisRun.refused = result.status === 'unavailable'
      setChangeRefused(thisRun.refused)
      // A draft opened from those set aside is kept in its place now: no longer set aside.
      const opened = openedAside.current
      if (result.status === 'saved' && opened !== undefined) {
        openedAside.current = undefined
        store.discardUnreadable(opened)
        noteAsideOnPage(persistKey)
      }
      noteSaved(result)
      tellPage(result)
    }
    settleRef.current = settle
    const saved = resumed === undefined ? store.load() : undefined
    noteAside()
    const present = model.getSnapshot().state
    if (resumed !== undefined) {
      // Resumed below, once it can hear what was saved meanwhile.
    } else if (saved === undefined) {
      // The starting draft becomes this tab's base: another tab's newer draft then replaces it
      // as long as nothing was typed here, instead of asking about a draft nobody touched.
      const result = store.save(...saving(model.getSnapshot().state))
      // A draft changed already (typed before the key was given, or under the key before) is a
      // change: refused, it is saved nowhere, and leaving asks first, as for typing refused.
      if (model.getSnapshot().canUndo) settle(result)
      else noteSaved(result)
    } else if (
      // Restored also when the draft is the one this builder starts from but more was saved with
      // it: text that did not parse, or what a switch hid (a list's rows under its reply buttons).
      // Not when the builder holds what is stored, all of it: it saved it itself as this effect
      // was cleaned up (a tree hidden by `<Activity>` and shown again, Fast Refresh, StrictMode's
      // second run), and restoring it again would be an undo step that changes nothing, and said.
      !sameJson(saved.value, present.draft) ||
      !sameJson(texts(saved.unparsed), texts(present.unparsed)) ||
      !sameJson(saved.setAside, savedSetAside(present))
    ) {
      const options = model.options.draft
      // Before any change the saved draft is where the history starts; after changes (a key given
      // or changed later) the draft it replaces may be saved nowhere (a refused save, an open
      // question), so it becomes an undoable step.
      if (!model.getSnapshot().canUndo) {
        model.reset(restoreKept(createEditorState(saved.value, options), saved, options))
      } else {
        model.replace(saved.value, saved)
      }
      callbacks.current.onReplaced()
      // Said once for the page: another builder of it with the key shows this draft already (two
      // mounted together, a panel opened beside a row), and a screen reader would hear it twice.
      if (![...pageBuilders].some((other) => other.key === persistKey)) callbacks.current.onNotice('restored')
    }
    let lastState = resumed?.seen ?? model.getSnapshot().state
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = (): SaveDraftResult<unknown> | undefined => {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      if (asking.current) return undefined
      const result = store.save(...saving(model.getSnapshot().state))
      settle(result)
      if (result.status === 'conflict') ask(result.theirs)
      return result
    }
    // A draft set aside, opened: it replaces this one as an undoable step and is saved at once;
    // only once saved in its place (now, or on "Keep this draft" or a later save) is it no longer
    // set aside: a refused save, or another tab's question open, keeps it there meanwhile.
    openRef.current = (draft) => {
      const opened = store.toOpen(draft)
      if (opened === undefined) return
      model.replace(opened.value, opened)
      openedAside.current = draft
      callbacks.current.onReplaced()
      callbacks.current.onNotice('opened')
      save()
    }
    // The draft stored under the key, in place of this one (another tab's, this page's other
    // builder's): shown as stored, so nothing of it is saved again. Saved again, it would be this
    // builder's, saved now: a question open in another builder or tab would name the wrong editor
    // and time for it. Another draft in its place: one opened from those set aside stays set aside.
    const adopt = (saved: SavedDraft<unknown>) => {
      openedAside.current = undefined
      model.replace(store.adopt(saved), saved, ADOPTED)
      lastState = model.getSnapshot().state
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      // What it shows is stored: nothing of this page's is at risk.
      thisRun.refused = false
      setChangeRefused(false)
      callbacks.current.onReplaced()
    }
    // "Use the other tab's draft" after a script cleared the storage while the question was open:
    // that draft is stored nowhere now, so it is saved as this builder's (a reload brings it back).
    adoptRef.current = (saved) => {
      adopt(saved)
      if (readStored() === null) save()
    }
    // Another tab's saves taken in a row, nothing changed here between: one undo step, said once.
    let takingOn = false
    const noticeChange = () => {
      const { state } = model.getSnapshot()
      if (state.draft === lastState.draft && state.unparsed === lastState.unparsed) return
      lastState = state
      takingOn = false
      if (timer === undefined) timer = setTimeout(save, SAVE_DELAY_MS)
    }
    const unsubscribe = model.subscribe(noticeChange)
    const flush = () => {
      if (timer !== undefined) save()
    }
    // Left with the question unanswered (a route change fires no `beforeunload`; a page left
    // after "Leave site?"): this tab's changes were never saved, and the key holds the other
    // tab's draft, so they are set aside, offered on the next load and by the builders and tabs
    // still open, instead of lost. Once: leaving the page and then closing sets nothing twice.
    const setAsideIfAsking = () => {
      if (!asking.current) return undefined
      const aside = store.setAside(...saving(model.getSnapshot().state))
      if (aside === 'set-aside') noteAsideOnPage(persistKey)
      return aside
    }
    // Leaving (the page, into the back/forward cache, or a tab hidden) sets this tab's changes
    // aside while the question is open: the browser may drop the page unannounced (its time in
    // the cache runs out; a mobile OS kills a hidden tab without `pagehide`, `visibilitychange`
    // to hidden being the last event sure to come:
    // https://developer.chrome.com/docs/web-platform/page-lifecycle-api). Shown again, it takes
    // them back, as long as the editor still holds them. Set aside once: core keeps no copy twice.
    let leftAside = false
    const leave = () => {
      flush()
      if (setAsideIfAsking() === 'set-aside') leftAside = true
    }
    const comeBack = () => {
      const { state } = model.getSnapshot()
      if (leftAside && store.takeBack(state.draft, state.unparsed)) noteAsideOnPage(persistKey)
      leftAside = false
    }
    const onVisibility = () => (document.visibilityState === 'hidden' ? leave() : comeBack())
    // A save of this page's other builder with the key (`from` 'page') is the person's own typing
    // there: taken in silence (said, "Updated with the draft saved in another tab" would be
    // wrong, and heard at each pause of their typing). `from` an event: said once for the page.
    const onStorage = (event: StorageChange, from?: Event | 'page') => {
      // Another tab's script cleared the storage: the earlier draft offered here was discarded by
      // nobody, so it is set aside again (a tab's "Discard" removes its key alone).
      const offered = shownAside.current
      if (event.key === null && offered !== undefined) store.keepUnreadable(offered)
      // Any change may be to the set-aside draft (another tab discarded it, or set one aside).
      noteAside()
      const { state } = model.getSnapshot()
      const change = store.receive(event, state.draft, state.unparsed)
      if (change === undefined) return
      // Removed by another tab (a script clearing the storage): what this one shows is kept
      // nowhere, though nothing here changed, so it is saved again (a reload brings it back).
      if (change.status === 'removed') {
        save()
        return
      }
      if (change.status === 'conflict') {
        ask(change.theirs)
        return
      }
      const said = takingOn
      adopt(change.saved)
      takingOn = true
      if (said || from === 'page' || (from !== undefined && saidUpdates.has(from))) return
      if (from !== undefined) saidUpdates.add(from)
      callbacks.current.onNotice('updated')
    }
    // Back after hearing no `storage` event (a page kept in the back/forward cache, a builder
    // hidden): its changes set aside as it left are taken back while it still holds them, and
    // what another tab saved meanwhile is read, as the event would have brought it. Unreadable
    // now: what it holds stays, and its next save says whether storage works.
    const catchUp = (heard?: Event) => {
      comeBack()
      // Away meanwhile: what was saved since is news.
      takingOn = false
      const newValue = readStored()
      // The draft gone as well may be another tab's clear: heard as one, so the earlier draft
      // offered is set aside again (a Discard elsewhere removes that key alone, the draft stays).
      if (newValue !== undefined) onStorage({ key: newValue === null ? null : persistKey, newValue }, heard)
    }
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) catchUp(event)
    }
    // Another storage's change (`sessionStorage` written in a frame of this tab) says nothing of this one.
    const onStorageEvent = (event: StorageEvent) => {
      if (event.storageArea === null || event.storageArea === storage) onStorage(event, event)
    }
    window.addEventListener('storage', onStorageEvent)
    const thisBuilder: PageBuilder = { key: persistKey, hear: onStorage, noteAside }
    pageBuilders.add(thisBuilder)
    window.addEventListener('pageshow', onPageShow)
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', onVisibility)
    if (resumed !== undefined) {
      // Shown again: caught up as a page shown from the back/forward cache is (the question asked
      // again, or another tab's draft taken when nothing here was changed).
      leftAside = resumed.setAside
      catchUp()
      // A change made while it heard none (a controlled `value` the host gave meanwhile) is saved
      // as any change is, unless it was just replaced by what another tab saved.
      noticeChange()
      // A change the browser refused to save is still saved nowhere: tried again, and said again if refused.
      if (resumed.refused) save()
      // Refused before any change (a storage full from the start): tried again as on load, so
      // the notice still tells while it lasts, with nothing here at risk.
      else if (resumed.unsaved && timer === undefined && !asking.current)
        noteSaved(store.save(...saving(model.getSnapshot().state)))
    }
    // Its element, for its cleanup: React has let go of the ref by the time that can tell.
    const node = root.current
    return () => {
      flush()
      unsubscribe()
      window.removeEventListener('storage', onStorageEvent)
      pageBuilders.delete(thisBuilder)
      const aside = setAsideIfAsking()
      thisRun.setAside = aside === 'set-aside' || leftAside
      thisRun.seen = lastState
      // Hidden (or unmounted: told apart below, once React has removed an unmounted element), it
      // still holds the only copy of a change the browser refused to save, or of changes the
      // question kept from saving that could not even be set aside: leaving still asks first.
      if (node !== null && (aside === undefined ? thisRun.refused : aside === 'unavailable')) {
        held.current = { node, drop: holdWhileHidden(node) }
      }
      window.removeEventListener('pageshow', onPageShow)
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', onVisibility)
      persistence.current = undefined
      openedAside.current = undefined
      shownAside.current = undefined
      // Nothing is saved or asked while its effects are cleaned up; the question shown stays
      // until the next run asks it again (or not), as the notices do (above).
      asking.current = false
      setChangeRefused(false)
    }
  }, [model, persistKey, root, ask])
  // Effects are cleaned up after React has removed an unmounted builder's element: then nothing
  // is held any more. A hidden builder's element is still in the document.
  useEffect(
    () => () => {
      if (held.current?.node.isConnected !== false) return
      held.current.drop()
      held.current = undefined
    },
    [],
  )

  const acceptTheirs = useCallback(() => {
    if (persistence.current === undefined || conflict === undefined) return
    ask(undefined)
    adoptRef.current(conflict)
  }, [conflict, ask])

  const keepMine = useCallback(() => {
    const store = persistence.current
    if (store === undefined) return
    ask(undefined)
    const { state } = model.getSnapshot()
    settleRef.current(
      store.overwrite(state.draft, state.unparsed, followingIdPaths(state, model.options.draft), savedSetAside(state)),
    )
  }, [model, ask])

  const discardUnreadable = useCallback(() => {
    const store = persistence.current
    // The one shown: another tab may have discarded it already, and the next is not this answer's.
    store?.discardUnreadable(unreadable)
    // This page's other builders with the key read that it is gone; this one offers the next
    // draft set aside, if any, and hides this one even where the storage refused to remove it
    // (it is offered again on the next load).
    if (persistKey !== undefined) noteAsideOnPage(persistKey)
    const next = store?.unreadable()
    const offered = next === undefined || next.text === unreadable?.text ? undefined : next
    shownAside.current = offered
    setUnreadable(offered)
  }, [persistKey, unreadable])

  const openUnreadable = useCallback(() => {
    if (unreadable !== undefined) openRef.current(unreadable)
  }, [unreadable])
  // Read once per draft shown (core parses it), not on every render: a controlled host renders
  // the builder on every keystroke.
  const opens = useMemo(
    () => unreadable !== undefined && persistence.current?.toOpen(unreadable) !== undefined,
    [unreadable],
  )

  const status: BuilderPersistState = conflict !== undefined ? 'conflict' : changeRefused ? 'unsaved' : 'saved'
  // While this tab's changes are not saved (a question open, a save refused), leaving the page
  // would lose them, so the browser asks first ("Leave site?"). Listened to only then: a
  // `beforeunload` listener can keep a page out of the back/forward cache
  // (https://web.dev/articles/bfcache#only-add-beforeunload-listeners-conditionally).
  const atRisk = status !== 'saved'
  useEffect(() => {
    if (!atRisk) return
    // A listener of its own: `askBeforeLeaving` added by two builders would be one listener, and
    // the first to be saved would take it off for both.
    const onBeforeUnload = (event: BeforeUnloadEvent) => askBeforeLeaving(event)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [atRisk])

  return {
    conflict,
    conflictOnPage:
      conflict !== undefined && persistKey !== undefined && pageSessions.get(persistKey) === conflict.session,
    acceptTheirs,
    keepMine,
    unsaved,
    status,
    unreadable,
    discardUnreadable,
    openUnreadable: opens ? openUnreadable : undefined,
  }
}
