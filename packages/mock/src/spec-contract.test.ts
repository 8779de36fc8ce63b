import { type Issue, issueField, type ValidateOptions, validateSendRequest } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { describe, expect, it } from 'vitest'
import { SEND_INTERACTIVE } from './test-support/interactives.ts'
import { TRANSPORTS, useMock } from './test-support/transports.ts'

// The documented rules, over real fetch: the mock answers a send as Briq and WhatsApp would,
// and in core's words. Briq's own rules (the target, `interactive` and its `type`) are refused at
// once with 422 VALIDATION_ERROR naming the field; a message breaking one of WhatsApp's rules is
// accepted (Briq forwards the object unchanged) and fails later with Meta's code (131009 for a
// value, 100 for a parameter Meta cannot parse, 131051 for an unknown type) naming the field
// where Meta's interactive guides put the rule; this kit's own rules and the warnings are
// delivered. The fields are written out as the documentation states them, not taken from core.

const to = '255712345678'
const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const quick = (id: string, title: string) => ({ type: 'quick_reply', quick_reply: { id, title } })
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))
const buttons = (titles: string[]) => ({
  type: 'button',
  body: { text: 'Did this help?' },
  action: { buttons: titles.map((title, i) => reply(`b${i}`, title)) },
})
const list = (rowsPerSection: number[], body = 'Pick a slot') => ({
  type: 'list',
  body: { text: body },
  action: {
    button: 'Open',
    sections: rowsPerSection.map((rows, s) => ({
      title: `Day ${s + 1}`,
      rows: many(rows, (r) => ({ id: `s${s}r${r}`, title: `Slot ${r + 1}` })),
    })),
  },
})
const card = (i: number, action: unknown) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://example.com/${i}.jpg` } },
  action,
})
const url = { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com/' } }
const carousel = (cards: unknown[]) => ({ type: 'carousel', body: { text: 'Pick a dish' }, action: { cards } })
const flow = (flowCta: string) => ({
  ...INTERACTIVE_EXAMPLES.flow,
  action: {
    ...INTERACTIVE_EXAMPLES.flow.action,
    parameters: { ...INTERACTIVE_EXAMPLES.flow.action.parameters, flow_cta: flowCta },
  },
})

type Outcome =
  /** Briq refuses the request: 422, one VALIDATION_ERROR per field. */
  | { refused: string[] }
  /** Accepted, then failed by WhatsApp with this code, naming this field. */
  | { failed: 131009 | 100 | 131051; field: string }
  /** Accepted and delivered (this kit's rule, or only a warning). */
  | 'delivered'

interface Case {
  rule: string
  body: Record<string, unknown>
  outcome: Outcome
  validation?: ValidateOptions
}

const CASES: Case[] = [
  // Briq's send-interactive reference: to is 7–18 digits after an optional +, not starting with 0.
  {
    rule: 'to with a trunk 0',
    body: { to: '0712345678', interactive: buttons(['Yes']) },
    outcome: { refused: ['to'] },
  },
  {
    rule: 'to of 19 digits',
    body: { to: `2${'5'.repeat(18)}`, interactive: buttons(['Yes']) },
    outcome: { refused: ['to'] },
  },
  { rule: 'neither to nor conversation_id', body: { interactive: buttons(['Yes']) }, outcome: { refused: ['to'] } },
  {
    rule: 'sender of 65 characters',
    body: { to, sender: 'a'.repeat(65), interactive: buttons(['Yes']) },
    outcome: { refused: ['sender'] },
  },
  { rule: 'no interactive', body: { to }, outcome: { refused: ['interactive'] } },
  {
    rule: 'interactive without its type',
    body: { to, interactive: { body: { text: 'Hi' } } },
    outcome: { refused: ['interactive.type'] },
  },
  // Meta's interactive guides.
  {
    rule: 'an unknown interactive type',
    body: { to, interactive: { ...buttons(['Yes']), type: 'buttons' } },
    outcome: { failed: 131051, field: 'interactive.type' },
  },
  {
    rule: 'a button title of 21 characters',
    body: { to, interactive: buttons(['Yes', 'a'.repeat(21)]) },
    outcome: { failed: 131009, field: 'interactive.action.buttons.1.reply.title' },
  },
  {
    rule: 'a button title of 20 emoji (40 UTF-16 units: a warning)',
    body: { to, interactive: buttons(['Yes', '👍'.repeat(20)]) },
    outcome: 'delivered',
  },
  {
    rule: 'a text header without its text ("Text cannot be null for header type text")',
    body: { to, interactive: { ...buttons(['Yes']), header: { type: 'text' } } },
    outcome: { failed: 131009, field: 'interactive.header.text' },
  },
  {
    rule: 'a text header whose text is null',
    body: { to, interactive: { ...buttons(['Yes']), header: { type: 'text', text: null } } },
    outcome: { failed: 131009, field: 'interactive.header.text' },
  },
  {
    // Not text at all is a parameter that does not parse, as anywhere else: 100.
    rule: 'a text header whose text is a number',
    body: { to, interactive: { ...buttons(['Yes']), header: { type: 'text', text: 42 } } },
    outcome: { failed: 100, field: 'interactive.header.text' },
  },
  {
    rule: '4 reply buttons',
    body: { to, interactive: buttons(['A', 'B', 'C', 'D']) },
    outcome: { failed: 131009, field: 'interactive.action.buttons' },
  },
  {
    rule: 'no reply buttons',
    body: { to, interactive: buttons([]) },
    outcome: { failed: 131009, field: 'interactive.action.buttons' },
  },
  {
    rule: 'repeated reply button titles',
    body: { to, interactive: buttons(['Yes', 'Yes']) },
    outcome: { failed: 131009, field: 'interactive.action.buttons.1.reply.title' },
  },
  {
    rule: 'a body of 1025 characters',
    body: { to, interactive: { ...buttons(['Yes']), body: { text: 'a'.repeat(1025) } } },
    outcome: { failed: 131009, field: 'interactive.body.text' },
  },
  {
    rule: 'a body holding half an emoji (a warning)',
    body: { to, interactive: { ...buttons(['Yes']), body: { text: 'Asante \ud83d' } } },
    outcome: 'delivered',
  },
  {
    rule: 'an unknown field',
    body: { to, interactive: { ...buttons(['Yes']), colour: 'red' } },
    outcome: { failed: 100, field: 'interactive.colour' },
  },
  {
    rule: '11 list rows across sections',
    body: { to, interactive: list([6, 5]) },
    outcome: { failed: 131009, field: 'interactive.action.sections' },
  },
  {
    rule: 'an empty list section',
    body: { to, interactive: list([1, 0]) },
    outcome: { failed: 131009, field: 'interactive.action.sections.1.rows' },
  },
  {
    rule: 'a list body of 1025 characters',
    body: { to, interactive: list([1], 'a'.repeat(1025)) },
    outcome: { failed: 131009, field: 'interactive.body.text' },
  },
  {
    rule: 'a list body of 1025 characters, with the list guide’s 4096',
    body: { to, interactive: list([1], 'a'.repeat(1025)) },
    outcome: 'delivered',
    validation: { extendedListBody: true },
  },
  {
    rule: 'an image header on a list (text only)',
    body: {
      to,
      interactive: { ...list([1]), header: { type: 'image', image: { link: 'https://example.com/a.jpg' } } },
    },
    outcome: { failed: 131009, field: 'interactive.header.type' },
  },
  {
    rule: 'a row id repeated across sections (this kit’s rule)',
    body: {
      to,
      interactive: {
        ...list([1, 1]),
        action: {
          button: 'Open',
          sections: [
            { title: 'A', rows: [{ id: 'same', title: 'One' }] },
            { title: 'B', rows: [{ id: 'same', title: 'Two' }] },
          ],
        },
      },
    },
    outcome: 'delivered',
  },
  {
    rule: 'a header on a single product',
    body: { to, interactive: { ...INTERACTIVE_EXAMPLES.product, header: { type: 'text', text: 'Hi' } } },
    outcome: { failed: 131009, field: 'interactive.header' },
  },
  {
    rule: 'a flow button text with an emoji',
    body: { to, interactive: flow('Book 📅') },
    outcome: { failed: 131009, field: 'interactive.action.parameters.flow_cta' },
  },
  {
    rule: 'a flow button text of 21 characters (a warning)',
    body: { to, interactive: flow('a'.repeat(21)) },
    outcome: 'delivered',
  },
  {
    rule: 'a flow button text of 31 characters',
    body: { to, interactive: flow('a'.repeat(31)) },
    outcome: { failed: 131009, field: 'interactive.action.parameters.flow_cta' },
  },
  {
    rule: '11 carousel cards',
    body: { to, interactive: carousel(many(11, (i) => card(i % 10, url))) },
    outcome: { failed: 131009, field: 'interactive.action.cards' },
  },
  {
    rule: '1 carousel card',
    body: { to, interactive: carousel([card(0, url)]) },
    outcome: { failed: 131009, field: 'interactive.action.cards' },
  },
  {
    rule: 'a URL card beside a quick-reply card',
    body: { to, interactive: carousel([card(0, { buttons: [quick('a', 'A')] }), card(1, url)]) },
    outcome: { failed: 131009, field: 'interactive.action.cards.1.action' },
  },
  {
    rule: '3 quick replies on every card (no documented maximum: only a warning)',
    body: {
      to,
      interactive: carousel(many(2, (c) => card(c, { buttons: many(3, (b) => quick(`c${c}b${b}`, `B${b}`)) }))),
    },
    outcome: 'delivered',
  },
  {
    rule: 'a footer on a carousel',
    body: { to, interactive: { ...carousel([card(0, url), card(1, url)]), footer: { text: 'Hi' } } },
    outcome: { failed: 131009, field: 'interactive.footer' },
  },
  {
    rule: 'a call button valid for 43201 minutes',
    body: {
      to,
      interactive: {
        type: 'voice_call',
        body: { text: 'Call us' },
        action: { name: 'voice_call', parameters: { ttl_minutes: 43201 } },
      },
    },
    outcome: { failed: 131009, field: 'interactive.action.parameters.ttl_minutes' },
  },
  // Every type's example is sent as it is.
  ...Object.entries(INTERACTIVE_EXAMPLES).map(
    ([type, interactive]): Case => ({ rule: `the ${type} example`, body: { to, interactive }, outcome: 'delivered' }),
  ),
]

const send = (rule: Case) => validateSendRequest(rule.body, rule.validation)
const issuesOf = (rule: Case): Issue[] => {
  const result = send(rule)
  return result.ok ? [] : result.issues
}

describe.each(TRANSPORTS)('the documented rules over $name', (transport) => {
  describe.each(CASES.map((rule) => [rule.rule, rule] as const))('%s', (_, rule) => {
    const api = useMock(transport, { clock: 'manual', seed: 'spec', validation: rule.validation })

    it('is answered as Briq and WhatsApp do, in core’s words', async () => {
      const res = await api.call('POST', SEND_INTERACTIVE, { body: rule.body })
      const outcome = rule.outcome
      if (outcome !== 'delivered' && 'refused' in outcome) {
        expect(res.status).toBe(422)
        const briq = issuesOf(rule).filter((issue) => issue.rule === 'briq')
        expect(res.json.errors).toEqual(
          briq.map(({ message, ...issue }) => ({
            code: 'VALIDATION_ERROR',
            message,
            field: issueField(issue.path),
            issue,
          })),
        )
        expect(res.json.errors.map((error: { field: string }) => error.field)).toEqual(outcome.refused)
        return
      }
      expect(res.status, JSON.stringify(res.json)).toBe(202)
      api.mock.advance(10_000)
      const detail = await api.call('GET', `/v1/whatsapp/messages/${res.json.data.message_id}`)
      if (outcome === 'delivered') {
        expect(detail.json.data).toMatchObject({ status: 'read', error_code: null, error_message: null })
        return
      }
      const first = issuesOf(rule).find((issue) => issue.rule === 'whatsapp')
      expect(first && issueField(first.path)).toBe(outcome.field)
      expect(detail.json.data).toMatchObject({ status: 'failed', error_code: outcome.failed })
      expect(detail.json.data.error_message).toMatch(new RegExp(`^\\(#${outcome.failed}\\) `))
      expect(detail.json.data.error_message).toContain(`: ${outcome.field} — ${first?.message}`)
    })
  })
})

describe.each(TRANSPORTS.slice(-1))('a strict mock over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual', seed: 'spec', strict: true })

  it.each(
    CASES.filter((rule) => rule.outcome !== 'delivered' && 'failed' in rule.outcome).map(
      (rule) => [rule.rule, rule] as const,
    ),
  )('refuses %s at once, naming every field as core does', async (_, rule) => {
    const res = await api.call('POST', SEND_INTERACTIVE, { body: rule.body })
    expect(res.status).toBe(422)
    expect(res.json.errors).toEqual(
      issuesOf(rule).map(({ message, ...issue }) => ({
        code: 'VALIDATION_ERROR',
        message,
        field: issueField(issue.path),
        issue,
      })),
    )
  })
})
