import { localDraftStorage } from '@briq-interactive/core'

/** Where a setting a person chose is read and kept: `localStorage`, or anything with its two methods. */
export interface ChoiceStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * The page's `localStorage`, or nothing on a server or when the browser blocks it: core's
 * reader, the one the builder's drafts are kept with.
 */
export const pageStorage: () => ChoiceStorage | undefined = localDraftStorage

/**
 * The choice kept under `key` last time, when it is still one the page offers (`offered`). A
 * storage that refuses (private mode, a server) counts as nothing chosen.
 */
export function keptChoice<T extends string>(
  storage: ChoiceStorage | undefined,
  key: string,
  offered: (value: unknown) => value is T,
): T | undefined {
  try {
    const chosen = storage?.getItem(key)
    return offered(chosen) ? chosen : undefined
  } catch {
    return undefined
  }
}

/** Keeps a choice for the next visit; a refusing storage (private mode, full) just forgets it. */
export function keepChoice(storage: ChoiceStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  } catch {
    // The choice lasts this visit only.
  }
}
