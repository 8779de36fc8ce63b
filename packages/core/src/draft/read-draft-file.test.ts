import { describe, expect, it, vi } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { LIMITS } from '../limits.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import { otherMessageIssue } from './json-text.ts'
import { formatDraftJson } from './parse-json-draft.ts'
import { openDraftFile, readDraftFile } from './read-draft-file.ts'

describe('readDraftFile', () => {
  it('reads a send request: its interactive and its recipient', () => {
    const file = JSON.stringify({ to: '255712345678', interactive: { type: 'button' } })
    expect(readDraftFile(file)).toEqual({
      ok: true,
      interactive: { type: 'button' },
      to: '255712345678',
      leftOutWithTo: ['to'],
    })
  })

  it("names what a whole message holds that the draft does not keep, not Meta's fixed members", () => {
    const interactive = { type: 'button' }
    const meta = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '255712345678',
      type: 'interactive',
    }
    expect(readDraftFile(JSON.stringify({ ...meta, interactive }))).not.toHaveProperty('leftOut')
    // Its recipient is left out too when nothing takes it (no send step): named then.
    expect(readDraftFile(JSON.stringify({ ...meta, interactive }))).toHaveProperty('leftOutWithTo', ['to'])
    const request = { to: '255712345678', sender: '1107264639145282', interactive, conversation_id: 'c1' }
    expect(readDraftFile(JSON.stringify(request))).toEqual({
      ok: true,
      interactive,
      to: '255712345678',
      sender: '1107264639145282',
      leftOut: ['sender', 'conversation_id'],
      leftOutWithTo: ['to', 'sender', 'conversation_id'],
    })
    const older = { recipient: 255712345678, sender_id: 'u1', check_window: false, interactive }
    expect(readDraftFile(JSON.stringify(older))).toMatchObject({
      to: undefined,
      leftOut: ['recipient', 'sender_id', 'check_window'],
    })
  })

  it("leaves out Meta's business-scoped user id, naming it, and takes a number beside it", () => {
    const interactive = { type: 'button' }
    const bsuid = 'US.13491208655302741918'
    const context = { message_id: 'wamid.X' }
    const whole = { messaging_product: 'whatsapp', recipient: bsuid, context, type: 'interactive', interactive }
    expect(readDraftFile(JSON.stringify(whole))).toEqual({
      ok: true,
      interactive,
      to: undefined,
      leftOut: ['recipient', 'context'],
    })
    const both = { messaging_product: 'whatsapp', to: '+255712345678', recipient: bsuid, interactive }
    expect(readDraftFile(JSON.stringify(both))).toEqual({
      ok: true,
      interactive,
      to: '+255712345678',
      leftOut: ['recipient'],
      leftOutWithTo: ['to', 'recipient'],
    })
    const older = { recipient: '255712345678', sender_id: 'u1', interactive }
    expect(readDraftFile(JSON.stringify(older))).toEqual({
      ok: true,
      interactive,
      to: '255712345678',
      leftOut: ['sender_id'],
      leftOutWithTo: ['recipient', 'sender_id'],
    })
  })

  it('reads a blank recipient as none, as a send reads it', () => {
    for (const to of ['', ' ']) {
      const file = JSON.stringify({ to, interactive: { type: 'button' } })
      expect(readDraftFile(file)).toEqual({ ok: true, interactive: { type: 'button' }, to: undefined })
    }
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

  it('words a text that is not JSON once, as an issue naming the file, where it breaks and what was expected', () => {
    const read = readDraftFile('{\n  "type": "button",\n  oops\n}', 'order.json')
    if (read.ok || read.reason !== 'not_json') return expect.unreachable(`read ${JSON.stringify(read)}`)
    expect(read.issue).toMatchObject({
      path: [],
      code: 'invalid_format',
      reason: 'not_json',
      params: { file: 'order.json', line: 3, column: 3, expected: 'name', found: 'oops' },
    })
    expect(read.issue.message).toBe(
      'order.json is not valid JSON at line 3, column 3: expected a property name in double quotes, found "oops"',
    )
    // Data, so any language words it.
    expect(formatIssue(read.issue, coreMessagesSw)).toContain('order.json')
    // Without a name, it is the JSON text.
    const unnamed = readDraftFile('{ oops')
    expect(unnamed).toMatchObject({ reason: 'not_json', issue: { params: { line: 1, column: 3 } } })
    expect(unnamed).not.toHaveProperty('issue.params.file')
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

  it('reads past a byte order mark (a file saved by Windows Notepad, read by a host as text)', () => {
    expect(readDraftFile('\uFEFF{"type":"list","action":{}}')).toMatchObject({
      ok: true,
      interactive: { type: 'list' },
    })
  })

  it('opens again whatever Download saved, a draft with errors included', () => {
    const drafts: unknown[] = [
      ...INTERACTIVE_TYPES.map((type) => createDraft(type)),
      {},
      { body: { text: 'No type chosen yet' } },
      { type: 'sticker_picker' },
      { footer: { text: 'Only a footer' } },
    ]
    for (const draft of drafts) {
      expect(readDraftFile(formatDraftJson(draft)), JSON.stringify(draft)).toEqual({
        ok: true,
        interactive: draft,
        to: undefined,
      })
    }
  })

  it('calls an empty file empty, not broken JSON', () => {
    for (const text of ['', ' \n\t', '\uFEFF'])
      expect(readDraftFile(text), JSON.stringify(text)).toEqual({ ok: false, reason: 'empty' })
  })

  it('refuses an object that is no interactive message, naming the kind of a whole WhatsApp message', () => {
    const text = { messaging_product: 'whatsapp', to: '255712345678', type: 'text', text: { body: 'Habari' } }
    expect(readDraftFile(JSON.stringify(text), 'text.json')).toEqual({
      ok: false,
      reason: 'not_interactive',
      messageType: 'text',
      issue: otherMessageIssue('text', [], 'text.json'),
    })
    const briqText = { to: '255712345678', type: 'image', image: { link: 'https://example.com/a.jpg' } }
    expect(readDraftFile(JSON.stringify(briqText))).toMatchObject({
      ok: false,
      reason: 'not_interactive',
      messageType: 'image',
      issue: { path: [], code: 'invalid_format', reason: 'other_message', params: { type: 'image' } },
    })
    for (const other of [
      { name: 'shop', version: '1.0.0' },
      { to: '255712345678', interactive: 'button' },
    ]) {
      expect(readDraftFile(JSON.stringify(other)), JSON.stringify(other)).toEqual({
        ok: false,
        reason: 'not_interactive',
        messageType: undefined,
      })
    }
  })

  it('refuses a bare message of another kind (its content in the member its type names), naming its type', () => {
    for (const message of [
      { type: 'text', text: { body: 'Habari' } },
      { type: 'image', image: { link: 'https://example.com/a.jpg' } },
      { type: 'template', template: { name: 'order_update', language: { code: 'sw' } } },
      { type: 'location', location: { latitude: -6.8, longitude: 39.28 }, body: { text: 'stray' } },
    ]) {
      expect(readDraftFile(JSON.stringify(message)), JSON.stringify(message)).toEqual({
        ok: false,
        reason: 'not_interactive',
        messageType: message.type,
        issue: otherMessageIssue(message.type),
      })
    }
    // Everything else a person may have typed still opens, errors and all: a typo in the type,
    // a type spelt as one of the interactive object's own members, and anything with an action.
    for (const draft of [
      { type: 'buton', body: { text: 'Chagua' } },
      { type: 'text', body: { text: 'no text member' } },
      { type: 'type' },
      { type: 'body', body: { text: 'Habari' } },
      { type: 'header', header: { type: 'text', text: 'Duka' } },
      { type: 'text', text: { body: 'Habari' }, action: { buttons: [] } },
      { type: 'button', button: 'stray', action: {} },
    ]) {
      expect(readDraftFile(JSON.stringify(draft)), JSON.stringify(draft)).toEqual({
        ok: true,
        interactive: draft,
        to: undefined,
      })
    }
  })

  it('opens an interactive object of a type it does not know', () => {
    // An interactive object of a type this kit does not know (a newer one) still opens: the
    // builder shows it with its issue rather than refusing what may be right.
    expect(readDraftFile('{"type":"sticker_picker","action":{}}')).toMatchObject({ ok: true })
    expect(readDraftFile('{"body":{"text":"no type yet"},"action":{"buttons":[]}}')).toMatchObject({ ok: true })
  })
})

const file = (bytes: number[] | Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes)
  return { size: data.byteLength, arrayBuffer: async () => data.slice().buffer }
}
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))
  }
  return out
}

