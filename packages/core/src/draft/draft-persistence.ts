import { draftJsonText } from './draft-json-text.ts'
import { type DraftPath, isRecord } from './draft-path.ts'
import { draftTextTooLarge } from './draft-text-size.ts'
import { formatDraftJson } from './parse-json-draft.ts'
import { readSavedSetAside, type SavedSetAside } from './saved-set-aside.ts'
import type { SavedText } from './unparsed-text.ts'

/** Where drafts are kept: `localStorage`, or anything with its `getItem` and `setItem`. */
export interface DraftStorage {
  /** The text saved under `key`, or `null` when there is none. */
  getItem(key: string): string | null
  /** Saves `value` under `key`; may throw (storage full or blocked), which persistence reports. */
  setItem(key: string, value: string): void
  /** Removes what is saved under `key` (a discarded draft); without it, nothing is removed. */
  removeItem?(key: string): void
}

/** One saved draft and who saved it when. */
export interface SavedDraft<T> {
  /** The draft saved. */
  readonly value: T
  /** Goes up by one with every save, in any tab. */
  readonly revision: number
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number
  /** The tab (persistence instance) that saved it. */
  readonly session: string
  /**
   * Text typed into JSON boxes that did not parse (an `EditorState`'s `unparsed`), so a reload
   * keeps it; not a text past `LIMITS.structure.draftFile`, which is never read (a reload shows
   * the draft without it).
   */
  readonly unparsed: readonly SavedText[]
  /**
   * The items whose ids follow their titles (core's `followingIdPaths`), so a reload keeps them
   * following (`restoreFollowingIds`). Missing in a draft saved without it (by an older kit):
   * every id is then kept, the safe side.
   */
  readonly following?: readonly DraftPath[]
  /**
   * What the editor kept out of sight (core's `savedSetAside`: a list's rows while it is reply
   * buttons), so a reload keeps it (`restoreSetAside`). Missing when nothing was, or in a draft
   * saved by an older kit: nothing is then out of sight.
   */
  readonly setAside?: SavedSetAside
}

/**
 * A draft set aside under `<key>:set-aside` rather than saved over, until the person discards
 * it: a stored entry this kit could not read (saved by another version of the kit, a newer one
 * after a rollback or a tab left open across an update, damaged, or refused by `read`), or the
 * changes of an editor closed while another tab's newer draft held the key (`setAside`).
 */
export interface UnreadableDraft {
  /** The entry exactly as stored. */
  readonly text: string
  /** The draft inside it, when the entry is JSON with a `value` (a download can hold just that). */
  readonly value: unknown
  /** `unreadable`: an entry this kit cannot open; `closed`: an editor's changes set aside as it closed. */
  readonly reason: 'unreadable' | 'closed'
  /** The text typed into JSON boxes that did not parse, kept with a `closed` draft (else none). */
  readonly unparsed: readonly SavedText[]
}

/** What a draft set aside puts back into an editor when the person opens it (`DraftPersistence.toOpen`). */
export interface DraftToOpen<T> {
  /** The draft. */
  readonly value: T
  /** The text typed into JSON boxes that did not parse, as it was set aside. */
  readonly unparsed: readonly SavedText[]
  /** The items whose ids followed their titles (`restoreFollowingIds`). */
  readonly following?: readonly DraftPath[]
  /** What its editor kept out of sight (`restoreSetAside`). */
  readonly setAside?: SavedSetAside
}

/**
 * What to give the person of a draft set aside (to download, to copy): the whole draft's JSON
 * text that did not parse when it was set aside (their last words, which its value, the last
 * that parsed, does not hold); else its draft as JSON; else the entry exactly as stored.
 */
export function unreadableDraftText(draft: UnreadableDraft): string {
  const typed = draft.unparsed.find((entry) => entry.path.length === 0)
  if (typed !== undefined) return typed.text
  return draft.value === undefined ? draft.text : formatDraftJson(draft.value)
}

