import { issueField, LIMITS, toBriqErrors, validateSendRequest } from '@briq-interactive/core'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy.ts'

// Every documented limit at its boundary, sent through every server layer over real HTTP: the
// proxy (in front of the mock), a strict mock and the default mock. At the limit (counted in
// Unicode code points, whatever the text is made of) every layer takes the message; one past it,
// the proxy and the strict mock refuse it at the same field with core's words, and the default
// mock takes it (Briq forwards the object unchanged) and fails it with WhatsApp's code naming
// that field. Fields are written out as Meta's guides place the rules, not read from core.

const ZWJ = '👩\u200d💻' // woman technologist: 3 code points, 5 UTF-16 units
const SKIN = '👍🏽' // thumbs up + skin tone: 2 code points
const COMBINING = 'e\u0301' // e + combining acute: 2 code points
const ASTRAL = '😀' // 1 code point, 2 UTF-16 units
const UNITS = ['a', ZWJ, SKIN, COMBINING, ASTRAL]

/** `n` code points built from `unit`, padded with "a". */
const fill = (n: number, unit: string): string => {
  const width = [...unit].length
  return unit.repeat(Math.floor(n / width)) + 'a'.repeat(n % width)
}
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))

type Path = (string | number)[]
/** `value` with `path` set to `next` (`undefined` removes the key). */
function withValue(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next
  const [key, ...rest] = path as [string | number, ...Path]
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  const child = withValue(copy[key], rest, next)
  if (child === undefined) delete copy[key]
  else copy[key] = child
  return copy
}

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const quick = (id: string, title: string) => ({ type: 'quick_reply', quick_reply: { id, title } })
const card = (i: number, action: unknown) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `https://example.com/${i}.jpg` } },
  body: { text: 'Card' },
  action,
})
const url = { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com/' } }
const BASE = {
  button: {
    type: 'button',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: { buttons: [reply('a', 'A'), reply('b', 'B')] },
  },
  list: {
    type: 'list',
    body: { text: 'Body' },
    action: {
      button: 'Open',
      sections: [
        { title: 'One', rows: [{ id: 'r1', title: 'R1', description: 'D' }] },
        { title: 'Two', rows: [{ id: 'r2', title: 'R2' }] },
      ],
    },
  },
  cta_url: { type: 'cta_url', body: { text: 'Body' }, action: url },
  flow: {
    type: 'flow',
    body: { text: 'Body' },
    action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1234', flow_cta: 'Book' } },
  },
  product_list: {
    type: 'product_list',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    action: { catalog_id: 'cat', sections: [{ title: 'One', product_items: [{ product_retailer_id: 'p1' }] }] },
  },
  carousel: {
    type: 'carousel',
    body: { text: 'Body' },
    action: { cards: [card(0, { buttons: [quick('a', 'A')] }), card(1, { buttons: [quick('b', 'B')] })] },
  },
  voice_call: {
    type: 'voice_call',
    body: { text: 'Body' },
    action: { name: 'voice_call', parameters: { display_text: 'Call', ttl_minutes: 60, payload: 'p' } },
  },
  address_message: {
    type: 'address_message',
    body: { text: 'Body' },
    action: { name: 'address_message', parameters: { country: 'IN', values: { in_pin_code: '400001' } } },
  },
} as const
type Base = keyof typeof BASE

/** What every layer does with a message: take it, or refuse it at these fields (in order). */
type Outcome = 'accepted' | { refused: string[]; kitOnly?: true }

interface Case {
  name: string
  interactive: unknown
  outcome: Outcome
}

interface TextRow {
  base: Base
  path: Path
  max: number
  noEmoji?: true
}

const TEXT: TextRow[] = [
  { base: 'button', path: ['header', 'text'], max: 60 },
  { base: 'button', path: ['body', 'text'], max: 1024 },
  { base: 'button', path: ['footer', 'text'], max: 60 },
  { base: 'button', path: ['action', 'buttons', 1, 'reply', 'title'], max: 20 },
  { base: 'list', path: ['action', 'button'], max: 20 },
  { base: 'list', path: ['action', 'sections', 1, 'title'], max: 24 },
  { base: 'list', path: ['action', 'sections', 0, 'rows', 0, 'title'], max: 24 },
  { base: 'list', path: ['action', 'sections', 0, 'rows', 0, 'description'], max: 72 },
  { base: 'cta_url', path: ['action', 'parameters', 'display_text'], max: 20 },
  { base: 'flow', path: ['action', 'parameters', 'flow_cta'], max: 30, noEmoji: true },
  { base: 'product_list', path: ['header', 'text'], max: 60 },
  { base: 'carousel', path: ['action', 'cards', 1, 'body', 'text'], max: 160 },
  { base: 'carousel', path: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'title'], max: 20 },
  { base: 'voice_call', path: ['action', 'parameters', 'display_text'], max: 20 },
  { base: 'voice_call', path: ['action', 'parameters', 'payload'], max: 512 },
  { base: 'address_message', path: ['action', 'parameters', 'values', 'in_pin_code'], max: 6 },
]

