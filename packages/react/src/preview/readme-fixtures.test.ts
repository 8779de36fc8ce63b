import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { edgeFixtures, validFixtures } from './fixtures.ts'

// The preview notes list the fixtures a test or a story can take by name, as fixtures.ts holds
// them: one added or renamed there cannot go unlisted (five edge fixtures once had).
const notes = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8').replace(/\s+/g, ' ')

/** The names in the parentheses after `` `group` `` in the notes, past a leading "…:". */
function listed(group: string): string[] {
  const open = notes.indexOf('(', notes.indexOf(`\`${group}\` (`))
  const names = notes.slice(open + 1, notes.indexOf(')', open))
  return names.replace(/^[^:]*: /, '').split(', ')
}

describe('the preview notes’ fixtures', () => {
  it.each([
    ['validFixtures', validFixtures],
    ['edgeFixtures', edgeFixtures],
  ] as const)('list every one of %s, in its order', (group, fixtures) => {
    expect(listed(group)).toEqual(Object.keys(fixtures))
  })
})
