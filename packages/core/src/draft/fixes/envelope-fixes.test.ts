import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { leftOutOf } from '../wrapped-interactive.ts'
import { draftFixIts } from './draft-fix-its.ts'

const interactive = createDraft('list')
const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))

describe('the "keep the interactive object" fix-it', () => {
  it.each([
    [
      "Meta's whole message, as its docs show it",
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '255712345678',
        type: 'interactive',
        interactive,
      },
    ],
    ["Briq's send request", { to: '255712345678', interactive }],
  ])('turns %s into its interactive object', (_name, pasted) => {
    const fixes = fixesOf(pasted)
    expect(fixes.map((fix) => fix.id)).toEqual(['use-interactive'])
    const [fix] = fixes
    expect(fix?.issues.map((issue) => issue.path)).toContainEqual(['type'])
    const kept = applyDraftOperation(pasted, { op: 'fix', id: 'use-interactive' })
    expect(kept).toEqual(interactive)
    expect(kept).not.toBe(interactive)
    expect(validateInteractive(kept).ok).toBe(true)
  })

  it('carries the recipient it drops, and none for a blank to', () => {
    expect(fixesOf({ to: '255712345678', interactive })[0]?.recipient).toBe('255712345678')
    for (const to of ['', '  ']) {
      const [fix] = fixesOf({ to, interactive })
      expect(fix?.id).toBe('use-interactive')
      expect(fix && 'recipient' in fix, JSON.stringify(to)).toBe(false)
    }
  })

  it('carries the sender it drops, for the send step', () => {
    expect(fixesOf({ to: '255712345678', sender: '255700000002', interactive })[0]?.sender).toBe('255700000002')
    expect(fixesOf({ to: '255712345678', interactive })[0]).not.toHaveProperty('sender')
  })

  it('names what the draft leaves out of the message, as the JSON tab does for a paste', () => {
    const [fix] = fixesOf({ messaging_product: 'whatsapp', to: '255712345678', sender: '255700000002', interactive })
    const named = { leftOut: ['sender'], leftOutWithTo: ['to', 'sender'] }
    expect(fix).toMatchObject(named)
    expect(leftOutOf(fix ?? {}, { to: false, sender: false })).toEqual(['to', 'sender'])
    expect(leftOutOf(fix ?? {}, { to: true, sender: true })).toEqual([])
  })

  it('is not offered for an interactive object of a known type, or a wrapper without one', () => {
    expect(fixesOf({ ...interactive, interactive }).map((fix) => fix.id)).not.toContain('use-interactive')
    expect(fixesOf({ to: '255712345678', interactive: 'list' })).toEqual([])
    expect(fixesOf({ type: 'interactive' })).toEqual([])
  })
})