const field = (path: Path) => ['interactive', ...path].join('.')

const textCases: Case[] = TEXT.flatMap((row) =>
  (row.noEmoji ? ['a', COMBINING] : UNITS).flatMap((unit) => [
    {
      name: `${row.base} ${row.path.join('.')}: ${row.max} code points of ${JSON.stringify(unit)}`,
      interactive: withValue(BASE[row.base], row.path, fill(row.max, unit)),
      outcome: 'accepted' as const,
    },
    {
      name: `${row.base} ${row.path.join('.')}: ${row.max + 1} code points of ${JSON.stringify(unit)}`,
      interactive: withValue(BASE[row.base], row.path, fill(row.max + 1, unit)),
      outcome: { refused: [field(row.path)] },
    },
  ]),
)

const rows = (counts: number[]) =>
  withValue(
    BASE.list,
    ['action', 'sections'],
    counts.map((n, s) => ({ title: `S${s}`, rows: many(n, (r) => ({ id: `s${s}r${r}`, title: `Row ${r}` })) })),
  )
const products = (counts: number[]) =>
  withValue(
    BASE.product_list,
    ['action', 'sections'],
    counts.map((n, s) => ({ title: `S${s}`, product_items: many(n, (p) => ({ product_retailer_id: `s${s}p${p}` })) })),
  )
const cards = (n: number, buttons = 1) =>
  withValue(
    BASE.carousel,
    ['action', 'cards'],
    many(n, (c) => card(c, { buttons: many(buttons, (b) => quick(`c${c}b${b}`, `B${b}`)) })),
  )
const buttons = (n: number) =>
  withValue(
    BASE.button,
    ['action', 'buttons'],
    many(n, (i) => reply(`b${i}`, `B${i}`)),
  )
const at = (base: Base, path: Path, value: unknown) => withValue(BASE[base], path, value)
const ttl = ['action', 'parameters', 'ttl_minutes']

