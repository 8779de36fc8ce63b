import { describe, expect, it } from 'vitest'
import { fixedValueAt } from '../../schemas/fixed-value.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { createDraft } from '../create-draft.ts'
import { removeAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const fixedValue = (draft: unknown) => fixesOf(draft).filter((fix) => fix.id.startsWith('fixed-value:'))

describe('values WhatsApp takes only one of', () => {
  it('writes flow_message_version as the text "3" where a client library sent the number 3', () => {
    // The Flow message in Lexuil/ws-cloud-api's live send script (src/test/sendMessages.ts), as
    // the Elixir library wax also types it (Wax.Messages.Interactive.Action).
    const draft = {
      type: 'flow',
      body: { text: 'Test flow message' },
      action: {
        name: 'flow',
        parameters: {
          flow_action_payload: { screen: 'WELCOME' },
          flow_cta: 'View flow',
          flow_id: '1234567890',
          flow_message_version: 3,
          flow_token: 'token',
          mode: 'draft',
        },
      },
    }
    const [fix, ...others] = fixedValue(draft)
    expect(others).toEqual([])
    expect(fix).toMatchObject({
      id: 'fixed-value:flow_message_version="3"',
      labelKey: 'fix.setFixedValue',
      params: { key: 'flow_message_version', value: '"3"' },
      paths: [['action', 'parameters', 'flow_message_version']],
    })
    const fixed = fix?.apply(draft)
    expect(validateInteractive(fixed)).toMatchObject({ ok: true, warnings: [] })
    expect(fixed).toEqual(setAt(draft, ['action', 'parameters', 'flow_message_version'], '3'))
  })

  it('adds flow_message_version where it was left to a library’s default', () => {
    // whatsapp-api-js documents flow_message_version as optional ("must be 3"), filling it in.
    const draft = removeAt(createDraft('flow'), ['action', 'parameters', 'flow_message_version'])
    const fixed = fixedValue(draft)[0]?.apply(draft)
    expect(validateInteractive(setAt(fixed, ['action', 'parameters', 'flow_id'], '1'))).toMatchObject({ ok: true })
  })

  it('adds the action of a location request, which is only its name', () => {
    // Zernio's API reference: "For location_request_message, action may be omitted (we default
    // it to { "name": "send_location" })"; WhatsApp itself requires it.
    const draft = { type: 'location_request_message', body: { text: 'Where should we deliver?' } }
    const [fix] = fixedValue(draft)
    expect(fix).toMatchObject({ params: { key: 'action', value: '{"name":"send_location"}' } })
    expect(fix?.apply(draft)).toEqual({ ...draft, action: { name: 'send_location' } })
  })

  it('sets an action name that is missing or misspelt', () => {
    const missing = removeAt(setAt(createDraft('cta_url'), ['action', 'parameters', 'url'], 'https://a.example'), [
      'action',
      'name',
    ])
    expect(fixedValue(missing).map((fix) => fix.params)).toEqual([{ key: 'name', value: '"cta_url"' }])
    const misspelt = setAt(missing, ['action', 'name'], 'cta-url')
    const fixed = fixedValue(misspelt)[0]?.apply(misspelt)
    expect(validateInteractive(fixed)).toMatchObject({ ok: true })
  })

  it('gives every reply button without one its type in one step', () => {
    const draft = createDraft('button') as { action: { buttons: Record<string, unknown>[] } }
    const bare = { ...draft, action: { buttons: draft.action.buttons.map(({ reply }) => ({ reply })) } }
    const fixes = fixedValue(bare)
    expect(fixes.map((fix) => fix.paths)).toEqual([
      [
        ['action', 'buttons', 0, 'type'],
        ['action', 'buttons', 1, 'type'],
      ],
    ])
    expect(validateInteractive(fixes[0]?.apply(bare))).toMatchObject({ ok: true })
  })

  it('offers nothing for a field that takes several values or free text', () => {
    const draft = setAt(createDraft('flow'), ['action', 'parameters', 'mode'], 'live')
    expect(fixedValue(draft)).toEqual([])
    expect(fixedValueAt(draft, ['action', 'parameters', 'flow_id'])).toBeUndefined()
    expect(fixedValueAt(draft, ['header', 'type'])).toBeUndefined()
    expect(fixedValueAt(draft, ['nowhere', 0, 'type'])).toBeUndefined()
  })

  it('reads a card’s quick reply type from the card’s own kind', () => {
    const draft = createDraft('carousel')
    expect(fixedValueAt(draft, ['action', 'cards', 1, 'action', 'buttons', 0, 'type'])).toBe('quick_reply')
    expect(fixedValueAt(createDraft('button'), ['action', 'buttons', 2, 'type'])).toBe('reply')
  })
})
