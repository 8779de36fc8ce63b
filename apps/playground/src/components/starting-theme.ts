import { type ChoiceStorage, keepChoice, keptChoice } from '../page-storage.ts'
import { type PlaygroundTheme, THEMES } from './settings-bar.tsx'

/** Where the page keeps the theme a person chose (`localStorage`), beside the language. */
export const THEME_KEY = 'briq-playground:theme'

const isTheme = (value: unknown): value is PlaygroundTheme => THEMES.some((theme) => theme === value)

/**
 * The theme the page opens in: the one chosen last time, else `system`. A storage that refuses
 * (private mode, a server) counts as nothing chosen.
 */
export function startingTheme(storage: ChoiceStorage | undefined): PlaygroundTheme {
  return keptChoice(storage, THEME_KEY, isTheme) ?? 'system'
}

/** Keeps the chosen theme for the next visit; a refusing storage just forgets it. */
export function keepTheme(storage: ChoiceStorage | undefined, theme: PlaygroundTheme): void {
  keepChoice(storage, THEME_KEY, theme)
}
