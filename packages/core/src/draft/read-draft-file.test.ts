import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { readDraftFile } from './read-draft-file.ts'

describe('readDraftFile', () => {
  it('reads a send request: its interactive and its recipient', () => {
    const file = JSON.stringify({ to: '255712345678', interactive: { type: 'button' } })
    expect(readDraftFile(file)).toEqual({ ok: true, interactive: { type: 'button' }, to: '255712345678' })
  })

  it('reads a bare interactive object', () => {
    expect(readDraftFile('{"type":"list"}')).toEqual({ ok: true, interactive: { type: 'list' }, to: undefined })
  })

  it('refuses text that is not JSON, and JSON that is not one object', () => {
    expect(readDraftFile('{ oops')).toMatchObject({ ok: false, reason: 'not_json', detail: expect.any(String) })
    for (const text of ['[]', '"button"', '42', 'null']) {
      expect(readDraftFile(text), text).toEqual({ ok: false, reason: 'not_object' })
    }
  })

  it('refuses a text past LIMITS.structure.draftFile before parsing it, and reads one at the limit', () => {
    const limit = LIMITS.structure.draftFile.max
    const wrap = (length: number) => {
      const shell = JSON.stringify({ type: 'button', body: { text: '' } })
      return shell.replace('"text":""', `"text":"${'x'.repeat(length - shell.length)}"`)
    }
    expect(wrap(limit)).toHaveLength(limit)
    expect(readDraftFile(wrap(limit))).toMatchObject({ ok: true, interactive: { type: 'button' } })
    expect(readDraftFile(wrap(limit + 1))).toEqual({ ok: false, reason: 'too_large', limit, actual: limit + 1 })
    // Not JSON either: the size is what the person needs to hear first.
    expect(readDraftFile(`{${'x'.repeat(limit)}`)).toMatchObject({ ok: false, reason: 'too_large' })
  })
})
