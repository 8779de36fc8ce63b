import { afterAll, beforeAll } from 'vitest'
import { renderCase } from './hydration-cases.tsx'
import { renderWithoutBrowser } from './server-hydration.ts'

/** The reader's zone in the jsdom hydration tests: Dar es Salaam (UTC+3), while the server runs on UTC. */
const READER_ZONE = 'Africa/Dar_es_Salaam'

/** Runs this file's tests in the reader's zone (Node applies a change of `TZ` at once). */
export function inReaderZone() {
  const zone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = READER_ZONE
  })
  afterAll(() => {
    process.env.TZ = zone
  })
}

/**
 * A hydration case's HTML from a server on UTC (see `renderWithoutBrowser`): what it prints
 * from a clock or a `Date` must not differ from what the reader's browser prints hydrating it.
 */
export function renderCaseOnUtcServer(name: string): string {
  const zone = process.env.TZ
  process.env.TZ = 'UTC'
  try {
    return renderWithoutBrowser(renderCase(name))
  } finally {
    process.env.TZ = zone
  }
}
