import { describe, expect, it } from 'vitest'
import { describeInteractive } from '../draft/describe-interactive.ts'
import { fieldRequired } from '../draft/field-required.ts'
import { issuesAt } from '../draft/fixes/fix-it.ts'
import { groupCounts } from '../draft/group-counts.ts'
import { locate } from '../draft/walk-description.ts'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import type { Issue, IssuePath, ValidationResult } from '../issue.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

// A differential check written from the documentation's side: every rule below is typed in as
// Meta's interactive guides and Messages API reference and Briq's send-interactive reference
// state it (numbers written out, never read from LIMITS), then run through every consumer of
// the rule at once: validateInteractive, validateSendRequest (the same issue under
// `interactive`), the builder's field descriptions and counters, and both catalogues. Each
// rule gets the same cases: at the limit, one over, one under, empty, only spaces, missing, the
// wrong type, and astral emoji, ZWJ sequences, combining marks and a lone surrogate.

const https = 'https://example.com/'
const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const quick = (id: string, title: string) => ({ type: 'quick_reply', quick_reply: { id, title } })
const urlAction = () => ({ name: 'cta_url', parameters: { display_text: 'Open', url: https } })
const mediaCard = (i: number, action: unknown) => ({
  card_index: i,
  type: 'cta_url',
  header: { type: 'image', image: { link: `${https}${i}.jpg` } },
  body: { text: 'Card' },
  action,
})
const productCard = (i: number) => ({
  card_index: i,
  type: 'product',
  action: { catalog_id: 'cat', product_retailer_id: `sku-${i}` },
})

/** A valid message of every kind, each optional field present (built afresh: no shared objects). */
const MESSAGES = {
  button: () => ({
    type: 'button',
    header: { type: 'text', text: 'Header', sub_text: 'Sub' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: { buttons: [reply('a', 'A'), reply('b', 'B')] },
  }),
  button_document: () => ({
    type: 'button',
    header: { type: 'document', document: { id: '1234', filename: 'a.pdf' } },
    body: { text: 'Body' },
    action: { buttons: [reply('a', 'A')] },
  }),
  list: () => ({
    type: 'list',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: {
      button: 'Open',
      sections: [
        { title: 'One', rows: [{ id: 'r1', title: 'R1', description: 'D' }] },
        { title: 'Two', rows: [{ id: 'r2', title: 'R2', description: 'D' }] },
      ],
    },
  }),
  cta_url: () => ({
    type: 'cta_url',
    header: { type: 'image', image: { link: `${https}a.jpg` } },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: urlAction(),
  }),
  location_request_message: () => ({
    type: 'location_request_message',
    body: { text: 'Body' },
    action: { name: 'send_location' },
  }),
  flow: () => ({
    type: 'flow',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: {
      name: 'flow',
      parameters: {
        flow_message_version: '3',
        flow_id: '1234',
        flow_cta: 'Book',
        flow_token: 'token',
        mode: 'published',
        flow_action: 'navigate',
        flow_action_payload: { screen: 'WELCOME', data: { a: 1 } },
      },
    },
  }),
  product: () => ({
    type: 'product',
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: { catalog_id: 'cat', product_retailer_id: 'sku' },
  }),
  product_list: () => ({
    type: 'product_list',
    header: { type: 'text', text: 'Header' },
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: {
      catalog_id: 'cat',
      sections: [
        { title: 'One', product_items: [{ product_retailer_id: 'p1' }] },
        { title: 'Two', product_items: [{ product_retailer_id: 'p2' }] },
      ],
    },
  }),
  catalog_message: () => ({
    type: 'catalog_message',
    body: { text: 'Body' },
    footer: { text: 'Footer' },
    action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'sku' } },
  }),
  carousel_url: () => ({
    type: 'carousel',
    body: { text: 'Body' },
    action: { cards: [mediaCard(0, urlAction()), mediaCard(1, urlAction())] },
  }),
  carousel_reply: () => ({
    type: 'carousel',
    body: { text: 'Body' },
    action: {
      cards: [
        mediaCard(0, { buttons: [quick('a', 'A'), quick('b', 'B')] }),
        mediaCard(1, { buttons: [quick('c', 'A'), quick('d', 'B')] }),
      ],
    },
  }),
  carousel_product: () => ({
    type: 'carousel',
    body: { text: 'Body' },
    action: { cards: [productCard(0), productCard(1)] },
  }),
  voice_call: () => ({
    type: 'voice_call',
    body: { text: 'Body' },
    action: { name: 'voice_call', parameters: { display_text: 'Call', ttl_minutes: 60, payload: 'p' } },
  }),
  call_permission_request: () => ({
    type: 'call_permission_request',
    body: { text: 'Body' },
    action: { name: 'call_permission_request' },
  }),
  address_message: () => ({
    type: 'address_message',
    body: { text: 'Body' },
    action: {
      name: 'address_message',
      parameters: {
        country: 'IN',
        values: { name: 'Asha', in_pin_code: '400001', city: 'Mumbai' },
        saved_addresses: [{ id: 'home', value: { name: 'Asha', in_pin_code: '400001' } }],
        validation_errors: { city: 'We do not deliver there' },
      },
    },
  }),
}
type Message = keyof typeof MESSAGES

const TO = '255712345678'
const INDIA = '919876543210'

/** `message` with `value` at `path`; `undefined` removes the key (or the list item). */
function changed(message: unknown, path: IssuePath, value: unknown): unknown {
  const copy = structuredClone(message) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1) as string | number
  if (value !== undefined) parent[last] = value
  else if (Array.isArray(parent)) parent.splice(last as number, 1)
  else delete parent[last]
  return copy
}

const errors = (result: ValidationResult): Issue[] => (result.ok ? [] : result.issues)
const errorsAt = (result: ValidationResult, path: IssuePath) => issuesAt(errors(result), path)
const warningsAt = (result: ValidationResult, path: IssuePath) => issuesAt(result.warnings, path)
const owner = { whatsapp: 'WhatsApp', briq: 'Briq' } as const

const SIZED = new Set([
  'too_long',
  'too_short',
  'too_many',
  'too_few',
  'too_big',
  'too_small',
  'too_long_utf16',
  'unusually_long',
  'unusually_many',
  'unusually_large',
])

/**
 * What every issue of every result must be: a path into the value, a code, an English message,
 * a Swahili sentence of its own; `limit` and `actual` (numbers) on every length or count issue.
 */
