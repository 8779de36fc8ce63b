import type { LocaleStorage } from '../i18n/starting-locale.ts'
import { type PlaygroundTheme, THEMES } from './settings-bar.tsx'

/** Where the page keeps the theme a person chose (`localStorage`), beside the language. */
export const THEME_KEY = 'briq-playground:theme'

const isTheme = (value: unknown): value is PlaygroundTheme => THEMES.some((theme) => theme === value)

/**
 * The theme the page opens in: the one chosen last time, else `system`. A storage that refuses
 * (private mode, a server) counts as nothing chosen.
 */
export function startingTheme(storage: LocaleStorage | undefined): PlaygroundTheme {
  try {
    const chosen = storage?.getItem(THEME_KEY)
    if (isTheme(chosen)) return chosen
  } catch {
    // Nothing chosen that we can read.
  }
  return 'system'
}

/** Keeps the chosen theme for the next visit; a refusing storage just forgets it. */
export function keepTheme(storage: LocaleStorage | undefined, theme: PlaygroundTheme): void {
  try {
    storage?.setItem(THEME_KEY, theme)
  } catch {
    // Private mode or a full storage: the choice lasts this visit only.
  }
}