const otherCases: Case[] = [
  // Counts, either side of each documented bound.
  { name: '3 reply buttons', interactive: buttons(3), outcome: 'accepted' },
  { name: '4 reply buttons', interactive: buttons(4), outcome: { refused: ['interactive.action.buttons'] } },
  { name: 'no reply buttons', interactive: buttons(0), outcome: { refused: ['interactive.action.buttons'] } },
  { name: '10 rows over 3 sections', interactive: rows([4, 3, 3]), outcome: 'accepted' },
  {
    name: '11 rows over 3 sections',
    interactive: rows([4, 4, 3]),
    outcome: { refused: ['interactive.action.sections'] },
  },
  {
    name: 'an empty section beside a full one',
    interactive: rows([2, 0]),
    outcome: { refused: ['interactive.action.sections.1.rows'] },
  },
  { name: '10 sections of one row', interactive: rows(many(10, () => 1)), outcome: 'accepted' },
  // Every section holds a row: 11 sections are 11 rows, past both counts.
  {
    name: '11 sections of one row',
    interactive: rows(many(11, () => 1)),
    outcome: { refused: ['interactive.action.sections', 'interactive.action.sections'] },
  },
  { name: '30 products over 2 sections', interactive: products([15, 15]), outcome: 'accepted' },
  {
    name: '31 products over 2 sections',
    interactive: products([16, 15]),
    outcome: { refused: ['interactive.action.sections'] },
  },
  { name: '2 carousel cards', interactive: cards(2), outcome: 'accepted' },
  { name: '10 carousel cards', interactive: cards(10), outcome: 'accepted' },
  { name: '1 carousel card', interactive: cards(1), outcome: { refused: ['interactive.action.cards'] } },
  // Card indexes stop at 9: the eleventh card repeats one, or passes 9.
  {
    name: '11 carousel cards',
    interactive: cards(11),
    outcome: { refused: ['interactive.action.cards.10.card_index', 'interactive.action.cards'] },
  },
  // Meta documents no maximum of quick replies per card: past 2 is only a warning.
  { name: '3 quick replies on every card', interactive: cards(2, 3), outcome: 'accepted' },
  {
    name: '2 quick replies beside 3',
    interactive: withValue(
      cards(2, 3),
      ['action', 'cards', 1, 'action', 'buttons'],
      [quick('x', 'X'), quick('y', 'Y')],
    ),
    outcome: { refused: ['interactive.action.cards.1.action'] },
  },
  // Missing, null, empty and blank.
  { name: 'no footer', interactive: at('button', ['footer'], undefined), outcome: 'accepted' },
  { name: 'a null footer', interactive: at('button', ['footer'], null), outcome: { refused: ['interactive.footer'] } },
  {
    name: 'an empty button title',
    interactive: at('button', ['action', 'buttons', 0, 'reply', 'title'], ''),
    outcome: { refused: ['interactive.action.buttons.0.reply.title'] },
  },
  // Only spaces: the customer sees nothing, a warning (Meta says nothing of it).
  {
    name: 'a button title of spaces',
    interactive: at('button', ['action', 'buttons', 0, 'reply', 'title'], '   '),
    outcome: 'accepted',
  },
  {
    name: 'a text header without its text',
    interactive: at('button', ['header', 'text'], undefined),
    outcome: { refused: ['interactive.header.text'] },
  },
  {
    name: 'a null header text',
    interactive: at('button', ['header', 'text'], null),
    outcome: { refused: ['interactive.header.text'] },
  },
  {
    name: 'no body on a list',
    interactive: at('list', ['body'], undefined),
    outcome: { refused: ['interactive.body'] },
  },
  // Uniqueness: reply titles are WhatsApp's rule; row ids across sections are the kit's.
  {
    name: 'two reply buttons with one title',
    interactive: at('button', ['action', 'buttons', 1, 'reply', 'title'], 'A'),
    outcome: { refused: ['interactive.action.buttons.1.reply.title'] },
  },
  {
    name: 'a row id repeated in another section',
    interactive: at('list', ['action', 'sections', 1, 'rows', 0, 'id'], 'r1'),
    outcome: { refused: ['interactive.action.sections.1.rows.0.id'], kitOnly: true },
  },
  // Per-type rules.
  {
    name: 'an image header on a list',
    interactive: at('list', ['header'], { type: 'image', image: { link: 'https://example.com/a.jpg' } }),
    outcome: { refused: ['interactive.header.type'] },
  },
  {
    name: 'no header on a product list',
    interactive: at('product_list', ['header'], undefined),
    outcome: { refused: ['interactive.header'] },
  },
  {
    name: 'a flow CTA of 21 (a warning)',
    interactive: at('flow', ['action', 'parameters', 'flow_cta'], 'a'.repeat(21)),
    outcome: 'accepted',
  },
  {
    name: 'a flow CTA with an emoji',
    interactive: at('flow', ['action', 'parameters', 'flow_cta'], 'Book 📅'),
    outcome: { refused: ['interactive.action.parameters.flow_cta'] },
  },
  {
    name: 'flow_id beside flow_name',
    interactive: at('flow', ['action', 'parameters', 'flow_name'], 'welcome'),
    outcome: { refused: ['interactive.action.parameters.flow_name'] },
  },
  {
    name: 'a cta_url with an ftp link',
    interactive: at('cta_url', ['action', 'parameters', 'url'], 'ftp://example.com/a'),
    outcome: { refused: ['interactive.action.parameters.url'] },
  },
  {
    name: `a cta_url link past ${LIMITS.ctaUrl.url.max} (no documented maximum: a warning)`,
    interactive: at(
      'cta_url',
      ['action', 'parameters', 'url'],
      `https://example.com/${'a'.repeat(LIMITS.ctaUrl.url.max)}`,
    ),
    outcome: 'accepted',
  },
  { name: 'a call button for 43200 minutes', interactive: at('voice_call', ttl, 43200), outcome: 'accepted' },
  {
    name: 'a call button for 43201 minutes',
    interactive: at('voice_call', ttl, 43201),
    outcome: { refused: [field(ttl)] },
  },
  { name: 'a call button for 0 minutes', interactive: at('voice_call', ttl, 0), outcome: { refused: [field(ttl)] } },
  {
    name: 'an address for "US" (India only: a warning)',
    interactive: at('address_message', ['action', 'parameters', 'country'], 'US'),
    outcome: 'accepted',
  },
  {
    name: 'an address for "in"',
    interactive: at('address_message', ['action', 'parameters', 'country'], 'in'),
    outcome: { refused: ['interactive.action.parameters.country'] },
  },
]

