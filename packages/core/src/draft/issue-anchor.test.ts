import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { createDraft } from './create-draft.ts'
import { issueAnchor, issueAnchors } from './issue-anchor.ts'

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

  it('only anchors at what the form shows: the chosen option, the items present', () => {
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    // flow_id is chosen; a flow_name beside it is not shown, so its issue goes to the choice.
    const both = { ...flow, action: { ...flow.action, parameters: { ...flow.action.parameters, flow_name: 'x' } } }
    expect(issueAnchor(both, ['action', 'parameters', 'flow_name'])).toEqual({
      kind: 'choice',
      path: ['action', 'parameters'],
    })
    expect(issueAnchor(buttons, ['action', 'buttons', 7, 'reply', 'title'])).toEqual({
      kind: 'group',
      path: ['action', 'buttons'],
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
