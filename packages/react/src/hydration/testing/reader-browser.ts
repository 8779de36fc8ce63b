/// <reference types="@vitest/browser-playwright" />
import { afterAll, beforeAll } from 'vitest'
import { cdp } from 'vitest/browser'
import { READER_ZONE } from './reader-zone.ts'

/**
 * Runs this file's tests in a reader's Chromium, as Chromium emulates it: in Dar es Salaam's zone
 * (a server's is UTC, or the machine's) with the OS in dark mode, which server HTML cannot know.
 */
export function inReaderBrowser() {
  beforeAll(async () => {
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: READER_ZONE })
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
  })
  // The page outlives the file: the machine's zone and scheme again for the next.
  afterAll(async () => {
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: '' })
    await cdp().send('Emulation.setEmulatedMedia', { features: [] })
  })
}

/** The zone and colour scheme this page reads now. */
export const readerBrowser = () => ({
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  dark: matchMedia('(prefers-color-scheme: dark)').matches,
})