/** Options of `createDraftPersistence`. */
export interface DraftPersistenceOptions<T> {
  /** The storage key (the builder's `persistKey`). */
  key: string
  /** The storage; `undefined` (server render, storage disabled) makes every call a no-op. */
  storage: DraftStorage | undefined
  /** Checks a stored value; `undefined` discards it. Default: any value. */
  read?: ((value: unknown) => T | undefined) | undefined
  /** The clock (ms). Default `Date.now`. */
  now?: (() => number) | undefined
  /** This tab's id. Default: a random one. */
  session?: string | undefined
}

/** The outcome of a save. */
export type SaveDraftResult<T> =
  | { status: 'saved'; saved: SavedDraft<T> }
  /** Another tab saved a newer draft since this one last loaded or saved; nothing was written. Ask the user, then `overwrite` or `adopt`. */
  | { status: 'conflict'; theirs: SavedDraft<T> }
  /** No storage, or it refused (quota, private mode). */
  | { status: 'unavailable' }

/** What another tab's save means for this one (from the `storage` event). */
export type DraftStorageChange<T> =
  /** This tab had nothing unsaved: adopting theirs loses nothing. */
  | { status: 'updated'; saved: SavedDraft<T> }
  /** This tab has changes of its own: ask before replacing either. */
  | { status: 'conflict'; theirs: SavedDraft<T> }
  /**
   * The stored draft is gone (another tab's script removed it, or cleared the whole storage:
   * `key` null) and nothing took its place: this tab's draft is kept nowhere, so save it again.
   * Only when this tab had stored, loaded or taken one (a tab whose every save was refused lost
   * nothing to it).
   */
  | { status: 'removed' }

/** Saves and restores one draft under one key, and detects another tab's newer draft. */
export interface DraftPersistence<T> {
  /** The stored draft, if any; it becomes this tab's base revision. */
  load(): SavedDraft<T> | undefined
  /**
   * Saves `value` (and its unparsed texts, the items whose ids follow their titles, and what
   * its editor keeps out of sight), unless another tab saved a different, newer draft since this
   * tab's base (then `conflict`).
   */
  save(
    value: T,
    unparsed?: readonly SavedText[],
    following?: readonly DraftPath[],
    setAside?: SavedSetAside,
  ): SaveDraftResult<T>
  /** Saves `value` even over a newer draft of another tab (the user chose "keep mine"). */
  overwrite(
    value: T,
    unparsed?: readonly SavedText[],
    following?: readonly DraftPath[],
    setAside?: SavedSetAside,
  ): SaveDraftResult<T>
  /** Makes `saved` (another tab's) this tab's base (the user chose "use theirs"); returns its value. */
  adopt(saved: SavedDraft<T>): T
  /**
   * Reads a `storage` event: another tab's save (what is stored when it comes, not the event's
   * value: of two saves of one instant the last is kept), judged against this tab's `current` value (and
   * unparsed texts); `undefined` for other keys, this tab's own save, and a draft equal to
   * `current` (then it becomes this tab's base); `removed` when the stored draft was removed and
   * the key is still empty.
   */
  receive(
    event: { key: string | null; newValue: string | null },
    current: T,
    unparsed?: readonly SavedText[],
  ): DraftStorageChange<T> | undefined
  /** Removes the stored draft (after a send, say). */
  clear(): void
  /**
   * For an editor closing with changes no save could store (another tab's newer draft holds the
   * key, its question unanswered): keeps `value` (and its unparsed texts) set aside, offered by
   * `unreadable` until discarded. `stored` when the stored or last saved draft, or one already
   * set aside, is it.
   */
  setAside(
    value: T,
    unparsed?: readonly SavedText[],
    following?: readonly DraftPath[],
    setAside?: SavedSetAside,
  ): 'set-aside' | 'stored' | 'unavailable'
  /**
   * Takes back what this tab's `setAside` kept of `value` (and its unparsed texts), while it still
   * waits: for a page left with its changes set aside that the browser kept and shows again (the
   * back/forward cache), whose editor holds them again. `true` when it was removed.
   */
  takeBack(value: T, unparsed?: readonly SavedText[]): boolean
  /**
   * The earliest draft set aside (by `load`, a save or `setAside`) and still kept; never written
   * over. Each is set aside behind every one still kept, so they are offered in the order set aside.
   */
  unreadable(): UnreadableDraft | undefined
  /**
   * What opening `draft` (one `unreadable` returned) puts into the editor: an editor's changes
   * set aside with all it kept, or the draft inside an entry this kit could not read when `read`
   * accepts it (another version's). `undefined` when it holds no draft to open (damaged): it can
   * only be downloaded.
   */
  toOpen(draft: UnreadableDraft): DraftToOpen<T> | undefined
  /**
   * Removes `draft` from the drafts set aside (by default the one `unreadable` returns: the
   * person downloaded it, opened it, or does not want it); the next one set aside, if any, is
   * offered then. A `draft` no longer set aside (another tab discarded it) removes nothing.
   */
  discardUnreadable(draft?: UnreadableDraft): void
  /**
   * Sets `draft` (one `unreadable` returned) aside again, behind any still waiting, when it is no
   * longer kept: for a storage another tab's script cleared (a `storage` event with no key), which
   * no person chose to discard it by. Nothing when it is still kept or there is no room.
   */
  keepUnreadable(draft: UnreadableDraft): void
}

