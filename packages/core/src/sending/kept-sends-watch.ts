import type { DraftStorage } from '../draft/draft-persistence.ts'

/** A reader of the sends kept under `place` in `storage`, told when they change under it. */
export interface KeptSendsWatcher {
  readonly storage: DraftStorage | undefined
  readonly place: string
  /**
   * What it kept of the storage is out of date (not by its own write); `cleared`: another tab
   * may have cleared the whole storage (a `storage` event with no key; a page shown again from the
   * back/forward cache, which cannot tell a clear from another tab's `forgetSends`).
   */
  changed(cleared?: boolean): void
}

const watchers = new Set<KeptSendsWatcher>()

// Another tab wrote the storage (the Web Storage `storage` event; a page's own writes fire none:
// the kit's go through `keptSendsChanged`). `key` null: that tab cleared it all.
const storageChanged = (event: Pick<StorageEvent, 'key' | 'storageArea'>) => {
  for (const watcher of [...watchers]) {
    if (event.storageArea === watcher.storage && (event.key === null || event.key === watcher.place)) {
      watcher.changed(event.key === null)
    }
  }
}
// Shown again from the back/forward cache: another tab's writes while the page was kept there
// fire no `storage` event, then or later (web-platform-tests, html/browsers/browsing-the-web/
// back-forward-cache/storage-events.html), so what every watcher read may be out of date. A
// record found gone may be a clear (the builder saves its draft again then): kept, as after a
// clear, since a reload that asks once too often is safer than a message sent twice unasked.
const pageShown = (event: Event) => {
  if (!(event as PageTransitionEvent).persisted) return
  for (const watcher of [...watchers]) watcher.changed(true)
}
const page = (): Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined =>
  typeof globalThis.addEventListener === 'function' ? globalThis : undefined

/** Tells `watcher` of changes to its place until the returned function is called. */
export function watchKeptSends(watcher: KeptSendsWatcher): () => void {
  if (watchers.size === 0) {
    page()?.addEventListener('storage', storageChanged)
    page()?.addEventListener('pageshow', pageShown)
  }
  watchers.add(watcher)
  return () => {
    if (!watchers.delete(watcher)) return
    if (watchers.size > 0) return
    page()?.removeEventListener('storage', storageChanged)
    page()?.removeEventListener('pageshow', pageShown)
  }
}

/** The kit wrote (or removed) the sends kept under `place`: every other watcher of it is told. */
export function keptSendsChanged(storage: DraftStorage | undefined, place: string, by?: KeptSendsWatcher): void {
  for (const watcher of [...watchers]) {
    if (watcher !== by && watcher.storage === storage && watcher.place === place) watcher.changed()
  }
}

/**
 * Whether what was read from `storage` can be kept until a watcher is told otherwise: only a
 * Web Storage, whose changes from other tabs come as `storage` events. Another storage (a host's
 * own) is read at each look, as it may change unseen.
 */
export function tellsOfChanges(storage: DraftStorage | undefined): boolean {
  try {
    return storage !== undefined && (storage === globalThis.localStorage || storage === globalThis.sessionStorage)
  } catch {
    return false
  }
}
