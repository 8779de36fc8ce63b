import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { createDraft } from './create-draft.ts'
import { createDraftHistory } from './draft-history.ts'
import { applyEditorOperation, createEditorState, type EditorState, tryEditorOperation } from './editor-state.ts'
import { draftFixIts } from './fixes/draft-fix-its.ts'
import { editorFixIts, editorValidation, fixItsWait, restoreUnparsed, unparsedAt } from './unparsed-text.ts'

const DATA = ['action', 'parameters', 'flow_action_payload', 'data']
const flow = () => {
  const state = createEditorState(createDraft('flow'))
  return applyEditorOperation(state, { op: 'set', path: ['action', 'parameters', 'flow_id'], value: '1234567890' })
}
const text = (state: EditorState, path: (string | number)[], typed: string) =>
  applyEditorOperation(state, { op: 'text', path, text: typed })

describe('unparsed text in the editor state', () => {
  it('does not read a pasted text past LIMITS.structure.draftFile, even valid JSON: kept as typed, the draft as it was', () => {
    const limit = LIMITS.structure.draftFile.max
    const start = createEditorState(createDraft('button'))
    const huge = JSON.stringify({ ...createDraft('button'), footer: { text: 'x'.repeat(limit) } })
    const pasted = text(start, [], huge)
    expect(pasted.draft).toBe(start.draft)
    expect(unparsedAt(pasted, [])).toMatchObject({
      text: huge,
      issue: { path: [], code: 'invalid_format', reason: 'json_text_too_large', limit, actual: huge.length },
    })
    // Up to the limit, it reads as before.
    const fits = JSON.stringify({ ...createDraft('button'), footer: { text: 'x' } }).padEnd(limit, ' ')
    expect(text(start, [], fits).draft).toMatchObject({ footer: { text: 'x' } })
  })

  it('does not read a WhatsApp message of another kind pasted as the whole draft, as an opened file is not', () => {
    const start = createEditorState(createDraft('button'))
    for (const [pasted, type] of [
      ['{"type": "text", "text": {"body": "hi"}}', 'text'],
      ['{"messaging_product": "whatsapp", "to": "255712345678", "type": "image", "image": {"id": "1"}}', 'image'],
    ] as const) {
      const state = text(start, [], pasted)
      expect(state.draft).toBe(start.draft)
      expect(unparsedAt(state, [])).toMatchObject({
        text: pasted,
        issue: { path: [], code: 'invalid_format', reason: 'other_message', params: { type } },
      })
    }
    // An interactive draft with a stray member named like a type still reads, errors and all.
    expect(text(start, [], '{"type": "text", "body": {"text": "Chagua"}}').draft).toEqual({
      type: 'text',
      body: { text: 'Chagua' },
    })
  })

  it('keeps text that does not parse, with its issue, and leaves the draft at its last value', () => {
    const start = text(flow(), DATA, '{"a": 1}')
    expect(
      (start.draft as { action: { parameters: { flow_action_payload: { data: unknown } } } }).action.parameters
        .flow_action_payload.data,
    ).toEqual({ a: 1 })
    const broken = text(start, DATA, '{"a": ')
    expect(broken.draft).toBe(start.draft)
    expect(unparsedAt(broken, DATA)).toMatchObject({
      text: '{"a": ',
      issue: {
        path: DATA,
        code: 'invalid_format',
        reason: 'not_json',
        params: { line: 1, column: 7, expected: 'value' },
      },
    })
    // Valid again: the value is set and the unparsed text is gone; emptied: the field is left out.
    const fixed = text(broken, DATA, '{"a": 2}')
    expect(fixed.unparsed).toEqual([])
    expect(JSON.stringify(fixed.draft)).toContain('"data":{"a":2}')
    expect(JSON.stringify(text(fixed, DATA, '  ').draft)).not.toContain('"data"')
    expect(unparsedAt(text(start, DATA, '[1]'), DATA)?.issue.reason).toBe('not_json_object')
  })

  it('reports unparsed text as errors of the draft: a complete-looking draft is not ok', () => {
    const state = text(flow(), DATA, '{"a": ')
    const result = validateInteractive(state.draft)
    expect(result.ok).toBe(true)
    const reported = editorValidation(result, state)
    expect(reported.ok).toBe(false)
    expect(!reported.ok && reported.issues.map((issue) => issue.reason)).toEqual(['not_json'])
    expect(editorValidation(result, flow())).toBe(result)
  })

  it("leaves out the issues of the value under a field's unparsed text, which the field no longer shows", () => {
    // {} was valid JSON (and an error: empty flow data); then '{"jina": ' is being typed over it.
    const state = text(text(flow(), DATA, '{}'), DATA, '{"jina": ')
    const result = validateInteractive(state.draft)
    expect(!result.ok && result.issues.map((issue) => issue.reason)).toEqual(['flow_data_empty'])
    const reported = editorValidation(result, state)
    expect(!reported.ok && reported.issues.map((issue) => issue.reason)).toEqual(['not_json'])
    expect(draftFixIts(state.draft, reported).map((fix) => fix.labelKey)).not.toContain('fix.removeEmpty')
    // Issues elsewhere stay.
    const elsewhere = applyEditorOperation(state, { op: 'set', path: ['body', 'text'], value: '' })
    const both = editorValidation(validateInteractive(elsewhere.draft), elsewhere)
    expect(!both.ok && both.issues.map((issue) => issue.path.join('.'))).toEqual([DATA.join('.'), 'body.text'])
  })

  it('keeps unparsed text through edits elsewhere, and drops it when the draft under it changes', () => {
    const broken = text(flow(), DATA, '{"a": ')
    const edited = applyEditorOperation(broken, { op: 'set', path: ['body', 'text'], value: 'Agiza sasa' })
    expect(unparsedAt(edited, DATA)?.text).toBe('{"a": ')
    expect(applyEditorOperation(edited, { op: 'setType', type: 'button' }).unparsed).toEqual([])
    expect(applyEditorOperation(edited, { op: 'replace', draft: createDraft('flow') }).unparsed).toEqual([])
  })

  it('keeps the JSON tab’s text at path [] until valid text or another edit replaces the draft', () => {
    const start = createEditorState(createDraft('button'))
    const broken = text(start, [], '{"type": "list",')
    expect(broken.draft).toBe(start.draft)
    expect(unparsedAt(broken, [])?.issue.params).toMatchObject({ line: 1, column: 17, expected: 'name' })
    expect(text(broken, [], '{"type": "list"}').draft).toEqual({ type: 'list' })
    expect(applyEditorOperation(broken, { op: 'set', path: ['body', 'text'], value: 'x' }).unparsed).toEqual([])
  })

  it('holds back fix-its while the JSON tab’s text does not parse, and refuses a fix then', () => {
    const four = createDraft('button') as { action: { buttons: unknown[] } }
    const draft = { ...four, action: { buttons: [...four.action.buttons, ...four.action.buttons].slice(0, 4) } }
    const start = createEditorState(draft)
    const fixes = draftFixIts(draft, validateInteractive(draft))
    expect(fixes.map((fix) => fix.id)).toContain('buttons-to-list')
    expect(editorFixIts(start, fixes)).toBe(fixes)
    const broken = text(start, [], '{"type": "button",')
    expect(fixItsWait(broken)).toBe(true)
    expect(editorFixIts(broken, fixes)).toEqual([])
    expect(tryEditorOperation(broken, { op: 'fix', id: 'buttons-to-list' })).toEqual({ ok: false, reason: 'not_found' })
    expect(unparsedAt(broken, [])?.text).toBe('{"type": "button",')
    // A JSON field's text holds back nothing: its value's own issues are left out instead.
    expect(fixItsWait(text(flow(), DATA, '{"a": '))).toBe(false)
    const parsed = text(broken, [], JSON.stringify(draft))
    expect(tryEditorOperation(parsed, { op: 'fix', id: 'buttons-to-list' })).toMatchObject({ ok: true })
  })

  it('refuses text for a path that is not a JSON field', () => {
    expect(tryEditorOperation(flow(), { op: 'text', path: ['body', 'text'], text: '{}' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })

  it('brings unparsed text back with undo and redo', () => {
    const start = flow()
    const history = createDraftHistory(start)
    const broken = text(start, DATA, '{"a": ')
    history.record(broken, { at: 0 })
    history.record(applyEditorOperation(broken, { op: 'setType', type: 'button' }), { at: 5000 })
    expect(history.undo()).toBe(broken)
    expect(history.undo().unparsed).toEqual([])
    expect(unparsedAt(history.redo(), DATA)?.text).toBe('{"a": ')
  })

  it('restores saved texts where their box still is and they still do not parse', () => {
    const state = flow()
    const restored = restoreUnparsed(state, [
      { path: DATA, text: '{"a": ' },
      { path: [], text: '{' },
      { path: ['body', 'text'], text: '{' },
      { path: DATA, text: '{}' },
    ])
    expect(restored.unparsed.map((entry) => [entry.path, entry.text])).toEqual([
      [DATA, '{"a": '],
      [[], '{'],
    ])
    expect(restoreUnparsed(state, [])).toBe(state)
  })
})