const VERSION = 1

// How many drafts can wait set aside under one key; past it nothing more is set aside (a save
// over an unreadable entry is refused instead), and a storage answering every key cannot hang the page.
const ASIDE_PLACES = 16

const isPath = (value: unknown): value is DraftPath =>
  Array.isArray(value) && value.every((key) => typeof key === 'string' || typeof key === 'number')

// Saved unparsed texts; anything malformed is dropped (an older save has none).
const readTexts = (value: unknown): SavedText[] =>
  Array.isArray(value)
    ? value.flatMap((entry) =>
        isRecord(entry) && isPath(entry.path) && typeof entry.text === 'string'
          ? [{ path: entry.path, text: entry.text }]
          : [],
      )
    : []

// The saved item paths whose ids follow; `undefined` (every id kept) when missing or malformed.
const readFollowing = (value: unknown): DraftPath[] | undefined =>
  Array.isArray(value) && value.every(isPath) ? value.map((path) => [...path]) : undefined

// Written only when there is a list: a draft without one reads back as every id kept.
const followingEntry = (following: readonly DraftPath[] | undefined) =>
  following === undefined ? {} : { following: following.map((path) => [...path]) }

// Written only when something is out of sight: an ordinary draft is saved as before.
const setAsideEntry = (setAside: SavedSetAside | undefined) => (setAside === undefined ? {} : { setAside })

// Whether JSON can write `value` back. One nested thousands of levels deep (an entry edited by
// hand, or by another program) overflows the stack wherever it would be compared, saved or
// shown, so such an entry is unreadable and its value no draft to open.
const writable = (value: unknown): boolean => {
  try {
    draftJsonText(value)
    return true
  } catch {
    return false
  }
}

// What this tab last loaded or saved, compared with what it holds now.
const snapshotJson = (value: unknown, unparsed: readonly SavedText[]): string =>
  draftJsonText(unparsed.length === 0 ? [value] : [value, unparsed])
const savedJson = (saved: SavedDraft<unknown>): string => snapshotJson(saved.value, saved.unparsed)

// Path and text only: an editor's unparsed texts carry their issue too, which is not saved. A
// text too large to be read (past LIMITS.structure.draftFile: a log pasted by mistake) is no
// draft and never becomes one: it stays on the page, where its issue says nothing was changed,
// but is not saved. Saved, megabytes of it filled the page's storage, which the host shares
// (its own saves then failed), and past the quota the whole draft was said to be unsaved.
const copyTexts = (unparsed: readonly SavedText[]): SavedText[] =>
  unparsed.filter(({ text }) => draftTextTooLarge(text) === undefined).map(({ path, text }) => ({ path, text }))

const randomSession = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `s${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`

/** `globalThis.localStorage` when it exists and answers; `undefined` on a server or when blocked. */
export function localDraftStorage(): DraftStorage | undefined {
  try {
    const storage = (globalThis as { localStorage?: DraftStorage }).localStorage
    return storage ?? undefined
  } catch {
    return undefined
  }
}

