import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive } from './describe-interactive.ts'
import { setAt } from './draft-path.ts'
import { inFormOrder, issueAnchor, issueAnchors } from './issue-anchor.ts'
import { fieldInstances } from './walk-description.ts'

const buttons = createDraft('button')

describe('issueAnchor', () => {
  it('puts an issue at its field, its group or its item', () => {
    expect(issueAnchor(buttons, ['action', 'buttons', 1, 'reply', 'title'])).toEqual({
      kind: 'field',
      path: ['action', 'buttons', 1, 'reply', 'title'],
    })
    expect(issueAnchor(buttons, ['action', 'buttons'])).toEqual({ kind: 'group', path: ['action', 'buttons'] })
    // An unknown key inside a button belongs to that button.
    expect(issueAnchor(buttons, ['action', 'buttons', 0, 'reply', 'emoji'])).toEqual({
      kind: 'item',
      path: ['action', 'buttons', 0],
    })
  })

  it('puts a missing object at the first field inside it, and a header kind at the header choice', () => {
    expect(issueAnchor(buttons, ['body'])).toEqual({ kind: 'field', path: ['body', 'text'] })
    expect(issueAnchor({ ...buttons, header: { type: 'gif' } }, ['header', 'type'])).toEqual({
      kind: 'choice',
      path: ['header'],
    })
  })

  // "Action is required" on reply buttons pasted without one: the form shows no field inside the
  // action, only the Buttons group whose Add gives it one; the message alone could not be picked.
  it('puts a missing object with no field inside it at the first group inside it', () => {
    const noAction = { type: 'button', body: { text: 'Hi' } }
    expect(issueAnchor(noAction, ['action'])).toEqual({ kind: 'group', path: ['action', 'buttons'] })
    // A field inside comes first: a list's button label, before its sections.
    expect(issueAnchor({ type: 'list', body: { text: 'Hi' } }, ['action'])).toEqual({
      kind: 'field',
      path: ['action', 'button'],
    })
  })

  it('only anchors at what the form shows: the chosen option, the items present', () => {
    // The link is chosen; a media ID it does not hold is not shown, so an issue there goes to the choice.
    const linked = setAt(buttons, ['header'], { type: 'image', image: { link: 'https://a.example/x.png' } })
    expect(issueAnchor(linked, ['header', 'image', 'id'])).toEqual({ kind: 'choice', path: ['header', 'image'] })
    expect(issueAnchor(buttons, ['action', 'buttons', 7, 'reply', 'title'])).toEqual({
      kind: 'group',
      path: ['action', 'buttons'],
    })
  })

  it('puts a payload held beside data_exchange at its first field, which the form shows under navigate', () => {
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = {
      ...flow.action.parameters,
      flow_action: 'data_exchange',
      flow_action_payload: { data: { a: 1 } },
    }
    const exchange = { ...flow, action: { ...flow.action, parameters } }
    const at = (...path: string[]) => issueAnchor(exchange, ['action', 'parameters', ...path])
    const screen = { kind: 'field', path: ['action', 'parameters', 'flow_action_payload', 'screen'] }
    expect(at('flow_action_payload')).toEqual(screen)
    expect(at('flow_action_payload', 'data')).toEqual({
      kind: 'field',
      path: ['action', 'parameters', 'flow_action_payload', 'data'],
    })
    // An unknown key in it too, not the flow ID or name choice above it.
    expect(at('flow_action_payload', 'colour')).toEqual(screen)
    // Without one, what navigate would show goes to the action choice.
    const { flow_action_payload: _, ...bare } = parameters
    const plain = { ...flow, action: { ...flow.action, parameters: bare } }
    expect(issueAnchor(plain, ['action', 'parameters', 'flow_action_payload', 'screen'])).toEqual({
      kind: 'choice',
      path: ['action', 'parameters', 'flow_action'],
    })
  })

  it('puts the carousel card count at the cards group, a card index at its card', () => {
    const carousel = createDraft('carousel')
    expect(issueAnchor(carousel, ['action', 'cards'])).toEqual({ kind: 'group', path: ['action', 'cards'] })
    expect(issueAnchor(carousel, ['action', 'cards', 1, 'card_index'])).toEqual({
      kind: 'item',
      path: ['action', 'cards', 1],
    })
  })

  it("draws a card of another kind than card 1 (from JSON) by its own kind: its replies' issues at their fields", () => {
    // Card 1 has quick replies (createDraft's); card 2 a link button.
    const link = { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://duka.example/buy' } }
    const mixed = [0, 1].reduce(
      (draft, i) => setAt(draft, ['action', 'cards', i, 'header', 'image', 'link'], `https://duka.example/${i}.png`),
      setAt(createDraft('carousel'), ['action', 'cards', 1, 'action'], link),
    )
    const text = ['action', 'cards', 1, 'action', 'parameters', 'display_text']
    expect(issueAnchor(mixed, text)).toEqual({ kind: 'field', path: text })
    const shown = fieldInstances(describeInteractive('carousel'), mixed).map((field) => field.path)
    expect(shown).toContainEqual(text)
    expect(shown).toContainEqual(['action', 'cards', 0, 'action', 'buttons', 0, 'quick_reply', 'title'])
    expect(shown).not.toContainEqual(['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'title'])
    // The mismatch goes to the card, where the fix-it that gives every card card 1's kind is.
    const result = validateInteractive(mixed)
    const mismatch = (result.ok ? [] : result.issues).find((issue) => issue.reason === 'card_kind_mismatch')
    expect(mismatch && issueAnchor(mixed, mismatch.path)).toEqual({ kind: 'item', path: ['action', 'cards', 1] })
    // One card's kind is not picked alone: the carousel's card kind picks it for every card.
    const cardKind = applyDraftOperation(mixed, { op: 'choose', path: ['action', 'cards', 1], value: 'quickReply' })
    expect(cardKind).toBe(mixed)
  })

  it('shows a header kind the type does not allow with its fields, which stay editable', () => {
    const link = ['header', 'image', 'link']
    const list = { ...createDraft('list'), header: { type: 'image', image: { link: 'https://duka.example/a.png' } } }
    expect(fieldInstances(describeInteractive('list'), list).map((field) => field.path)).toContainEqual(link)
    expect(issueAnchor(list, ['header', 'type'])).toEqual({ kind: 'choice', path: ['header'] })
    expect(issueAnchor(list, link)).toEqual({ kind: 'field', path: link })
    const edited = applyDraftOperation(list, { op: 'set', path: link, value: 'https://duka.example/b.png' })
    expect(edited).toMatchObject({ header: { image: { link: 'https://duka.example/b.png' } } })
    // Held, not offered: the type picker of kinds stays the type's own.
    expect(applyDraftOperation(createDraft('list'), { op: 'choose', path: ['header'], value: 'image' })).toEqual(
      createDraft('list'),
    )
  })

  it('shows both of two sources WhatsApp takes one of (from JSON), the conflict at the one the message does not use', () => {
    const media = setAt(buttons, ['header'], { type: 'image', image: { link: 'https://a.example/x.png', id: '4490' } })
    const mediaIssue = validateInteractive(media)
    if (mediaIssue.ok) throw new Error('both sources is an error')
    const [conflict] = mediaIssue.issues
    expect(conflict?.path).toEqual(['header', 'image', 'link'])
    expect(issueAnchor(media, conflict?.path ?? [])).toEqual({ kind: 'field', path: ['header', 'image', 'link'] })
    expect(issueAnchor(media, ['header', 'image', 'id'])).toEqual({ kind: 'field', path: ['header', 'image', 'id'] })
    expect(fieldInstances(describeInteractive('button'), media).map((field) => field.path.join('.'))).toContain(
      'header.image.link',
    )

    const params = ['action', 'parameters']
    const flow = setAt(setAt(createDraft('flow'), [...params, 'flow_id'], '1234'), [...params, 'flow_name'], 'booking')
    const flowIssue = validateInteractive(flow)
    if (flowIssue.ok) throw new Error('both targets is an error')
    expect(flowIssue.issues.map((issue) => issue.path.join('.'))).toEqual(['action.parameters.flow_name'])
    expect(issueAnchor(flow, [...params, 'flow_name'])).toEqual({ kind: 'field', path: [...params, 'flow_name'] })
    expect(issueAnchor(flow, [...params, 'flow_id'])).toEqual({ kind: 'field', path: [...params, 'flow_id'] })
  })

  it('sends the type, an unknown type and parts the type does not take to the picker or the message', () => {
    expect(issueAnchor(buttons, ['type'])).toEqual({ kind: 'type', path: ['type'] })
    expect(issueAnchor({ type: 'nope', body: {} }, ['body'])).toEqual({ kind: 'type', path: ['type'] })
    const location = { ...createDraft('location_request_message'), footer: { text: 'x' } }
    expect(issueAnchor(location, ['footer'])).toEqual({ kind: 'message', path: [] })
    expect(issueAnchor(location, [])).toEqual({ kind: 'message', path: [] })
  })

  it('anchors every issue of a broken draft somewhere the form shows, without throwing on junk', () => {
    const broken = { type: 'list', body: { text: '' }, action: { button: '', sections: [{ rows: [] }, 3] } }
    const anchor = issueAnchors(broken)
    const result = validateInteractive(broken)
    const issues = result.ok ? [] : result.issues
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) expect(anchor(issue.path).kind).not.toBe('type')
    expect(issueAnchors(Object.create(null))(['x'])).toEqual({ kind: 'type', path: ['type'] })
    expect(
      issueAnchors(
        new Proxy(
          {},
          {
            get() {
              throw new Error('hostile')
            },
          },
        ),
      )(['a']),
    ).toEqual({ kind: 'type', path: ['type'] })
  })
})

describe('issueAnchors(draft).order', () => {
  const sortedKeys = (draft: unknown) => {
    const result = validateInteractive(draft)
    const anchor = issueAnchors(draft)
    return (result.ok ? [] : result.issues)
      .map((issue) => anchor(issue.path))
      .sort((a, b) => anchor.order(a) - anchor.order(b))
      .map((found) => `${found.kind}:${found.path.join('.')}`)
  }

  it("lists a product card's catalog ID before its product ID, as the form shows them, card by card", () => {
    const cards = applyDraftOperation(createDraft('carousel'), {
      op: 'choose',
      path: ['action', 'cards'],
      value: 'product',
    })
    expect(sortedKeys(cards)).toEqual([
      'field:action.cards.0.action.catalog_id',
      'field:action.cards.0.action.product_retailer_id',
      'field:action.cards.1.action.catalog_id',
      'field:action.cards.1.action.product_retailer_id',
    ])
  })

  it('inFormOrder sorts anything with a path by it, keeping the order of items at one control', () => {
    const anchorOf = issueAnchors(createDraft('button'))
    const items = [
      { path: ['action', 'buttons', 0, 'reply', 'id'], n: 1 },
      { path: ['body', 'text'], n: 2 },
      { path: ['action', 'buttons', 0, 'reply', 'id'], n: 3 },
      { path: ['type'], n: 4 },
    ]
    expect(inFormOrder(items, anchorOf, (item) => item.path).map((item) => item.n)).toEqual([4, 2, 1, 3])
  })

  it('puts the type picker first, then the message, an item before its fields and after the item above', () => {
    const carousel = setAt(createDraft('carousel'), ['action', 'cards', 1, 'card_index'], 7)
    const anchor = issueAnchors(carousel)
    const at = (path: (string | number)[]) => anchor.order(anchor(path))
    expect(at(['type'])).toBeLessThan(at([]))
    expect(at([])).toBeLessThan(at(['body', 'text']))
    expect(at(['action', 'cards', 0, 'body', 'text'])).toBeLessThan(at(['action', 'cards', 1, 'card_index']))
    expect(at(['action', 'cards', 1, 'card_index'])).toBeLessThan(at(['action', 'cards', 1, 'body', 'text']))
  })

  it('orders the issues of every field of every type as the form shows the fields', () => {
    for (const type of INTERACTIVE_TYPES) {
      const description = describeInteractive(type)
      let draft: unknown = createDraft(type)
      // Every text emptied: each field has an issue of its own (required) or none (optional).
      for (const field of fieldInstances(description, draft))
        if (typeof field.value === 'string') draft = setAt(draft, field.path, '')
      const shown = fieldInstances(description, draft).map((field) => `field:${field.path.join('.')}`)
      const listed = sortedKeys(draft).filter((key) => shown.includes(key))
      expect(listed.length, type).toBeGreaterThan(0)
      const positions = listed.map((key) => shown.indexOf(key))
      expect(positions, type).toEqual([...positions].sort((a, b) => a - b))
    }
  })
})