describe('openDraftFile', () => {
  const list = JSON.stringify({ type: 'list', body: { text: 'Chagua tawi 🌍' }, action: {} })

  it('reads UTF-8 with or without a byte order mark, and UTF-16 either way round, with or without one', async () => {
    const bom = [0xef, 0xbb, 0xbf, ...new TextEncoder().encode(list)]
    for (const bytes of [
      file(list),
      file(bom),
      ...[true, false].flatMap((le) => [true, false].map((b) => file(utf16(list, le, b)))),
    ]) {
      expect(await openDraftFile(bytes)).toEqual({ ok: true, interactive: JSON.parse(list), to: undefined })
    }
  })

  it('measures a UTF-16 file by its size, never refusing it by a size in UTF-8 it does not have', async () => {
    const limit = LIMITS.structure.draftFile.max
    // 100 000 CJK letters: 2 bytes each in UTF-16 (a 200 KB file), 3 in UTF-8 (300 KB).
    const text = JSON.stringify({ type: 'button', body: { text: '中'.repeat(100_000) } })
    const bytes = utf16(text, true, true)
    expect(bytes.length).toBeLessThan(limit)
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(limit)
    expect(await openDraftFile(file(bytes))).toMatchObject({ ok: true, interactive: JSON.parse(text) })
  })

  it('refuses a file that is not text (an image picked by mistake) without parsing it', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]
    const nul = [...new TextEncoder().encode('{"type":'), 0, 0x22, 0x7d]
    for (const bytes of [png, jpeg, nul])
      expect(await openDraftFile(file(bytes))).toEqual({ ok: false, reason: 'not_text' })
  })

  it('refuses a file past LIMITS.structure.draftFile by its size, before reading it', async () => {
    const limit = LIMITS.structure.draftFile.max
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0))
    const video = { size: 20 * 1024 * 1024, arrayBuffer }
    expect(await openDraftFile(video)).toEqual({ ok: false, reason: 'too_large', limit, actual: 20 * 1024 * 1024 })
    expect(arrayBuffer).not.toHaveBeenCalled()
  })

  it('says a file it could not read is unreadable (moved or deleted since it was picked)', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotFoundError')) }
    expect(await openDraftFile(gone)).toEqual({ ok: false, reason: 'unreadable' })
  })

  it("names a file that is not JSON by the file's own name", async () => {
    const picked = Object.assign(file('not json'), { name: 'notes.txt' })
    const read = await openDraftFile(picked)
    expect(read).toMatchObject({ ok: false, reason: 'not_json', issue: { params: { file: 'notes.txt' } } })
    expect(read).toHaveProperty(
      'issue.message',
      'notes.txt is not valid JSON at line 1, column 1: expected a value, found "not"',
    )
  })

  it('reads an empty file as empty', async () => {
    expect(await openDraftFile(file([]))).toEqual({ ok: false, reason: 'empty' })
  })
})
