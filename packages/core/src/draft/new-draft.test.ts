import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { getAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState } from './editor-state.ts'
import { isNewDraft } from './new-draft.ts'

const pairs = INTERACTIVE_TYPES.flatMap((from) => INTERACTIVE_TYPES.map((to) => [from, to] as const))

describe('picking a type for a new draft', () => {
  it('a new draft of one type becomes the new draft of every other, not its starter words carried', () => {
    for (const [from, to] of pairs) {
      // Was a location request asking "See this week’s offers on our website." after a link button.
      expect(applyDraftOperation(createDraft(from), { op: 'setType', type: to }), `${from} → ${to}`).toEqual(
        createDraft(to),
      )
    }
  })

  it('in the language of the starter words the options give', () => {
    const options = { text: { 'button.body': 'Ungependa kuthibitisha oda yako?', 'list.body': 'Tukusaidie vipi leo?' } }
    expect(applyDraftOperation(createDraft('button', options), { op: 'setType', type: 'list' }, options)).toEqual(
      createDraft('list', options),
    )
    // Words of another language are someone's: carried on as before.
    const list = applyDraftOperation(createDraft('button', options), { op: 'setType', type: 'list' })
    expect(getAt(list, ['body', 'text'])).toBe('Ungependa kuthibitisha oda yako?')
  })

  it("started in another of the UI's languages, as the builder knows them (otherText), it is as new", () => {
    const sw = { 'button.body': 'Ungependa kuthibitisha oda yako?', 'list.body': 'Tukusaidie vipi leo?' }
    // Started in English, the UI switched to Swahili: the Swahili list, not the English question carried.
    const inSwahili = { text: sw, otherText: [sw] }
    expect(applyDraftOperation(createDraft('button'), { op: 'setType', type: 'list' }, inSwahili)).toEqual(
      createDraft('list', inSwahili),
    )
    // Started in Swahili, the UI switched to English.
    expect(
      applyDraftOperation(createDraft('button', { text: sw }), { op: 'setType', type: 'list' }, { otherText: [sw] }),
    ).toEqual(createDraft('list'))
    expect(isNewDraft(createDraft('button', { text: sw }), { otherText: [sw] })).toBe(true)
  })

  it('a draft with anything changed still carries what it has to the type picked', () => {
    const draft = { ...createDraft('button'), footer: { text: 'Duka la Mama' } }
    const list = applyDraftOperation(draft, { op: 'setType', type: 'list' })
    expect(getAt(list, ['footer', 'text'])).toBe('Duka la Mama')
    expect(getAt(list, ['body', 'text'])).toBe('Would you like to confirm your order?')
    expect(getAt(list, ['action', 'sections', 0, 'rows', 0, 'title'])).toBe('Yes, confirm')
  })

  it("in the editor, a new draft's starter header is not carried on to the next type (product list → buttons)", () => {
    const state = createEditorState(createDraft('product_list'), {}, { idsFollow: true })
    expect(getAt(state.draft, ['header', 'text'])).toBe('Our products')
    const buttons = applyEditorOperation(state, { op: 'setType', type: 'button' })
    expect(buttons.draft).toEqual(createDraft('button'))
    // Looked through and back: each type shows its new draft, and undoing is the history's.
    const back = applyEditorOperation(buttons, { op: 'setType', type: 'product_list' })
    expect(back.draft).toEqual(createDraft('product_list'))
    // A header typed by the person still goes on with them.
    const typed = applyEditorOperation(state, { op: 'set', path: ['header', 'text'], value: 'Mchele bora' })
    const carried = applyEditorOperation(typed, { op: 'setType', type: 'button' })
    expect(getAt(carried.draft, ['header', 'text'])).toBe('Mchele bora')
  })

  it('a type looked through with words typed comes back with them, though the draft left is a new one', () => {
    const fresh = createEditorState(createDraft('button'), {}, { idsFollow: true })
    const list = applyEditorOperation(fresh, { op: 'setType', type: 'list' })
    const path = ['action', 'sections', 0, 'rows', 0, 'description']
    const typed = applyEditorOperation(list, { op: 'set', path, value: 'Today' })
    const buttons = applyEditorOperation(typed, { op: 'setType', type: 'button' })
    expect(buttons.draft).toEqual(createDraft('button'))
    const back = applyEditorOperation(buttons, { op: 'setType', type: 'list' })
    expect(getAt(back.draft, path)).toBe('Today')
  })

  it('isNewDraft: a new draft of any type, not a changed one, nor what is no message', () => {
    for (const type of INTERACTIVE_TYPES) expect(isNewDraft(createDraft(type), {}), type).toBe(true)
    expect(isNewDraft({ ...createDraft('button'), footer: { text: 'x' } }, {})).toBe(false)
    expect(isNewDraft(null, {})).toBe(false)
    expect(isNewDraft({ type: 'poll' }, {})).toBe(false)
  })

  it('isNewDraft: asked again with the same options, each type against its own, in each language', () => {
    const sw = { 'button.body': 'Ungependa kuthibitisha oda yako?', 'list.body': 'Tukusaidie vipi leo?' }
    const options = { otherText: [sw] }
    for (const type of INTERACTIVE_TYPES) {
      expect(isNewDraft(createDraft(type, { text: sw }), options), type).toBe(true)
      expect(isNewDraft(createDraft(type), options), type).toBe(true)
      expect(isNewDraft({ ...createDraft(type), footer: { text: 'x' } }, options), type).toBe(false)
    }
    expect(isNewDraft(createDraft('button', { text: sw }), {})).toBe(false)
  })
})
