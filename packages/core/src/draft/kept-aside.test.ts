import { describe, expect, it } from 'vitest'
import type { InteractiveType } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import type { DraftOperation } from './draft-operation.ts'
import { applyEditorOperation, createEditorState, type EditorState } from './editor-state.ts'
import { keepsAside } from './kept-aside.ts'

const apply = (state: EditorState, ...operations: DraftOperation[]) =>
  operations.reduce((next, operation) => applyEditorOperation(next, operation), state)
const setType = (type: InteractiveType): DraftOperation => ({ op: 'setType', type })
const fresh = () => createEditorState(createDraft('button'), {}, { idsFollow: true })

describe('keepsAside: whether a switch kept something that would come back', () => {
  it('is false with nothing set aside', () => {
    expect(keepsAside(fresh())).toBe(false)
  })

  it('is false after types were only looked through: each kept what a new draft starts with', () => {
    const state = apply(fresh(), setType('list'), setType('cta_url'), setType('flow'), setType('button'))
    expect(state.setAside).toBeDefined()
    expect(state.draft).toEqual(createDraft('button'))
    expect(keepsAside(state)).toBe(false)
  })

  it('is true once something typed under another type would come back with it', () => {
    const state = apply(
      fresh(),
      setType('list'),
      { op: 'set', path: ['action', 'sections', 0, 'title'], value: 'Delivery' },
      setType('button'),
    )
    expect(state.draft).toEqual(createDraft('button'))
    expect(keepsAside(state)).toBe(true)
  })

  it('is true when a footer typed before a switch would be carried on to another type', () => {
    const state = apply(
      fresh(),
      { op: 'set', path: ['footer'], value: { text: 'Duka la Mama' } },
      setType('location_request_message'),
    )
    expect(keepsAside(state)).toBe(true)
  })

  it('is false when what was typed was taken back before the switch back: the type shown held it last', () => {
    const starter = (createDraft('button').body as { text: string }).text
    const state = apply(
      fresh(),
      { op: 'set', path: ['body', 'text'], value: 'Hello' },
      setType('list'),
      { op: 'set', path: ['body', 'text'], value: starter },
      setType('button'),
    )
    expect(state.draft).toEqual(createDraft('button'))
    expect(keepsAside(state)).toBe(false)
  })

  it('is false when items were only added under another type: their ids and titles are the kit’s', () => {
    const list = apply(fresh(), setType('list'), { op: 'add', path: ['action', 'sections', 0, 'rows'] })
    const sections = apply(list, { op: 'add', path: ['action', 'sections'] }, setType('button'))
    expect(JSON.stringify(sections.setAside)).toContain('"Section 2"')
    expect(keepsAside(sections)).toBe(false)
    const buttons = apply(fresh(), { op: 'add', path: ['action', 'buttons'] }, setType('cta_url'))
    expect(keepsAside(buttons)).toBe(false)
    // A title typed on an added row is written.
    const titled = apply(list, { op: 'set', path: ['action', 'sections', 0, 'rows', 2, 'title'], value: 'Pickup' })
    expect(keepsAside(apply(titled, setType('button')))).toBe(true)
  })

  it('knows the starter words of the language the options give', () => {
    // A new draft picked another type is that type's new draft: the list set aside holds its own words.
    const options = {
      text: { 'button.body': 'Ungependa kuthibitisha oda yako?', 'list.body': 'Tukusaidie vipi leo?' },
    }
    const swahili = createEditorState(createDraft('button', options), options, { idsFollow: true })
    const list = applyEditorOperation(swahili, setType('list'), options)
    const state = applyEditorOperation(list, setType('button'), options)
    expect(keepsAside(state, options)).toBe(false)
    // Read as English, the words it started with were written by someone.
    expect(keepsAside(state)).toBe(true)
  })
})
