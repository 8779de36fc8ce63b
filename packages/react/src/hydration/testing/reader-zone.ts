import { afterAll, beforeAll } from 'vitest'
import { renderCase } from './hydration-cases.tsx'
import { renderWithoutBrowser } from './server-hydration.ts'

/** The reader's zone in the jsdom hydration tests: Dar es Salaam (UTC+3), while the server runs on UTC. */
export const READER_ZONE = 'Africa/Dar_es_Salaam'

// Node applies a change of `TZ` at once. Assigning `undefined` to an environment variable stores
// the string "undefined", so an unset zone is restored by deleting it.
function setZone(zone: string | undefined) {
  if (zone === undefined) delete process.env.TZ
  else process.env.TZ = zone
}

/** Runs this file's tests in the reader's zone. */
export function inReaderZone() {
  const zone = process.env.TZ
  beforeAll(() => setZone(READER_ZONE))
  afterAll(() => setZone(zone))
}

/**
 * A hydration case's HTML from a server on UTC (see `renderWithoutBrowser`): what it prints
 * from a clock or a `Date` must not differ from what the reader's browser prints hydrating it.
 */
export function renderCaseOnUtcServer(name: string): string {
  const zone = process.env.TZ
  setZone('UTC')
  try {
    return renderWithoutBrowser(renderCase(name))
  } finally {
    setZone(zone)
  }
}
