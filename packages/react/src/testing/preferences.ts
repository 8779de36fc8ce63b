import { commands } from 'vitest/browser'

/**
 * A reader's display preferences, as Chromium emulates them (vitest.config.ts): Windows'
 * contrast themes (forced colours), reduced motion, more contrast, print media. `null` puts one
 * back to the machine's own.
 */
export interface Preferences {
  forcedColors?: 'active' | 'none' | null
  reducedMotion?: 'reduce' | 'no-preference' | null
  contrast?: 'more' | 'no-preference' | null
  /** `print`: the page's print rules apply (not the printer's own dropping of backgrounds). */
  media?: 'print' | 'screen' | null
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulatePreferences: (preferences: Preferences) => Promise<void>
  }
}

/** Emulates `preferences` for the page; put them back after the test (they outlive it). */
export const emulatePreferences = (preferences: Preferences): Promise<void> => commands.emulatePreferences(preferences)
