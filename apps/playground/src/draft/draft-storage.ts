/** What the playground keeps between visits. */
export interface StoredDraft {
  /** The editor's text, exactly as typed (it may not be valid JSON). */
  text: string
  /** The recipient field, as typed. */
  recipient: string
}

/** The localStorage key of the draft. */
export const DRAFT_STORAGE_KEY = 'briq-playground:draft'

// localStorage is missing during SSR and can throw (Safari private mode, storage disabled,
// quota exceeded); the playground then simply does not remember.
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window.localStorage ?? undefined)
  } catch {
    return undefined
  }
}

/** The saved draft, or `undefined` when there is none, it is unreadable, or there is no storage. */
export function loadStoredDraft(): StoredDraft | undefined {
  try {
    const raw = storage()?.getItem(DRAFT_STORAGE_KEY)
    if (!raw) return undefined
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { text, recipient } = parsed as Record<string, unknown>
    if (typeof text !== 'string' || typeof recipient !== 'string') return undefined
    return { text, recipient }
  } catch {
    return undefined
  }
}

/** Saves the draft; returns false when it could not be stored. */
export function saveStoredDraft(draft: StoredDraft): boolean {
  try {
    const target = storage()
    if (!target) return false
    target.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}