function expectWellFormed(result: ValidationResult, label: string): void {
  for (const issue of [...errors(result), ...result.warnings]) {
    expect(Array.isArray(issue.path), label).toBe(true)
    expect(issue.message.length, label).toBeGreaterThan(0)
    const sw = formatIssue(issue, coreMessagesSw)
    expect(sw.length, label).toBeGreaterThan(0)
    expect(sw, `${label}: ${issue.message}`).not.toBe(issue.message)
    if (SIZED.has(issue.code)) {
      expect(typeof issue.limit, `${label}: ${issue.message}`).toBe('number')
      expect(typeof issue.actual, `${label}: ${issue.message}`).toBe('number')
      // Both languages say the numbers, the measure and the limit, but for nothing at all
      // ("empty", "no buttons") and for our own guard's limit, which is no documented one.
      for (const sentence of [issue.message, sw]) {
        if (issue.actual === 0) continue
        expect(sentence, label).toContain(String(issue.actual))
        if (!issue.code.startsWith('unusually_')) expect(sentence, label).toContain(String(issue.limit))
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Text fields
// ---------------------------------------------------------------------------------------------

/** One text rule as the documentation states it. */
interface TextRule {
  message: Message
  path: IssuePath
  min: number
  max: number
  /** `whatsapp`: Meta documents the maximum; `guard`: nobody does (past it is only a warning). */
  owner: 'whatsapp' | 'guard'
  /** Left out of its object: an error (`true`) or allowed. */
  required: boolean
  /** Where leaving it out is reported, when not at the field: the media object needs an `id` or a `link`. */
  missingAt?: IssuePath
  /** A URL; emoji refused (flow_cta); spaces at the ends refused (a reply button's id). */
  kind?: 'url' | 'no_emoji' | 'spaces_forbidden'
  options?: SchemaOptions
  /** Whether the builder shows a field for it (sub_text is accepted, not rendered). */
  builder?: false
}

const TEXT: TextRule[] = [
  // Every interactive guide; Messages API reference, header/body/footer objects.
  { message: 'button', path: ['header', 'text'], min: 1, max: 60, owner: 'whatsapp', required: true },
  {
    message: 'button',
    path: ['header', 'sub_text'],
    min: 1,
    max: 60,
    owner: 'whatsapp',
    required: false,
    builder: false,
  },
  // OpenAPI HeaderObject: sub_text is a field of the header whatever its type, not only text.
  {
    message: 'button_document',
    path: ['header', 'sub_text'],
    min: 1,
    max: 60,
    owner: 'whatsapp',
    required: false,
    builder: false,
  },
  { message: 'button', path: ['body', 'text'], min: 1, max: 1024, owner: 'whatsapp', required: true },
  { message: 'button', path: ['footer', 'text'], min: 1, max: 60, owner: 'whatsapp', required: true },
  {
    message: 'button_document',
    path: ['header', 'document', 'filename'],
    min: 1,
    max: 240,
    owner: 'guard',
    required: false,
  },
  {
    message: 'button_document',
    path: ['header', 'document', 'id'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: true,
    missingAt: ['header', 'document'],
  },
  {
    message: 'cta_url',
    path: ['header', 'image', 'link'],
    min: 1,
    max: 2048,
    owner: 'guard',
    required: true,
    kind: 'url',
    missingAt: ['header', 'image'],
  },
  // Interactive reply buttons messages guide: id 1–256, no spaces at its ends; title 1–20.
  {
    message: 'button',
    path: ['action', 'buttons', 1, 'reply', 'id'],
    min: 1,
    max: 256,
    owner: 'whatsapp',
    required: true,
    kind: 'spaces_forbidden',
  },
  {
    message: 'button',
    path: ['action', 'buttons', 1, 'reply', 'title'],
    min: 1,
    max: 20,
    owner: 'whatsapp',
    required: true,
  },
  // Interactive list messages guide (body: 1024 by the reference; 4096 by the guide, opt-in).
  { message: 'list', path: ['body', 'text'], min: 1, max: 1024, owner: 'whatsapp', required: true },
  {
    message: 'list',
    path: ['body', 'text'],
    min: 1,
    max: 4096,
    owner: 'whatsapp',
    required: true,
    options: { extendedListBody: true },
  },
  { message: 'list', path: ['header', 'text'], min: 1, max: 60, owner: 'whatsapp', required: true },
  { message: 'list', path: ['action', 'button'], min: 1, max: 20, owner: 'whatsapp', required: true },
  // Required: the list has two sections.
  { message: 'list', path: ['action', 'sections', 1, 'title'], min: 1, max: 24, owner: 'whatsapp', required: true },
  {
    message: 'list',
    path: ['action', 'sections', 1, 'rows', 0, 'id'],
    min: 1,
    max: 200,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'list',
    path: ['action', 'sections', 1, 'rows', 0, 'title'],
    min: 1,
    max: 24,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'list',
    path: ['action', 'sections', 1, 'rows', 0, 'description'],
    min: 1,
    max: 72,
    owner: 'whatsapp',
    required: false,
  },
  // Interactive CTA URL messages guide: display_text 1–20; the URL has no documented maximum.
  {
    message: 'cta_url',
    path: ['action', 'parameters', 'display_text'],
    min: 1,
    max: 20,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'cta_url',
    path: ['action', 'parameters', 'url'],
    min: 1,
    max: 2048,
    owner: 'guard',
    required: true,
    kind: 'url',
  },
  { message: 'location_request_message', path: ['body', 'text'], min: 1, max: 1024, owner: 'whatsapp', required: true },
  // Sending a Flow guide: flow_cta advised ≤30, no emoji; the ids and token have no maximum.
  {
    message: 'flow',
    path: ['action', 'parameters', 'flow_cta'],
    min: 1,
    max: 30,
    owner: 'whatsapp',
    required: true,
    kind: 'no_emoji',
  },
  { message: 'flow', path: ['action', 'parameters', 'flow_id'], min: 1, max: 256, owner: 'guard', required: true },
  { message: 'flow', path: ['action', 'parameters', 'flow_token'], min: 1, max: 1024, owner: 'guard', required: false },
  {
    message: 'flow',
    path: ['action', 'parameters', 'flow_action_payload', 'screen'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: false,
  },
  // Share products guide: body optional on a single product; ids have no documented maximum.
  { message: 'product', path: ['body', 'text'], min: 1, max: 1024, owner: 'whatsapp', required: true },
  { message: 'product', path: ['action', 'catalog_id'], min: 1, max: 256, owner: 'guard', required: true },
  { message: 'product', path: ['action', 'product_retailer_id'], min: 1, max: 256, owner: 'guard', required: true },
  { message: 'product_list', path: ['header', 'text'], min: 1, max: 60, owner: 'whatsapp', required: true },
  {
    message: 'product_list',
    path: ['action', 'sections', 1, 'title'],
    min: 1,
    max: 24,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'product_list',
    path: ['action', 'sections', 1, 'product_items', 0, 'product_retailer_id'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: true,
  },
  {
    message: 'catalog_message',
    path: ['action', 'parameters', 'thumbnail_product_retailer_id'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: false,
  },
  // Interactive media carousel messages guide: card body ≤160; buttons' text and titles 1–20,
  // quick-reply ids ≤256.
  {
    message: 'carousel_url',
    path: ['action', 'cards', 1, 'body', 'text'],
    min: 1,
    max: 160,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'carousel_url',
    path: ['action', 'cards', 1, 'action', 'parameters', 'display_text'],
    min: 1,
    max: 20,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'carousel_url',
    path: ['action', 'cards', 1, 'action', 'parameters', 'url'],
    min: 1,
    max: 2048,
    owner: 'guard',
    required: true,
    kind: 'url',
  },
  {
    message: 'carousel_url',
    path: ['action', 'cards', 1, 'header', 'image', 'link'],
    min: 1,
    max: 2048,
    owner: 'guard',
    required: true,
    kind: 'url',
    missingAt: ['action', 'cards', 1, 'header', 'image'],
  },
  {
    message: 'carousel_reply',
    path: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'],
    min: 1,
    max: 256,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'carousel_reply',
    path: ['action', 'cards', 1, 'action', 'buttons', 1, 'quick_reply', 'title'],
    min: 1,
    max: 20,
    owner: 'whatsapp',
    required: true,
  },
  {
    message: 'carousel_product',
    path: ['action', 'cards', 1, 'action', 'product_retailer_id'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: true,
  },
  // Call button messages guide: display_text ≤20, payload ≤512; User call permissions guide.
  {
    message: 'voice_call',
    path: ['action', 'parameters', 'display_text'],
    min: 1,
    max: 20,
    owner: 'whatsapp',
    required: false,
  },
  {
    message: 'voice_call',
    path: ['action', 'parameters', 'payload'],
    min: 1,
    max: 512,
    owner: 'whatsapp',
    required: false,
  },
  { message: 'call_permission_request', path: ['body', 'text'], min: 1, max: 1024, owner: 'whatsapp', required: true },
  // Address messages guide: in_pin_code ≤6; the other fields have no documented maximum, and a
  // field may be sent empty.
  {
    message: 'address_message',
    path: ['action', 'parameters', 'values', 'in_pin_code'],
    min: 0,
    max: 6,
    owner: 'whatsapp',
    required: false,
  },
  {
    message: 'address_message',
    path: ['action', 'parameters', 'values', 'city'],
    min: 0,
    max: 256,
    owner: 'guard',
    required: false,
  },
  {
    message: 'address_message',
    path: ['action', 'parameters', 'saved_addresses', 0, 'id'],
    min: 1,
    max: 256,
    owner: 'guard',
    required: true,
  },
]

/** `n` code points of `unit` (itself one or more code points), padded with "a". */
const fill = (n: number, unit: string): string => {
  const width = [...unit].length
  return unit.repeat(Math.floor(n / width)) + 'a'.repeat(n % width)
}
const ASTRAL = '😀' // 1 code point, 2 UTF-16 units
const ZWJ = '👩\u200d💻' // 3 code points, 5 units
const COMBINING = 'e\u0301' // 2 code points, 2 units

const textOf = (rule: TextRule, n: number, unit = 'a'): string =>
  rule.kind === 'url' ? https + fill(n - https.length, unit) : fill(n, unit)

const labelOf = (rule: TextRule) =>
  `${rule.message} ${rule.path.join('.')} ${rule.min}–${rule.max}${rule.options ? ' (option)' : ''}`

describe.each(TEXT.map((rule) => [labelOf(rule), rule] as const))('text %s', (_, rule) => {
  const base = MESSAGES[rule.message]()
  const check = (value: unknown) => validateInteractive(changed(base, rule.path, value), rule.options)
  const units = rule.kind === 'no_emoji' ? ['a', COMBINING] : ['a', COMBINING, ASTRAL, ZWJ]

  it('the base message is valid, without warnings', () => {
    const result = validateInteractive(base, rule.options)
    expect(errors(result)).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it.each(units)('takes the limit and one under it in code points of %j', (unit) => {
    for (const n of [rule.max, rule.max - 1]) {
      const value = textOf(rule, n, unit)
      const result = check(value)
      expect(errors(result), `${n}`).toEqual([])
      const utf16 = warningsAt(result, rule.path).filter((issue) => issue.code === 'too_long_utf16')
      // Over the limit in UTF-16 units only: a warning where the limit is documented.
      if (rule.owner === 'whatsapp' && value.length > rule.max) {
        expect(utf16).toEqual([expect.objectContaining({ limit: rule.max, actual: value.length, rule: 'whatsapp' })])
      } else {
        expect(utf16).toEqual([])
      }
      expectWellFormed(result, `${labelOf(rule)} ${n} ${unit}`)
    }
  })

  it.each(units)('one over the limit in code points of %j is WhatsApp’s error, or a guard’s warning', (unit) => {
    const result = check(textOf(rule, rule.max + 1, unit))
    const expected = { limit: rule.max, actual: rule.max + 1 }
    if (rule.owner === 'whatsapp') {
      const found = errorsAt(result, rule.path)
      expect(found).toEqual([expect.objectContaining({ code: 'too_long', rule: 'whatsapp', ...expected })])
      expect(found[0]?.message).toContain(owner.whatsapp)
      expect(formatIssue(found[0] as Issue, coreMessagesSw)).toContain(owner.whatsapp)
    } else {
      expect(errors(result)).toEqual([])
      expect(warningsAt(result, rule.path)).toEqual([
        expect.objectContaining({ code: 'unusually_long', rule: 'guard', ...expected }),
      ])
    }
    expectWellFormed(result, labelOf(rule))
  })

  it('empty is under the minimum (Meta: "Min length: 1"), unless the field may be sent empty', () => {
    const result = check('')
    if (rule.min === 0) {
      expect(errors(result)).toEqual([])
      expect(result.warnings).toEqual([])
    } else if (rule.kind === 'url') {
      expect(errorsAt(result, rule.path).map((issue) => issue.code)).toContain('too_short')
    } else {
      expect(errorsAt(result, rule.path)).toEqual([
        expect.objectContaining({ code: 'too_short', limit: 1, actual: 0, rule: 'whatsapp' }),
      ])
    }
    expectWellFormed(result, labelOf(rule))
  })

  it('only spaces is never silently accepted where text is required', () => {
    for (const blank of [' ', '   ', '\t\n', '\u200b', '\u3164']) {
      const result = check(blank)
      const errorCodes = errorsAt(result, rule.path).map((issue) => issue.reason ?? issue.code)
      const warningReasons = warningsAt(result, rule.path).map((issue) => issue.reason)
      if (rule.kind === 'url') expect(errorCodes, JSON.stringify(blank)).toContain('invalid_url')
      // Where text may be empty, blank is fine; a tab or line break in a one-line field (an address
      // value) is still named.
      else if (rule.min === 0)
        expect(
          warningReasons.filter((reason) => reason !== 'control_character' || !/[\t\n]/.test(blank)),
          JSON.stringify(blank),
        ).toEqual([])
      else expect(warningReasons, JSON.stringify(blank)).toContain('blank')
      if (rule.kind === 'spaces_forbidden' && blank.trim() !== blank) expect(errorCodes).toContain('spaces_around')
      expectWellFormed(result, `${labelOf(rule)} ${JSON.stringify(blank)}`)
    }
  })

  it('missing is WhatsApp’s "required" at the field, or fine where the field is optional', () => {
    const result = check(undefined)
    const found = errorsAt(result, rule.missingAt ?? rule.path)
    if (rule.required) {
      expect(found).toEqual([expect.objectContaining({ code: 'required', rule: 'whatsapp' })])
      expect(found[0]?.message).toContain(owner.whatsapp)
    } else {
      expect(errors(result)).toEqual([])
    }
    expectWellFormed(result, labelOf(rule))
  })

  it('the wrong type is an error at the field, whatever it is', () => {
    for (const value of [7, 0, true, null, [], {}, ['a']]) {
      const result = check(value)
      expect(errorsAt(result, rule.path), JSON.stringify(value)).toEqual([
        expect.objectContaining({ code: 'invalid_type', rule: 'whatsapp' }),
      ])
      expectWellFormed(result, `${labelOf(rule)} ${JSON.stringify(value)}`)
    }
  })

  it('a lone surrogate (half an emoji) is a warning naming its position, never an error', () => {
    for (const [value, at] of [
      ['\ud83d', 1],
      ['ab\ud83d', 3],
      ['a\ude00b', 2],
    ] as const) {
      const text = rule.kind === 'url' ? `${https}${value}` : value
      const result = check(text)
      expect(errors(result), JSON.stringify(text)).toEqual([])
      const position = rule.kind === 'url' ? https.length + at : at
      expect(warningsAt(result, rule.path), JSON.stringify(text)).toEqual([
        expect.objectContaining({ code: 'not_recommended', reason: 'broken_character', params: { at: position } }),
      ])
      expectWellFormed(result, labelOf(rule))
    }
  })

  it('says the same in a send request, at the same field under interactive', () => {
    const over = changed(base, rule.path, textOf(rule, rule.max + 1))
    const alone = validateInteractive(over, rule.options)
    // An address request goes to a customer in India (a number elsewhere is a warning of its own).
    const to = base.type === 'address_message' ? INDIA : TO
    const sent = validateSendRequest({ to, interactive: over }, rule.options)
    const prefixed = (issues: Issue[]) => issues.map((issue) => ({ ...issue, path: ['interactive', ...issue.path] }))
    expect(errors(sent)).toEqual(prefixed(errors(alone)))
    expect(sent.warnings).toEqual(prefixed(alone.warnings))
  })

  it('the builder’s field counts to the same limit, required alike (or there is none to show)', () => {
    const type = base.type as InteractiveType
    const located = locate(describeInteractive(type, rule.options), base, rule.path, 'field')
    if (rule.builder === false) {
      expect(located).toBeUndefined()
      return
    }
    expect(located, 'no builder field at this path').toBeDefined()
    if (located === undefined) return
    expect({ min: located.node.limit?.min, max: located.node.limit?.max }).toEqual({ min: rule.min, max: rule.max })
    expect(located.node.limit?.kind).toBe(rule.owner)
    // A field of an optional part (a footer's text) is optional in the form: clearing it removes
    // the part.
    const required = rule.required && located.node.optionalParent === undefined
    expect(fieldRequired(located.node, base, located.base)).toBe(required)
  })
})

// ---------------------------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------------------------

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))

/** One counted list as the documentation states it, and a message holding `n` of its items. */
interface CountRule {
  name: string
  min: number
  max: number
  /** `guard`: nobody documents a maximum (past it is only a warning). */
  owner: 'whatsapp' | 'kit' | 'guard'
  /** Where the count (and a list that is not a list) is reported. */
  path: IssuePath
  /** Where fewer than `min` is reported, when not at `path` (an empty section). */
  underPath?: IssuePath
  /** What else one past the maximum counts past its own limit at `path` (11 sections hold 11 rows). */
  alsoOver?: string
  /** Where a missing list is reported, when not at `path`: a card without quick replies is a URL card missing its button. */
  missingAt?: IssuePath
  make: (n: number) => Record<string, unknown>
  /** A total across groups: the builder's counter shows it as the group's `totalLimit`. */
  total?: boolean
  options?: SchemaOptions
}

const listOfRows = (counts: number[]) => ({
  ...MESSAGES.list(),
  action: {
    button: 'Open',
    sections: counts.map((count, s) => ({
      title: `S${s}`,
      rows: many(count, (r) => ({ id: `s${s}r${r}`, title: `Row ${r}` })),
    })),
  },
})
const listOfProducts = (counts: number[]) => ({
  ...MESSAGES.product_list(),
  action: {
    catalog_id: 'cat',
    sections: counts.map((count, s) => ({
      title: `S${s}`,
      product_items: many(count, (p) => ({ product_retailer_id: `s${s}p${p}` })),
    })),
  },
})
const replyCarousel = (perCard: number) => ({
  ...MESSAGES.carousel_reply(),
  action: { cards: many(2, (c) => mediaCard(c, { buttons: many(perCard, (b) => quick(`c${c}b${b}`, `B${b}`)) })) },
})
const halves = (n: number) => [Math.ceil(n / 2), Math.floor(n / 2)].filter((count) => count > 0)

const COUNTS: CountRule[] = [
  // Interactive reply buttons messages guide: 1–3 buttons ("Invalid buttons count").
  {
    name: 'reply buttons',
    min: 1,
    max: 3,
    owner: 'whatsapp',
    path: ['action', 'buttons'],
    make: (n) => ({ ...MESSAGES.button(), action: { buttons: many(n, (i) => reply(`b${i}`, `B${i}`)) } }),
  },
  // Interactive list messages guide: 1–10 sections, 10 rows across them, none empty.
  {
    name: 'list sections',
    min: 1,
    max: 10,
    owner: 'whatsapp',
    path: ['action', 'sections'],
    make: (n) => listOfRows(many(n, () => 1)),
    // Every section needs a row: 11 sections are 11 rows, past the row total too.
    alsoOver: 'row',
  },
  {
    name: 'list rows across sections',
    min: 1,
    max: 10,
    owner: 'whatsapp',
    path: ['action', 'sections'],
    underPath: ['action', 'sections', 0, 'rows'],
    make: (n) => listOfRows(n === 0 ? [0] : halves(n)),
    total: true,
  },
  // Share products guide: 1–10 sections, 30 products across them, none empty.
  {
    name: 'product list sections',
    min: 1,
    max: 10,
    owner: 'whatsapp',
    path: ['action', 'sections'],
    make: (n) => listOfProducts(many(n, () => 1)),
  },
  {
    name: 'products across sections',
    min: 1,
    max: 30,
    owner: 'whatsapp',
    path: ['action', 'sections'],
    underPath: ['action', 'sections', 0, 'product_items'],
    make: (n) => listOfProducts(n === 0 ? [0] : halves(n)),
    total: true,
  },
  // Media and product carousel guides: 2–10 cards.
  {
    name: 'carousel cards',
    min: 2,
    max: 10,
    owner: 'whatsapp',
    path: ['action', 'cards'],
    make: (n) => ({ ...MESSAGES.carousel_product(), action: { cards: many(n, productCard) } }),
  },
  // Meta: "one or more" quick replies a card, no maximum; past 2 (or 3 by option) is a warning.
  {
    name: 'quick replies on a card',
    min: 1,
    max: 2,
    owner: 'guard',
    path: ['action', 'cards', 0, 'action', 'buttons'],
    missingAt: ['action', 'cards', 0, 'action', 'name'],
    make: replyCarousel,
  },
  {
    name: 'quick replies on a card, a warning past 3',
    min: 1,
    max: 3,
    owner: 'guard',
    path: ['action', 'cards', 0, 'action', 'buttons'],
    missingAt: ['action', 'cards', 0, 'action', 'name'],
    make: replyCarousel,
    options: { carouselQuickReplyMax: 3 },
  },
]

describe.each(COUNTS.map((rule) => [rule.name, rule] as const))('count of %s', (_, rule) => {
  const check = (n: number) => validateInteractive(rule.make(n), rule.options)

  it('takes the minimum, the maximum and one under it', () => {
    for (const n of new Set([rule.min, rule.max - 1, rule.max])) expect(errors(check(n)), `${n}`).toEqual([])
  })

  it('one over the maximum is an error at the list, naming whose rule (a guard’s, only a warning)', () => {
    const result = check(rule.max + 1)
    const guard = rule.owner === 'guard'
    const found = guard
      ? warningsAt(result, rule.path).filter((issue) => issue.code === 'unusually_many')
      : errorsAt(result, rule.path).filter((issue) => issue.code === 'too_many')
    if (guard) expect(errors(result)).toEqual([])
    expect(found).toEqual([
      expect.objectContaining({ limit: rule.max, actual: rule.max + 1, rule: rule.owner, reason: 'count' }),
      ...(rule.alsoOver === undefined
        ? []
        : [
            expect.objectContaining({ actual: rule.max + 1, params: expect.objectContaining({ noun: rule.alsoOver }) }),
          ]),
    ])
    expect(found[0]?.message).toContain(
      rule.owner === 'kit' ? 'this kit' : guard ? 'WhatsApp documents no maximum' : 'WhatsApp',
    )
    expectWellFormed(result, rule.name)
  })

  it('one under the minimum (and none) is WhatsApp’s error', () => {
    for (const n of new Set([rule.min - 1, 0])) {
      const result = check(n)
      const found = errorsAt(result, rule.underPath ?? rule.path).filter((issue) => issue.code === 'too_few')
      expect(found, `${n}`).toEqual([expect.objectContaining({ limit: rule.min, actual: n, rule: 'whatsapp' })])
      expectWellFormed(result, `${rule.name} ${n}`)
    }
  })

  it('a list that is missing is required, and anything but a list is the wrong type', () => {
    const base = rule.make(rule.min)
    const missing = validateInteractive(changed(base, rule.path, undefined), rule.options)
    expect(errorsAt(missing, rule.missingAt ?? rule.path)).toEqual([expect.objectContaining({ code: 'required' })])
    for (const value of ['x', 2, {}, null, { 0: 'a', length: 1 }]) {
      const result = validateInteractive(changed(base, rule.path, value), rule.options)
      expect(errorsAt(result, rule.path), JSON.stringify(value)).toEqual([
        expect.objectContaining({ code: 'invalid_type', rule: 'whatsapp' }),
      ])
      expectWellFormed(result, rule.name)
    }
  })

  it('the builder’s counter counts to the same limits', () => {
    const draft = rule.make(rule.max)
    const counts = groupCounts(draft, rule.underPath ?? rule.path, rule.options)
    expect(counts).toBeDefined()
    const limit = rule.total ? counts?.totalLimit : counts?.limit
    expect({ min: limit?.min, max: limit?.max, kind: limit?.kind }).toEqual({
      min: rule.min,
      max: rule.max,
      kind: rule.owner,
    })
    expect(rule.total ? counts?.total : counts?.count).toBe(rule.max)
  })
})

// ---------------------------------------------------------------------------------------------
// Numbers and line breaks (Call button messages guide; Interactive media carousel messages guide)
// ---------------------------------------------------------------------------------------------

describe('a call button’s ttl_minutes, 1–43200 whole minutes, optional', () => {
  const base = MESSAGES.voice_call()
  const path = ['action', 'parameters', 'ttl_minutes']
  const check = (value: unknown) => validateInteractive(changed(base, path, value))

  it('takes the limits and refuses one past them, a fraction, text and infinity, at the field', () => {
    for (const value of [1, 2, 43199, 43200, undefined]) expect(errors(check(value)), String(value)).toEqual([])
    for (const [value, code, limit] of [
      [0, 'too_small', 1],
      [43201, 'too_big', 43200],
    ] as const) {
      const result = check(value)
      expect(errorsAt(result, path)).toEqual([
        expect.objectContaining({ code, limit, actual: value, rule: 'whatsapp' }),
      ])
      expectWellFormed(result, String(value))
    }
    for (const value of [1.5, '60', null, Number.NaN, [60]]) {
      expect(errorsAt(check(value), path), String(value)).toEqual([expect.objectContaining({ code: 'invalid_type' })])
    }
    // 1e400 in JSON reads as Infinity: past the range, not "not a whole number".
    expect(errorsAt(check(Number.POSITIVE_INFINITY), path)).toEqual([
      expect.objectContaining({ code: 'too_big', limit: 43200, rule: 'whatsapp' }),
    ])
  })

  it('the builder’s number field has the same range', () => {
    const located = locate(describeInteractive('voice_call'), base, path, 'field')
    expect(located?.node.kind).toBe('number')
    expect({ min: located?.node.limit?.min, max: located?.node.limit?.max }).toEqual({ min: 1, max: 43200 })
  })
})

describe('a carousel card body’s line breaks, at most 2', () => {
  const base = MESSAGES.carousel_url()
  const path = ['action', 'cards', 1, 'body', 'text']

  it('the builder counts them to the validators’ limit', () => {
    const located = locate(describeInteractive('carousel'), base, path, 'field')
    expect({ min: located?.node.lineBreaks?.min, max: located?.node.lineBreaks?.max }).toEqual({ min: 0, max: 2 })
    expect(errors(validateInteractive(changed(base, path, 'a\nb\nc')))).toEqual([])
    const over = validateInteractive(changed(base, path, 'a\r\nb\u2028c\rd'))
    expect(errorsAt(over, path)).toEqual([expect.objectContaining({ code: 'too_many', limit: 2, actual: 3 })])
    expectWellFormed(over, 'line breaks')
  })
})

// ---------------------------------------------------------------------------------------------
// Which header, body and footer each type takes (Meta's interactive guides, type by type)
// ---------------------------------------------------------------------------------------------

const HEADERS = {
  text: { type: 'text', text: 'Header' },
  image: { type: 'image', image: { link: `${https}a.jpg` } },
  video: { type: 'video', video: { id: '1234' } },
  document: { type: 'document', document: { link: `${https}a.pdf`, filename: 'a.pdf' } },
}
type HeaderKind = keyof typeof HEADERS

/** Per type: header kinds allowed ([] none), header required, body required, footer allowed. */
const PARTS: [
  Message,
  HeaderKind[],
  'header required' | 'header optional',
  'body required' | 'body optional',
  boolean,
][] = [
  ['button', ['text', 'image', 'video', 'document'], 'header optional', 'body required', true],
  ['list', ['text'], 'header optional', 'body required', true],
  ['cta_url', ['text', 'image', 'video', 'document'], 'header optional', 'body required', true],
  ['location_request_message', [], 'header optional', 'body required', false],
  ['flow', ['text'], 'header optional', 'body required', true],
  ['product', [], 'header optional', 'body optional', true],
  ['product_list', ['text'], 'header required', 'body required', true],
  ['catalog_message', [], 'header optional', 'body required', true],
  ['carousel_url', [], 'header optional', 'body required', false],
  ['carousel_product', [], 'header optional', 'body required', false],
  // Address messages guide: "the 4 main parts: header, body, footer, and action".
  ['address_message', ['text', 'image', 'video', 'document'], 'header optional', 'body required', true],
  ['call_permission_request', [], 'header optional', 'body optional', false],
  ['voice_call', [], 'header optional', 'body required', false],
]

describe.each(PARTS)('%s takes headers %j (%s), %s, footer %s', (message, kinds, header, body, footer) => {
  const base = MESSAGES[message]()

  it('takes each allowed header kind and refuses the others, at the header', () => {
    for (const [kind, value] of Object.entries(HEADERS)) {
      const result = validateInteractive(changed(base, ['header'], value))
      if (kinds.includes(kind as HeaderKind)) {
        expect(errors(result), kind).toEqual([])
      } else {
        const found = [...errorsAt(result, ['header']), ...errorsAt(result, ['header', 'type'])]
        expect(found, kind).toEqual([expect.objectContaining({ code: 'not_allowed', rule: 'whatsapp' })])
      }
      expectWellFormed(result, `${message} ${kind}`)
    }
    // gif (in the old reference only) and anything else is no header kind.
    for (const type of ['gif', 'Text', 'audio']) {
      const result = validateInteractive(changed(base, ['header'], { type, text: 'x' }))
      expect(result.ok, type).toBe(false)
    }
  })

  it('needs its header, body and footer as the type says', () => {
    const noHeader = validateInteractive(changed(base, ['header'], undefined))
    expect(errorsAt(noHeader, ['header'])).toEqual(
      header === 'header required' ? [expect.objectContaining({ code: 'required' })] : [],
    )
    const noBody = validateInteractive(changed(base, ['body'], undefined))
    expect(errorsAt(noBody, ['body'])).toEqual(
      body === 'body required' ? [expect.objectContaining({ code: 'required', rule: 'whatsapp' })] : [],
    )
    const withFooter = validateInteractive(changed(base, ['footer'], { text: 'Footer' }))
    expect(errorsAt(withFooter, ['footer'])).toEqual(
      footer ? [] : [expect.objectContaining({ code: 'not_allowed', reason: 'not_in_type' })],
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Cross-field rules, each at the field it is about
// ---------------------------------------------------------------------------------------------

interface CrossRule {
  rule: string
  value: unknown
  path: IssuePath
  /** An error (its code and whose rule) or a warning (its reason). */
  expected: { error: string; owner: 'whatsapp' | 'kit' } | { warning: string }
  options?: SchemaOptions
}

const button = MESSAGES.button()
const list = MESSAGES.list()
const flow = MESSAGES.flow()
const flowWith = (parameters: Record<string, unknown>) =>
  changed(flow, ['action', 'parameters'], { ...flow.action.parameters, ...parameters })

const CROSS: CrossRule[] = [
  {
    rule: 'reply button ids are unique (reply buttons guide)',
    value: changed(button, ['action', 'buttons', 1, 'reply', 'id'], 'a'),
    path: ['action', 'buttons', 1, 'reply', 'id'],
    expected: { error: 'duplicate', owner: 'whatsapp' },
  },
  {
    rule: 'reply button titles are unique',
    value: changed(button, ['action', 'buttons', 1, 'reply', 'title'], 'A'),
    path: ['action', 'buttons', 1, 'reply', 'title'],
    expected: { error: 'duplicate', owner: 'whatsapp' },
  },
  {
    rule: 'row ids are unique across sections (undocumented; the reply could not say which)',
    value: changed(list, ['action', 'sections', 1, 'rows', 0, 'id'], 'r1'),
    path: ['action', 'sections', 1, 'rows', 0, 'id'],
    expected: { error: 'duplicate', owner: 'kit' },
  },
  {
    rule: 'section titles are required with more than one section',
    value: changed(list, ['action', 'sections', 0, 'title'], undefined),
    path: ['action', 'sections', 0, 'title'],
    expected: { error: 'required', owner: 'whatsapp' },
  },
  {
    rule: 'a single section may go untitled',
    value: changed(changed(list, ['action', 'sections', 1], undefined), ['action', 'sections', 0, 'title'], undefined),
    path: ['action', 'sections', 0, 'title'],
    expected: { warning: 'none' },
  },
  {
    rule: 'quick-reply ids are unique across the carousel',
    value: changed(MESSAGES.carousel_reply(), ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'], 'a'),
    path: ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'],
    expected: { error: 'duplicate', owner: 'kit' },
  },
  {
    rule: 'every card has the same button kind (media carousel guide)',
    value: changed(MESSAGES.carousel_reply(), ['action', 'cards', 1, 'action'], urlAction()),
    path: ['action', 'cards', 1, 'action'],
    expected: { error: 'invalid_value', owner: 'whatsapp' },
  },
  {
    rule: 'every card has the same number of quick replies',
    value: changed(MESSAGES.carousel_reply(), ['action', 'cards', 1, 'action', 'buttons', 1], undefined),
    path: ['action', 'cards', 1, 'action'],
    expected: { error: 'invalid_value', owner: 'whatsapp' },
  },
  {
    rule: 'a URL card takes no quick replies beside its URL button',
    value: changed(MESSAGES.carousel_url(), ['action', 'cards', 1, 'action', 'buttons'], [quick('x', 'X')]),
    path: ['action', 'cards', 1, 'action', 'name'],
    expected: { error: 'not_allowed', owner: 'whatsapp' },
  },
  {
    rule: 'every product card uses the same catalog (product carousel guide)',
    value: changed(MESSAGES.carousel_product(), ['action', 'cards', 1, 'action', 'catalog_id'], 'other'),
    path: ['action', 'cards', 1, 'action', 'catalog_id'],
    expected: { error: 'invalid_value', owner: 'whatsapp' },
  },
  {
    rule: 'card_index is unique',
    value: changed(MESSAGES.carousel_product(), ['action', 'cards', 1, 'card_index'], 0),
    path: ['action', 'cards', 1, 'card_index'],
    expected: { error: 'duplicate', owner: 'whatsapp' },
  },
  {
    rule: 'card_index is 0–9',
    value: changed(MESSAGES.carousel_product(), ['action', 'cards', 1, 'card_index'], 10),
    path: ['action', 'cards', 1, 'card_index'],
    expected: { error: 'too_big', owner: 'whatsapp' },
  },
  {
    rule: 'card_index is a whole number',
    value: changed(MESSAGES.carousel_product(), ['action', 'cards', 1, 'card_index'], 0.5),
    path: ['action', 'cards', 1, 'card_index'],
    expected: { error: 'invalid_type', owner: 'whatsapp' },
  },
  {
    rule: 'a card body has at most 2 line breaks',
    value: changed(MESSAGES.carousel_url(), ['action', 'cards', 1, 'body', 'text'], 'a\nb\nc\nd'),
    path: ['action', 'cards', 1, 'body', 'text'],
    expected: { error: 'too_many', owner: 'whatsapp' },
  },
  {
    rule: 'a card header is an image or a video',
    value: changed(MESSAGES.carousel_url(), ['action', 'cards', 1, 'header'], HEADERS.document),
    path: ['action', 'cards', 1, 'header', 'type'],
    expected: { error: 'not_allowed', owner: 'whatsapp' },
  },
  {
    rule: 'a card header by uploaded id is undocumented (only link is shown)',
    value: changed(MESSAGES.carousel_url(), ['action', 'cards', 1, 'header', 'image'], { id: '1234' }),
    path: ['action', 'cards', 1, 'header', 'image', 'id'],
    expected: { warning: 'card_media_id' },
  },
  {
    rule: 'flow_id and flow_name: exactly one',
    value: flowWith({ flow_name: 'booking' }),
    path: ['action', 'parameters', 'flow_name'],
    expected: { error: 'conflict', owner: 'whatsapp' },
  },
  {
    rule: 'flow_name alone is enough',
    value: flowWith({ flow_id: undefined, flow_name: 'booking' }),
    path: ['action', 'parameters', 'flow_name'],
    expected: { warning: 'none' },
  },
  {
    rule: 'flow_cta takes no emoji',
    value: flowWith({ flow_cta: 'Book 📅' }),
    path: ['action', 'parameters', 'flow_cta'],
    expected: { error: 'invalid_value', owner: 'whatsapp' },
  },
  {
    rule: 'flow_cta over 20 (the libraries’ limit) is a warning',
    value: flowWith({ flow_cta: 'a'.repeat(21) }),
    path: ['action', 'parameters', 'flow_cta'],
    expected: { warning: 'flow_cta_long' },
  },
  {
    rule: 'flow_message_version is "3"',
    value: flowWith({ flow_message_version: '2' }),
    path: ['action', 'parameters', 'flow_message_version'],
    expected: { error: 'invalid_value', owner: 'whatsapp' },
  },
  {
    rule: 'flow_action_payload only with navigate',
    value: flowWith({ flow_action: 'data_exchange' }),
    path: ['action', 'parameters', 'flow_action_payload'],
    expected: { error: 'not_allowed', owner: 'whatsapp' },
  },
  {
    rule: 'flow data, when present, is not empty',
    value: flowWith({ flow_action_payload: { screen: 'A', data: {} } }),
    path: ['action', 'parameters', 'flow_action_payload', 'data'],
    expected: { error: 'too_few', owner: 'whatsapp' },
  },
  {
    rule: 'a media flow header only with allowFlowMediaHeader',
    value: changed(flow, ['header'], HEADERS.image),
    path: ['header', 'type'],
    expected: { error: 'not_allowed', owner: 'whatsapp' },
  },
  {
    rule: 'a media flow header with allowFlowMediaHeader',
    value: changed(flow, ['header'], HEADERS.image),
    path: ['header', 'type'],
    expected: { warning: 'none' },
    options: { allowFlowMediaHeader: true },
  },
  {
    rule: 'media needs an id or a link',
    value: changed(button, ['header'], { type: 'image', image: {} }),
    path: ['header', 'image'],
    expected: { error: 'required', owner: 'whatsapp' },
  },
  {
    rule: 'media takes an id or a link, not both',
    value: changed(button, ['header'], { type: 'image', image: { id: '1', link: `${https}a.jpg` } }),
    path: ['header', 'image', 'link'],
    expected: { error: 'conflict', owner: 'whatsapp' },
  },
  {
    rule: 'a media link is an absolute http(s) URL',
    value: changed(button, ['header'], { type: 'image', image: { link: 'ftp://example.com/a.jpg' } }),
    path: ['header', 'image', 'link'],
    expected: { error: 'invalid_url', owner: 'whatsapp' },
  },
  {
    rule: 'a header caption is not shown (whatsapp-api-js refuses it; Meta is silent)',
    value: changed(button, ['header'], { type: 'image', image: { link: `${https}a.jpg`, caption: 'c' } }),
    path: ['header', 'image', 'caption'],
    expected: { warning: 'header_caption' },
  },
  {
    rule: 'a text header needs its text ("Text cannot be null for header type text")',
    value: changed(button, ['header'], { type: 'text' }),
    path: ['header', 'text'],
    expected: { error: 'required', owner: 'whatsapp' },
  },
  {
    rule: 'a catalog thumbnail is optional by the guide, required by the OpenAPI file: a warning',
    value: changed(MESSAGES.catalog_message(), ['action', 'parameters'], undefined),
    path: ['action', 'parameters'],
    expected: { warning: 'catalog_thumbnail' },
  },
  {
    rule: 'ttl_minutes is 1–43200',
    value: changed(MESSAGES.voice_call(), ['action', 'parameters', 'ttl_minutes'], 43201),
    path: ['action', 'parameters', 'ttl_minutes'],
    expected: { error: 'too_big', owner: 'whatsapp' },
  },
  {
    rule: 'ttl_minutes is at least 1',
    value: changed(MESSAGES.voice_call(), ['action', 'parameters', 'ttl_minutes'], 0),
    path: ['action', 'parameters', 'ttl_minutes'],
    expected: { error: 'too_small', owner: 'whatsapp' },
  },
  {
    rule: 'an address message needs its country',
    value: changed(MESSAGES.address_message(), ['action', 'parameters', 'country'], undefined),
    path: ['action', 'parameters', 'country'],
    expected: { error: 'required', owner: 'whatsapp' },
  },
  {
    rule: 'address messages are for India only',
    value: changed(MESSAGES.address_message(), ['action', 'parameters', 'country'], 'TZ'),
    path: ['action', 'parameters', 'country'],
    expected: { warning: 'country_india_only' },
  },
  {
    rule: 'the list button label need not be unique (the reference’s copy-paste from reply buttons)',
    value: changed(list, ['action', 'button'], 'R1'),
    path: ['action', 'button'],
    expected: { warning: 'none' },
  },
]

describe.each(CROSS.map((rule) => [rule.rule, rule] as const))('%s', (_, rule) => {
  it('is reported at its field, once, in both languages, and alike in a send request', () => {
    const result = validateInteractive(rule.value, rule.options)
    const expected = rule.expected
    if ('error' in expected) {
      const found = errorsAt(result, rule.path).filter((issue) => issue.code === expected.error)
      expect(found, JSON.stringify(errors(result))).toEqual([expect.objectContaining({ rule: expected.owner })])
    } else if (expected.warning === 'none') {
      expect(errors(result)).toEqual([])
      expect(warningsAt(result, rule.path)).toEqual([])
    } else {
      expect(errors(result)).toEqual([])
      expect(warningsAt(result, rule.path).map((issue) => issue.reason)).toEqual([expected.warning])
    }
    expectWellFormed(result, rule.rule)
    const sent = validateSendRequest({ to: TO, interactive: rule.value }, rule.options)
    expect(errors(sent).map((issue) => issue.path)).toEqual(
      errors(result).map((issue) => ['interactive', ...issue.path]),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Unknown keys (Meta answers error 100 for a parameter it does not know)
// ---------------------------------------------------------------------------------------------

/** The path of every object in `value` (itself included), lists skipped. */
function objectPaths(value: unknown, path: IssuePath = []): IssuePath[] {
  if (typeof value !== 'object' || value === null) return []
  const here = Array.isArray(value) ? [] : [path]
  const inner = Object.entries(value).flatMap(([key, child]) =>
    objectPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  )
  return [...here, ...inner]
}

// The host's own data (flow screen data) takes any key; validation_errors names address fields.
const FREE_FORM = (path: IssuePath) => path.at(-1) === 'data' || path.at(-1) === 'validation_errors'

describe.each(Object.keys(MESSAGES))('unknown keys in %s', (message) => {
  const base = MESSAGES[message as Message]()

  it('are refused at the key, at every level, as WhatsApp’s rule', () => {
    for (const path of objectPaths(base).filter((path) => !FREE_FORM(path))) {
      const result = validateInteractive(changed(base, [...path, 'colour'], 'red'))
      expect(errors(result), path.join('.')).toEqual([
        expect.objectContaining({ path: [...path, 'colour'], code: 'unknown_key', rule: 'whatsapp' }),
      ])
      expectWellFormed(result, path.join('.'))
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Briq's send request (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive)
// ---------------------------------------------------------------------------------------------

const CONVERSATION = '3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b'
const interactive = MESSAGES.button()

interface SendRule {
  rule: string
  body: unknown
  path: IssuePath
  expected: { error: string } | { warning: string } | 'ok'
}

const SEND: SendRule[] = [
  { rule: 'to: 7 digits', body: { to: '2557123', interactive }, path: ['to'], expected: 'ok' },
  { rule: 'to: 18 digits', body: { to: `2${'5'.repeat(17)}`, interactive }, path: ['to'], expected: 'ok' },
  { rule: 'to: 18 digits with +', body: { to: `+2${'5'.repeat(17)}`, interactive }, path: ['to'], expected: 'ok' },
  { rule: 'to: 6 digits', body: { to: '255712', interactive }, path: ['to'], expected: { error: 'invalid_phone' } },
  {
    rule: 'to: 19 digits',
    body: { to: `2${'5'.repeat(18)}`, interactive },
    path: ['to'],
    expected: { error: 'invalid_phone' },
  },
  {
    rule: 'to: a leading 0',
    body: { to: '0712345678', interactive },
    path: ['to'],
    expected: { error: 'invalid_phone' },
  },
  {
    rule: 'to: spaces',
    body: { to: '255 712 345 678', interactive },
    path: ['to'],
    expected: { error: 'invalid_phone' },
  },
  { rule: 'to: only spaces', body: { to: '   ', interactive }, path: ['to'], expected: { error: 'invalid_phone' } },
  { rule: 'to: empty', body: { to: '', interactive }, path: ['to'], expected: { error: 'invalid_phone' } },
  { rule: 'to: a number', body: { to: 255712345678, interactive }, path: ['to'], expected: { error: 'invalid_type' } },
  {
    rule: 'to: Arabic-Indic digits',
    body: { to: '٢٥٥٧١٢٣٤٥٦٧٨', interactive },
    path: ['to'],
    expected: { error: 'invalid_phone' },
  },
  { rule: 'to or conversation_id: neither', body: { interactive }, path: ['to'], expected: { error: 'required' } },
  { rule: 'conversation_id alone', body: { conversation_id: CONVERSATION, interactive }, path: ['to'], expected: 'ok' },
  {
    rule: 'conversation_id: not a UUID',
    body: { conversation_id: 'abc', interactive },
    path: ['conversation_id'],
    expected: { error: 'invalid_uuid' },
  },
  {
    rule: 'to beside conversation_id: ignored by the per-type send',
    body: { to: TO, conversation_id: CONVERSATION, interactive },
    path: ['to'],
    expected: { warning: 'to_ignored' },
  },
  { rule: 'sender: 64', body: { to: TO, sender: 'a'.repeat(64), interactive }, path: ['sender'], expected: 'ok' },
  {
    rule: 'sender: 64 astral emoji (128 UTF-16 units)',
    body: { to: TO, sender: ASTRAL.repeat(64), interactive },
    path: ['sender'],
    expected: { warning: 'too_long_utf16' },
  },
  {
    rule: 'sender: 65',
    body: { to: TO, sender: 'a'.repeat(65), interactive },
    path: ['sender'],
    expected: { error: 'too_long' },
  },
  {
    rule: 'sender: 65 in ZWJ sequences',
    body: { to: TO, sender: fill(65, ZWJ), interactive },
    path: ['sender'],
    expected: { error: 'too_long' },
  },
  {
    rule: 'sender: empty',
    body: { to: TO, sender: '', interactive },
    path: ['sender'],
    expected: { error: 'too_short' },
  },
  {
    rule: 'sender: only spaces',
    body: { to: TO, sender: '  ', interactive },
    path: ['sender'],
    expected: { warning: 'blank' },
  },
  {
    rule: 'sender: a lone surrogate',
    body: { to: TO, sender: 'a\ud83d', interactive },
    path: ['sender'],
    expected: { warning: 'broken_character' },
  },
  {
    rule: 'sender: not text',
    body: { to: TO, sender: 1, interactive },
    path: ['sender'],
    expected: { error: 'invalid_type' },
  },
  {
    rule: 'sender_id: deprecated',
    body: { to: TO, sender_id: CONVERSATION, interactive },
    path: ['sender_id'],
    expected: { warning: 'sender_id_deprecated' },
  },
  { rule: 'interactive: missing', body: { to: TO }, path: ['interactive'], expected: { error: 'required' } },
  {
    rule: 'interactive: not an object',
    body: { to: TO, interactive: '{}' },
    path: ['interactive'],
    expected: { error: 'invalid_type' },
  },
  {
    rule: 'interactive.type: missing',
    body: { to: TO, interactive: { body: { text: 'Hi' } } },
    path: ['interactive', 'type'],
    expected: { error: 'required' },
  },
  {
    rule: 'an unknown field Briq does not read',
    body: { to: TO, interactive, colour: 'red' },
    path: ['colour'],
    expected: { warning: 'unknown_request_field' },
  },
]

describe.each(SEND.map((rule) => [rule.rule, rule] as const))('send request %s', (_, rule) => {
  it('is reported at its field as Briq’s rule, in both languages', () => {
    const result = validateSendRequest(rule.body)
    const expected = rule.expected
    if (expected === 'ok') {
      expect(errors(result)).toEqual([])
      expect(result.warnings).toEqual([])
      return
    }
    if ('error' in expected) {
      const found = errorsAt(result, rule.path)
      expect(found).toEqual([expect.objectContaining({ code: expected.error, rule: 'briq' })])
      expect(found[0]?.message).toContain(owner.briq)
      expect(formatIssue(found[0] as Issue, coreMessagesSw)).toContain(owner.briq)
    } else {
      expect(errors(result)).toEqual([])
      const found = warningsAt(result, rule.path)
      expect(found.map((issue) => issue.reason ?? issue.code)).toEqual([expected.warning])
      // What only Briq reads is Briq's to refuse, never WhatsApp's.
      expect(found[0]?.message).not.toContain(owner.whatsapp)
      expect(formatIssue(found[0] as Issue, coreMessagesSw)).not.toContain(owner.whatsapp)
    }
    expectWellFormed(result, rule.rule)
  })
})
