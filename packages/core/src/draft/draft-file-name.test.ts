import { describe, expect, it } from 'vitest'
import { createDraft } from './create-draft.ts'
import { draftFileName } from './draft-file-name.ts'

describe('draftFileName', () => {
  const at = new Date(2026, 11, 6, 9, 5)

  it('names a draft by its type and the local date and time, to the minute', () => {
    expect(draftFileName(createDraft('list'), at)).toBe('interactive-list-2026-12-06-0905.json')
    expect(draftFileName(createDraft('cta_url'), new Date(2027, 0, 31, 23, 59))).toBe(
      'interactive-cta_url-2027-01-31-2359.json',
    )
  })

  it('names a draft of no known type, or a type a file system would refuse, by "draft"', () => {
    for (const draft of [{}, null, { type: '../../etc/passwd' }, { type: 'a/b:c' }, { type: 'LIST' }]) {
      expect(draftFileName(draft, at), JSON.stringify(draft)).toBe('interactive-draft-2026-12-06-0905.json')
    }
  })
})
