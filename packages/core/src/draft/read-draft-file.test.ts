import { describe, expect, it } from 'vitest'
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
})