const CASES = [...textCases, ...otherCases]
const to = FIXTURE_PHONES.open

let plain: MockHttpServer
let strict: MockHttpServer
let proxy: TestProxy
beforeAll(async () => {
  plain = await startMockHttpServer({ port: 0, seed: 'limit-boundaries', clock: 'manual' })
  strict = await startMockHttpServer({ port: 0, seed: 'limit-boundaries-strict', clock: 'manual', strict: true })
  proxy = await startTestProxy({ apiKey: DEFAULT_API_KEY, upstream: plain.url, basePath: '/api/briq' })
})
afterAll(async () => {
  await proxy.close()
  await plain.close()
  await strict.close()
})

const SEND = '/v1/whatsapp/messages/interactive'
async function post(base: string, body: unknown) {
  const response = await fetch(`${base}${SEND}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

describe('every documented limit at its boundary, through every layer', () => {
  it.each(CASES.map((rule) => [rule.name, rule] as const))('%s', async (_, rule) => {
    const body = { to, interactive: rule.interactive }
    const core = validateSendRequest(body)
    const issues = core.ok ? [] : core.issues
    const expected = rule.outcome === 'accepted' ? [] : rule.outcome.refused
    expect(issues.map((issue) => issueField(issue.path))).toEqual(expected)

    // The proxy: forwarded exactly as sent, or refused with core's errors and nothing forwarded.
    const before = plain.mock.state().totalMessages
    const viaProxy = await post(`${proxy.url}/api/briq`, body)
    // The strict mock answers as the proxy does.
    const viaStrict = await post(strict.url, body)
    if (rule.outcome === 'accepted') {
      expect(viaProxy.status, JSON.stringify(viaProxy.json)).toBe(202)
      const stored = plain.mock.state().messages.find((message) => message.id === viaProxy.json.data.message_id)
      expect(stored?.content).toEqual(rule.interactive)
      expect(viaStrict.status, JSON.stringify(viaStrict.json)).toBe(202)
    } else {
      expect(viaProxy.status).toBe(422)
      expect(viaProxy.json.errors).toEqual(toBriqErrors(issues))
      expect(plain.mock.state().totalMessages).toBe(before)
      expect(viaStrict.status).toBe(422)
      expect(viaStrict.json.errors).toEqual(viaProxy.json.errors)
    }

    // The default mock takes every well-addressed send, and fails it with WhatsApp's code on
    // the first of WhatsApp's rules it breaks (the kit's own rules and warnings are delivered).
    const direct = await post(plain.url, body)
    expect(direct.status).toBe(202)
    plain.mock.advance(10_000)
    const detail = await fetch(`${plain.url}/v1/whatsapp/messages/${direct.json.data.message_id}`, {
      headers: { 'X-API-Key': DEFAULT_API_KEY },
    }).then((response) => response.json())
    const first = issues.find((issue) => issue.rule === 'whatsapp')
    if (first === undefined) {
      expect(rule.outcome === 'accepted' || rule.outcome.kitOnly === true).toBe(true)
      expect(detail.data).toMatchObject({ status: 'read', error_code: null })
    } else {
      expect(detail.data.status).toBe('failed')
      expect(detail.data.error_message).toContain(`: ${issueField(first.path)} — ${first.message}`)
    }
  })
})
