import {
  applyDraftOperation,
  createDraft,
  type Issue,
  inFormOrder,
  issueAnchors,
  readJsonText,
} from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { planSend } from './send-plan.ts'

const interactive = {
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
}
const base = {
  interactive,
  to: '0712 345 678',
  conversationId: undefined,
  sender: undefined,
  defaultCountryCode: undefined,
}

describe('planSend', () => {
  it('normalises a local number and builds the request', () => {
    const plan = planSend(base)
    expect(plan.phone).toEqual({ ok: true, value: '255712345678' })
    expect(plan.request).toEqual({ to: '255712345678', interactive })
    expect(plan.issues).toEqual([])
  })

  it('blocks on a bad number without repeating it as a request issue', () => {
    const plan = planSend({ ...base, to: '12' })
    expect(plan.phone?.ok).toBe(false)
    expect(plan.request).toBeUndefined()
    expect(plan.issues).toEqual([])
  })

  it("lists the request's issues first, then the interactive's in the order orderIssues gives", () => {
    // Core validates a product card's product ID before its catalog ID; the form shows the catalog first.
    const cards = applyDraftOperation(createDraft('carousel'), {
      op: 'choose',
      path: ['action', 'cards'],
      value: 'product',
    })
    const anchorOf = issueAnchors(cards)
    const orderIssues = (issues: readonly Issue[]) => inFormOrder(issues, anchorOf, (issue) => issue.path)
    const plan = planSend({ ...base, interactive: cards, sender: 'x'.repeat(65), orderIssues })
    expect(plan.issues.map((issue) => issue.path.join('.'))).toEqual([
      'sender',
      'interactive.action.cards.0.action.catalog_id',
      'interactive.action.cards.0.action.product_retailer_id',
      'interactive.action.cards.1.action.catalog_id',
      'interactive.action.cards.1.action.product_retailer_id',
    ])
    // Without a form to follow, the interactive's issues keep core's order, after the request's.
    expect(
      planSend({ ...base, interactive: cards, sender: 'x'.repeat(65) }).issues.map((issue) => issue.path.join('.')),
    ).toEqual([
      'sender',
      'interactive.action.cards.0.action.product_retailer_id',
      'interactive.action.cards.0.action.catalog_id',
      'interactive.action.cards.1.action.product_retailer_id',
      'interactive.action.cards.1.action.catalog_id',
    ])
  })

  it('lists every issue once even when orderIssues leaves one out or repeats one', () => {
    const empty = { type: 'button', body: { text: '' }, action: { buttons: [] } }
    const all = planSend({ ...base, interactive: empty }).issues
    expect(all.length).toBeGreaterThan(1)
    const last = (issues: readonly Issue[]) => [issues.at(-1)!, issues.at(-1)!]
    expect(planSend({ ...base, interactive: empty, orderIssues: last }).issues).toEqual([
      all.at(-1),
      ...all.slice(0, -1),
    ])
  })

  it('blocks on an invalid draft and lists its issues with their paths', () => {
    const plan = planSend({ ...base, interactive: { ...interactive, body: { text: '' } } })
    expect(plan.request).toBeUndefined()
    expect(plan.issues.map((issue) => issue.path.join('.'))).toContain('interactive.body.text')
  })

  it('blocks on the draft’s unparsed text though the object itself is valid, listing it under interactive', () => {
    const read = readJsonText('{"a": ', ['action', 'parameters', 'flow_action_payload', 'data'])
    if (read.ok) throw new Error('the text parsed')
    const plan = planSend({ ...base, draftIssues: [read.issue] })
    expect(plan.request).toBeUndefined()
    expect(plan.issues.map((issue) => [issue.path.join('.'), issue.reason])).toEqual([
      ['interactive.action.parameters.flow_action_payload.data', 'not_json'],
    ])
  })

  it('sends into a conversation without a number, and warns that the sender is ignored there', () => {
    const conversationId = '5c1d2e3f-4a5b-4c6d-8e7f-000000000001'
    const plan = planSend({ ...base, to: '', conversationId, sender: '255700000001' })
    expect(plan.phone).toBeUndefined()
    expect(plan.request).toMatchObject({ conversation_id: conversationId })
    expect(plan.warnings.map((issue) => issue.code)).toEqual(['not_recommended'])
  })
})
