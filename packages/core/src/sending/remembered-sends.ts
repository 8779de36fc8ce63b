import type { SendResult } from '../client/responses.ts'
import { type DraftStorage, localDraftStorage } from '../draft/draft-persistence.ts'
import { isRecord } from '../is-record.ts'
import { type KeptSendsWatcher, keptSendsChanged, tellsOfChanges, watchKeptSends } from './kept-sends-watch.ts'
import { REMEMBERED_SENDS, type SentEntry } from './send-memory.ts'

/**
 * How long a send is remembered across reloads (24 hours): the reload that brings a draft back
 * comes minutes after its send, and a day on, the customer-service window it went in has closed
 * (24 hours from the customer's last message, docs.briq.tz, guides/whatsapp-conversations), so
 * the same message is a new conversation's and goes unasked.
 */
export const REMEMBERED_SEND_MS = 24 * 60 * 60 * 1000

/** Where a send controller keeps what it sent across a reload: beside a persisted draft. */
export interface SendPersistOptions {
  /** The draft's storage key (the builder's `persistKey`); the sends are kept under `<key>:sent`. */
  key: string
  /** Default `localStorage`; `undefined` (a server, storage blocked) keeps nothing. */
  storage?: DraftStorage | undefined
}

/**
 * A remembered send: a fingerprint of the request (neither the number nor the message is
 * stored), when, and Briq's answer (`data`), or none when it may have been sent.
 */
interface Entry {
  readonly h: string
  readonly at: number
  readonly data?: SendResult
}

/** What was sent (or maybe sent) from pages before this one, read from storage. */
export interface RememberedSends {
  /** Briq's answer to an identical request sent in the last day, and when it came, if any. */
  sent(key: string): SentEntry | undefined
  /** When an identical request may have been sent in the last day (no answer confirmed it), if one may have. */
  maybeSentAt(key: string): number | undefined
  /** Whether an identical request may have been sent in the last day (no answer confirmed it). */
  maybeSent(key: string): boolean
  /**
   * Keeps a send: sent (with Briq's answer: it replaces what was kept of the request) or maybe
   * sent (`undefined`: kept beside an answer kept of an earlier send, which still went). Nothing
   * is written into a storage that throws when read (it would lose the other sends kept). Never
   * throws: `false` when a storage refused to keep it (full, blocked), so a reload would not know.
   */
  remember(key: string, data: SendResult | undefined): boolean
  /** Forgets a maybe sent request (one with an answer stays). Never throws. */
  forgetMaybeSent(key: string): void
  /**
   * Until the returned function is called, keeps what it read from a Web Storage (a form asks
   * on every render) and calls `changed` when the kept sends change other than by its own write:
   * another tab's (a `storage` event), another controller's on the page, `forgetSends`.
   */
  watch(changed: () => void): () => void
}

/**
 * The storage key the sends of a persisted draft are kept under: `<draftKey>:sent`. For a page
 * that watches it, as the playground does for another tab's sends (a `storage` event on this key).
 */
export const rememberedSendsKey = (draftKey: string): string => `${draftKey}:sent`

const placeOf = (options: SendPersistOptions) => rememberedSendsKey(options.key)
const storageOf = (options: SendPersistOptions) => ('storage' in options ? options.storage : localDraftStorage())

