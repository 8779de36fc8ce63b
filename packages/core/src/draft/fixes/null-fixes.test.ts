import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { createDraft } from '../create-draft.ts'
import { setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const nullFixesOf = (draft: unknown) =>
  draftFixIts(draft, validateInteractive(draft)).filter((fix) => fix.id.startsWith('remove-null:'))

// Meta answers a text header whose text is null with 131009 "Text cannot be null for header
// type text" (Secreto31126/whatsapp-api-js#54): WhatsApp takes text or nothing, never null.
describe('an optional field sent as null', () => {
  it('leaves out a flow’s header and footer whose texts are null, and null payload data', () => {
    const flow = setAt(createDraft('flow'), ['action', 'parameters', 'flow_id'], '1') as Record<string, unknown>
    const draft = {
      ...flow,
      header: { type: 'text', text: null },
      footer: { text: null },
      action: setAt(flow.action, ['parameters', 'flow_action_payload'], { screen: 'WELCOME', data: null }),
    }
    const fixes = nullFixesOf(draft)
    expect(fixes.map((fix) => [fix.id, fix.labelKey])).toEqual([
      ['remove-null:header', 'fix.removeEmpty'],
      ['remove-null:footer', 'fix.removeEmpty'],
      ['remove-null:action.parameters.flow_action_payload.data', 'fix.removeEmpty'],
    ])
    const fixed = fixes.reduce<unknown>((next, fix) => fix.apply(next), draft)
    expect(fixed).toEqual({
      ...flow,
      action: setAt(flow.action, ['parameters', 'flow_action_payload'], { screen: 'WELCOME' }),
    })
    expect(validateInteractive(fixed)).toMatchObject({ ok: true })
  })

  it('leaves out a null row description, section title and document file name', () => {
    const list = setAt(
      setAt(createDraft('list'), ['action', 'sections', 0, 'title'], null),
      ['action', 'sections', 0, 'rows', 1, 'description'],
      null,
    )
    const fixedList = nullFixesOf(list).reduce<unknown>((next, fix) => fix.apply(next), list)
    expect(validateInteractive(fixedList)).toMatchObject({ ok: true })
    const button = setAt(createDraft('button'), ['header'], {
      type: 'document',
      document: { link: 'https://duka.example/bei.pdf', filename: null },
    })
    const [fix] = nullFixesOf(button)
    expect(fix?.apply(button)).toEqual(setAt(button, ['header', 'document'], { link: 'https://duka.example/bei.pdf' }))
  })

  it('keeps what holds something: a required field, or a container with other content', () => {
    expect(nullFixesOf(setAt(createDraft('button'), ['body', 'text'], null))).toEqual([])
    expect(nullFixesOf(setAt(createDraft('product_list'), ['header'], null))).toEqual([])
    const header = setAt(createDraft('button'), ['header'], { type: 'text', text: null, sub_text: 'Leo tu' })
    expect(nullFixesOf(header)).toEqual([])
  })

  it('keeps what a rule across fields requires: a second section’s title, a link card’s parameters', () => {
    const rows = (id: string) => [{ id, title: id.toUpperCase() }]
    const list = setAt(
      createDraft('list'),
      ['action', 'sections'],
      [
        { title: 'Hot', rows: rows('chai') },
        { title: null, rows: rows('juice') },
      ],
    )
    expect(nullFixesOf(list)).toEqual([])
    const image = { type: 'image', image: { link: 'https://duka.example/a.png' } }
    const card = (card_index: number, parameters: unknown) => ({
      card_index,
      type: 'cta_url',
      header: image,
      action: { name: 'cta_url', parameters },
    })
    const carousel = setAt(
      createDraft('carousel'),
      ['action', 'cards'],
      [card(0, { display_text: 'Nunua', url: 'https://duka.example' }), card(1, null)],
    )
    expect(nullFixesOf(carousel)).toEqual([])
  })
})