/**
 * Draft persistence with the storage injected, for `persistKey`: restore on load, save
 * with a revision, and never let this tab overwrite a newer draft another tab saved (a
 * `conflict` to ask about instead). Never throws: a refusing storage is `unavailable`.
 *
 * @example
 * const persistence = createDraftPersistence({ key: 'shop:draft', storage: localDraftStorage() })
 * const restored = persistence.load()?.value ?? createDraft('button')
 * window.addEventListener('storage', (event) => persistence.receive(event, current))
 */
export function createDraftPersistence<T>(options: DraftPersistenceOptions<T>): DraftPersistence<T> {
  const { key, storage } = options
  const read = options.read ?? ((value: unknown) => value as T)
  const now = options.now ?? Date.now
  const session = options.session ?? randomSession()
  // The set-aside drafts wait in a line of places (`<key>:set-aside`, then `…:set-aside:2`…): one
  // is never written over by the next, so each is offered in turn until discarded.
  const asideKeys = Array.from({ length: ASIDE_PLACES }, (_, index) =>
    index === 0 ? `${key}:set-aside` : `${key}:set-aside:${index + 1}`,
  )
  // The first set-aside place holding a draft (`undefined`: none). Throws as the storage does.
  const firstAside = (): { place: string; text: string } | undefined => {
    for (const place of asideKeys) {
      const text = storage?.getItem(place) ?? null
      if (text !== null) return { place, text }
    }
    return undefined
  }
  // The place behind the last draft set aside, so the line keeps its order (a place a discard
  // freed in front is never jumped into); at the end of the line the drafts waiting move up
  // first. `undefined` when every place is taken. Throws as the storage does.
  const placeBehind = (): string | undefined => {
    const texts = asideKeys.map((place) => storage?.getItem(place) ?? null)
    let last = texts.length - 1
    while (last >= 0 && texts[last] === null) last -= 1
    if (last + 1 < asideKeys.length) return asideKeys[last + 1]
    const waiting = texts.filter((text): text is string => text !== null)
    if (waiting.length === asideKeys.length) return undefined
    asideKeys.forEach((place, index) => {
      const text = waiting[index]
      if (text === undefined) storage?.removeItem?.(place)
      else if (texts[index] !== text) storage?.setItem(place, text)
    })
    return asideKeys[waiting.length]
  }
  let base: { revision: number; json: string } | undefined
  const parse = (raw: string | null): SavedDraft<T> | undefined => {
    if (raw === null) return undefined
    try {
      const parsed: unknown = JSON.parse(raw)
      if (!isRecord(parsed) || parsed.version !== VERSION || !writable(parsed)) return undefined
      const { revision, savedAt, session: by } = parsed
      if (typeof revision !== 'number' || typeof savedAt !== 'number' || typeof by !== 'string') return undefined
      const value = read(parsed.value)
      return value === undefined
        ? undefined
        : {
            value,
            revision,
            savedAt,
            session: by,
            unparsed: readTexts(parsed.unparsed),
            ...followingEntry(readFollowing(parsed.following)),
            ...setAsideEntry(readSavedSetAside(parsed.setAside)),
          }
    } catch {
      return undefined
    }
  }
  // The set-aside place holding this draft (`json`, as `savedJson` writes it), of this tab's
  // session only when `own`; `undefined` when none does or the storage refuses to be read.
  const asidePlace = (json: string, own: boolean): string | undefined => {
    try {
      return asideKeys.find((place) => {
        const aside = parse(storage?.getItem(place) ?? null)
        return aside !== undefined && (!own || aside.session === session) && savedJson(aside) === json
      })
    } catch {
      return undefined
    }
  }
  // What this kit cannot read is never saved over: a newer kit's draft, or one a fix could
  // still recover, is moved to a set-aside place first (behind any draft set aside before). Its
  // own place is freed first, so a full storage still has room for it; when it cannot move,
  // it is put back and the save is refused. Returns whether it moved.
  const moveAside = (raw: string): boolean => {
    try {
      const free = placeBehind()
      if (free === undefined) return false
      storage?.removeItem?.(key)
      storage?.setItem(free, raw)
      return true
    } catch {
      try {
        storage?.setItem(key, raw)
      } catch {
        // Its place was just freed; a storage that refuses even that keeps nothing anyway.
      }
      return false
    }
  }
  // The stored draft; `unmovable` when no save may go over what is stored: an unreadable entry
  // that could not be set aside, or a storage that throws when read: a save into it could not be
  // brought back on the next load (the draft would be said kept when it is not), and what it
  // hides may be another tab's newer draft.
  const stored = (): { saved: SavedDraft<T> | undefined; unmovable: boolean } => {
    try {
      const raw = storage?.getItem(key) ?? null
      const saved = parse(raw)
      return { saved, unmovable: raw !== null && saved === undefined && !moveAside(raw) }
    } catch {
      return { saved: undefined, unmovable: true }
    }
  }
  // Whether the stored draft `theirs` is another tab's that this tab has not taken as its base.
  // Not only a higher revision: two tabs saving in the same instant from one base write the same
  // revision, and the last writer's draft is stored while the other tab's base is its own.
  const newer = (theirs: SavedDraft<T>): boolean => {
    if (theirs.session === session) return false
    // Another tab saved back the very draft this tab last saved or adopted (a host that writes
    // an adopted draft back saves it again): nothing changed, so it only moves the base on.
    if (base !== undefined && savedJson(theirs) === base.json) {
      if (theirs.revision > base.revision) base = { revision: theirs.revision, json: base.json }
      return false
    }
    return true
  }
  // Whether another tab's newer draft is the very one this tab holds (both editors given one
  // draft by their host, or the same words typed in each): neither loses anything to the other.
  const holds = (theirs: SavedDraft<T>, value: T, texts: readonly SavedText[]): boolean =>
    savedJson(theirs) === snapshotJson(value, texts)
  // A save: over another tab's newer draft only when the user chose to keep this one
  // (`overwrite`), and never over an entry that could not be set aside.
  const write = (
    value: T,
    unparsed: readonly SavedText[],
    following: readonly DraftPath[] | undefined,
    setAside: SavedSetAside | undefined,
    overNewer: boolean,
  ): SaveDraftResult<T> => {
    const { saved: theirs, unmovable } = stored()
    if (unmovable || storage === undefined) return { status: 'unavailable' }
    const texts = copyTexts(unparsed)
    if (!overNewer && theirs !== undefined && newer(theirs) && !holds(theirs, value, texts)) {
      return { status: 'conflict', theirs }
    }
    const revision = Math.max(theirs?.revision ?? 0, base?.revision ?? 0) + 1
    const saved: SavedDraft<T> = {
      value,
      revision,
      savedAt: now(),
      session,
      unparsed: texts,
      ...followingEntry(following),
      ...setAsideEntry(setAside),
    }
    try {
      storage.setItem(key, draftJsonText({ version: VERSION, ...saved }))
    } catch {
      return { status: 'unavailable' }
    }
    base = { revision, json: snapshotJson(value, texts) }
    return { status: 'saved', saved }
  }

  return {
    load() {
      const { saved } = stored()
      if (saved !== undefined) base = { revision: saved.revision, json: savedJson(saved) }
      return saved
    },
    save: (value, unparsed = [], following = undefined, setAside = undefined) =>
      write(value, unparsed, following, setAside, false),
    overwrite: (value, unparsed = [], following = undefined, setAside = undefined) =>
      write(value, unparsed, following, setAside, true),
    adopt(saved) {
      base = { revision: saved.revision, json: savedJson(saved) }
      return saved.value
    },
    receive(event, current, unparsed = []) {
      if (event.newValue === null && (event.key === null || event.key === key)) {
        // Only a draft this tab stored, loaded or took can have been removed: with none (every
        // save refused, a full storage) nothing of this tab's changed. Only while the key is still
        // empty: a draft saved in its place since comes with its own event. A storage that throws
        // when read has nowhere to save into.
        if (base === undefined) return undefined
        try {
          return storage !== undefined && storage.getItem(key) === null ? { status: 'removed' } : undefined
        } catch {
          return undefined
        }
      }
      if (event.key !== key) return undefined
      // Judged by what is stored now, not by the event: an event can be older than the storage
      // (this tab's own save of the same instant went over it, or a later one of theirs follows).
      let raw = event.newValue
      try {
        if (storage !== undefined) raw = storage.getItem(key)
      } catch {
        // A storage that throws when read: the event's value is all there is to go by.
      }
      const theirs = parse(raw)
      if (theirs === undefined || !newer(theirs)) return undefined
      const texts = copyTexts(unparsed)
      // Already this tab's draft: nothing to take, nothing to ask; their save is this tab's base.
      if (holds(theirs, current, texts)) {
        base = { revision: theirs.revision, json: savedJson(theirs) }
        return undefined
      }
      // A draft of theirs no newer than this tab's base went over this tab's save of the same
      // instant: this tab's changes are kept nowhere, so they are asked about, never dropped.
      const unchanged =
        base !== undefined && theirs.revision > base.revision && snapshotJson(current, texts) === base.json
      return unchanged ? { status: 'updated', saved: theirs } : { status: 'conflict', theirs }
    },
    clear() {
      try {
        storage?.removeItem?.(key)
      } catch {
        // A storage that refuses keeps its copy; nothing else depends on it.
      }
      base = undefined
    },
    setAside(value, unparsed = [], following = undefined, held = undefined) {
      if (storage === undefined) return 'unavailable'
      const texts = copyTexts(unparsed)
      const json = snapshotJson(value, texts)
      const { saved: theirs } = stored()
      // One already set aside (the page left, then the editor closed) is set aside once, offered once.
      if (
        json === base?.json ||
        (theirs !== undefined && json === savedJson(theirs)) ||
        asidePlace(json, false) !== undefined
      ) {
        return 'stored'
      }
      // In the saved-draft format, so it reads back as this tab's draft; `unreadable` tells it
      // from an entry no kit of this version can read by exactly that.
      const revision = base?.revision ?? 0
      const entry = {
        version: VERSION,
        value,
        revision,
        savedAt: now(),
        session,
        unparsed: texts,
        ...followingEntry(following),
        ...setAsideEntry(held),
      }
      try {
        const free = placeBehind()
        if (free === undefined) return 'unavailable'
        storage.setItem(free, draftJsonText(entry))
        return 'set-aside'
      } catch {
        return 'unavailable'
      }
    },
    takeBack(value, unparsed = []) {
      const place = asidePlace(snapshotJson(value, copyTexts(unparsed)), true)
      try {
        if (place === undefined || storage?.removeItem === undefined) return false
        storage.removeItem(place)
        return true
      } catch {
        return false
      }
    },
    unreadable() {
      try {
        const text = firstAside()?.text
        if (text === undefined) return undefined
        let value: unknown
        try {
          const parsed: unknown = JSON.parse(text)
          value = isRecord(parsed) && writable(parsed.value) ? parsed.value : undefined
        } catch {
          value = undefined
        }
        const closed = parse(text)
        return closed === undefined
          ? { text, value, reason: 'unreadable', unparsed: [] }
          : { text, value, reason: 'closed', unparsed: closed.unparsed }
      } catch {
        return undefined
      }
    },
    toOpen(draft) {
      const closed = parse(draft.text)
      if (closed !== undefined) {
        const { value, unparsed, following, setAside } = closed
        return { value, unparsed, ...followingEntry(following), ...setAsideEntry(setAside) }
      }
      const value = draft.value === undefined ? undefined : read(draft.value)
      return value === undefined ? undefined : { value, unparsed: [] }
    },
    keepUnreadable(draft) {
      try {
        if (asideKeys.some((place) => storage?.getItem(place) === draft.text)) return
        const free = placeBehind()
        if (free !== undefined) storage?.setItem(free, draft.text)
      } catch {
        // Full or blocked: nothing more can be kept.
      }
    },
    discardUnreadable(draft) {
      try {
        const place =
          draft === undefined
            ? firstAside()?.place
            : asideKeys.find((candidate) => storage?.getItem(candidate) === draft.text)
        if (place !== undefined) storage?.removeItem?.(place)
      } catch {
        // As in `clear`: the copy stays, and is offered again on the next load.
      }
    },
  }
}