/** The sends kept under `<options.key>:sent`, read and written in the `now` clock. */
export function rememberedSends(options: SendPersistOptions, now: () => number): RememberedSends {
  const place = placeOf(options)
  const storage = storageOf(options)
  // Entries this kit can read; anything else is left out.
  const load = (): readonly Entry[] => {
    try {
      const stored: unknown = JSON.parse(storage?.getItem(place) ?? 'null')
      if (!isRecord(stored) || !Array.isArray(stored.sends)) return []
      return stored.sends.filter(
        (entry: unknown): entry is Entry =>
          isRecord(entry) &&
          typeof entry.h === 'string' &&
          typeof entry.at === 'number' &&
          (entry.data === undefined || (isRecord(entry.data) && typeof entry.data.message_id === 'string')),
      )
    } catch {
      return []
    }
  }
  // While watched, what was read is kept until the storage changes (a watcher is told of every
  // change a Web Storage can show): a form asks on every render, so on every keystroke.
  let cached: readonly Entry[] | undefined
  let watcher: KeptSendsWatcher | undefined
  const all = () => {
    if (cached !== undefined) return cached
    const entries = load()
    if (watcher !== undefined && tellsOfChanges(storage)) cached = entries
    return entries
  }
  // Fresh entries only: expired ones are left out (read in the clock at each look).
  const fresh = (at: number) => (entry: Entry) =>
    at - entry.at < REMEMBERED_SEND_MS && entry.at <= at + REMEMBERED_SEND_MS
  const read = (): Entry[] => all().filter(fresh(now()))
  // Whether the storage took it (no storage keeps nothing, and refuses nothing).
  const write = (sends: readonly Entry[]): boolean => {
    cached = undefined
    let kept = true
    try {
      storage?.setItem(place, JSON.stringify({ sends }))
      // What is stored now, known without a read (and so to write back after a clear).
      if (watcher !== undefined && tellsOfChanges(storage)) cached = sends
    } catch {
      // Storage full or blocked: the page's own memory still guards until it reloads.
      kept = false
    }
    keptSendsChanged(storage, place, watcher)
    return kept
  }
  // Writes back what this page read, into a place found empty (another tab may have written first).
  const restore = (known: readonly Entry[]) => {
    try {
      if (storage === undefined || storage.getItem(place) !== null) return
      storage.setItem(place, JSON.stringify({ sends: known.filter(fresh(now())) }))
    } catch {
      // As for any write: the page's own memory still guards until it reloads.
      return
    }
    keptSendsChanged(storage, place, watcher)
  }
  // Whether the storage throws when read: written blind, it would lose what it holds of other sends.
  const refusesReads = () => {
    try {
      storage?.getItem(place)
      return false
    } catch {
      return true
    }
  }
  // A request has at most two entries: its last answer, and a later try that may have gone.
  const find = (key: string, answered: boolean) => {
    const h = fingerprint(key)
    const isFresh = fresh(now())
    return all().find((entry) => entry.h === h && (entry.data !== undefined) === answered && isFresh(entry))
  }
  const maybeSentAt = (key: string) => find(key, false)?.at
  return {
    sent(key) {
      const entry = find(key, true)
      return entry?.data === undefined ? undefined : { data: entry.data, at: entry.at }
    },
    maybeSentAt,
    maybeSent: (key) => maybeSentAt(key) !== undefined,
    remember(key, data) {
      if (refusesReads()) return false
      const h = fingerprint(key)
      const entry: Entry = data === undefined ? { h, at: now() } : { h, at: now(), data }
      // An answer says all there is (the try before it settled); a try that may have gone leaves
      // the answer of an earlier send of it, which did go (its message id, its time).
      const replaced = (kept: Entry) => kept.h === h && (data !== undefined || kept.data === undefined)
      return write(newestRequests([...read().filter((kept) => !replaced(kept)), entry]))
    },
    forgetMaybeSent(key) {
      if (refusesReads()) return
      const h = fingerprint(key)
      const sends = read()
      const kept = sends.filter((entry) => entry.h !== h || entry.data !== undefined)
      if (kept.length !== sends.length) write(kept)
    },
    watch(changed) {
      const mine: KeptSendsWatcher = {
        storage,
        place,
        changed(cleared) {
          const known = cached
          cached = undefined
          // Another tab's script cleared the whole storage (a host's own clean-up; `forgetSends`
          // removes this key alone, told apart but on a page shown from the back/forward cache):
          // what was sent is still sent, and the draft it guards is saved again by its builder,
          // so a reload must still ask before it goes twice.
          if (cleared === true && known !== undefined && known.length > 0) restore(known)
          changed()
        },
      }
      watcher = mine
      const stop = watchKeptSends(mine)
      return () => {
        stop()
        if (watcher !== mine) return
        watcher = undefined
        cached = undefined
      }
    },
  }
}

// The entries of the newest requests, as many as the page's own memory keeps of each kind
// (`REMEMBERED_SENDS`), newest last: a request's answer and a later try that may have gone count once.
function newestRequests(sends: readonly Entry[]): Entry[] {
  const requests = new Set<string>()
  for (let i = sends.length - 1; i >= 0 && requests.size < REMEMBERED_SENDS; i--) requests.add((sends[i] as Entry).h)
  return sends.filter((entry) => requests.has(entry.h))
}

/** Removes the sends kept under `<options.key>:sent` (emptied, where the storage cannot remove). Never throws. */
export function dropRememberedSends(options: SendPersistOptions): void {
  const storage = storageOf(options)
  const place = placeOf(options)
  try {
    if (storage?.removeItem) storage.removeItem(place)
    else storage?.setItem(place, JSON.stringify({ sends: [] }))
  } catch {
    // Storage blocked: nothing this page can reach is kept there either.
  }
  keptSendsChanged(storage, place)
}

// A 64-bit fingerprint (cyrb53's mixing, both halves kept): equal requests match, and the
// storage holds no phone number or message. A collision would only ask "already sent?" once.
function fingerprint(text: string): string {
  let a = 0xdeadbeef
  let b = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 2654435761)
    b = Math.imul(b ^ code, 1597334677)
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909)
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`
}
