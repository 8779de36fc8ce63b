/**
 * Test support (not exported from the package): fast-check arbitraries for VALID interactive
 * messages of every type, with Unicode text whose length, counted in code points, reaches the
 * exact limit from LIMITS. Emoji-heavy strings at the limit are valid (a UTF-16 warning at most).
 */
import fc from 'fast-check'
import type { IssuePath } from '../issue.ts'
import { FLOW_MESSAGE_VERSION, LIMITS, type Limit } from '../limits.ts'
import type { AddressInteractive } from '../schemas/address.ts'
import { ADDRESS_FIELDS } from '../schemas/address-fields.ts'
import type { CallPermissionRequestInteractive, VoiceCallInteractive } from '../schemas/calls.ts'
import type { CarouselInteractive } from '../schemas/carousel.ts'
import type { Interactive } from '../schemas/interactive.ts'
import type { HeaderKind } from '../schemas/parts.ts'
import { anyCodePoint } from '../test-support/any-code-point.ts'
import { EMOJI } from '../text-length.ts'

/** How a generated text must look besides its length. */
export type TextKind = 'text' | 'id' | 'cta' | 'card_body' | 'url'

/** Short names for the LIMITS entries the arbitraries use outside their type's table. */
export const INLINE_LIMITS = {
  mediaId: LIMITS.media.id,
  filename: LIMITS.media.filename,
  addressField: LIMITS.address.field,
  flowScreen: LIMITS.flow.screen,
} as const satisfies Record<string, Limit>

const EMOJI_UNITS = ['😀', '👍', '🎉', '🇹', '🇿', '❤', '🏽', '👩', '\u200d', '️', '𝒜', '𠀋', '©', '✅']
const ascii = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
const emoji = fc.constantFrom(...EMOJI_UNITS)
/** Units of one code point each, so a string of n units is n code points long. */
const UNITS = [ascii, fc.oneof(ascii, anyCodePoint, astral, emoji), fc.oneof(emoji, astral)]

const SPACE = /^\s$/u
const URL_PREFIX = 'https://example.com/'

const isLoneHigh = (unit: string) => unit.length === 1 && unit.charCodeAt(0) >= 0xd800 && unit.charCodeAt(0) <= 0xdbff
const isLoneLow = (unit: string) => unit.length === 1 && unit.charCodeAt(0) >= 0xdc00 && unit.charCodeAt(0) <= 0xdfff

/** Makes a string of code points fit its kind without changing how many there are. */
export function shapeFor(points: string[], kind: TextKind): string {
  // A lone high surrogate followed by a lone low one would join into one code point once the
  // string is made, leaving it a code point shorter than asked.
  for (let i = 1; i < points.length; i++) {
    if (isLoneHigh(points[i - 1] ?? '') && isLoneLow(points[i] ?? '')) points[i] = 'x'
  }
  if (kind === 'id') {
    if (points.length > 0 && SPACE.test(points[0] ?? '')) points[0] = 'i'
    if (points.length > 0 && SPACE.test(points[points.length - 1] ?? '')) points[points.length - 1] = 'd'
  } else if (kind === 'cta') {
    // U+FE0F and U+20E3 make an emoji of the character before them (a keycap, © as an emoji).
    const binds = /[\uFE0F\u20E3]/
    for (let i = 0; i < points.length; i++) {
      if (binds.test(points[i] ?? '') || EMOJI.test(points[i] ?? '')) points[i] = 'c'
    }
  } else if (kind === 'card_body') {
    let breaks = 0
    for (let i = 0; i < points.length; i++) {
      // Only \n breaks lines here; the other line breaks (\r, U+2028, U+2029) become spaces.
      if (points[i] === '\r' || points[i] === '\u2028' || points[i] === '\u2029') points[i] = ' '
      if (points[i] === '\n' && ++breaks > LIMITS.carousel.cardBodyLineBreaks.max) points[i] = ' '
    }
  }
  return points.join('')
}

/** A string of exactly `length` code points (at least the https prefix for URLs). */
export function textOfLength(length: number, kind: TextKind = 'text'): fc.Arbitrary<string> {
  if (kind === 'url') {
    const rest = Math.max(0, length - URL_PREFIX.length)
    // Whitespace and control characters make a URL invalid; each is one code unit, so the length holds.
    const safe = (unit: string) => (/^\s$/.test(unit) || unit.charCodeAt(0) < 0x20 || unit === '\x7f' ? 'x' : unit)
    return textOfLength(rest, 'text').map((path) => URL_PREFIX + [...path].map(safe).join(''))
  }
  return fc
    .oneof(...UNITS.map((unit) => fc.array(unit, { minLength: length, maxLength: length })))
    .map((points) => shapeFor(points, kind))
}

/** A string of `limit.min`..`limit.max` code points; the exact maximum is generated often. */
export function textWithin(limit: Limit, kind: TextKind = 'text'): fc.Arbitrary<string> {
  const min = kind === 'url' ? Math.max(limit.min, URL_PREFIX.length) : limit.min
  const short = Math.min(limit.max, min + 8)
  const lengths = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max: short }) },
    { weight: 1, arbitrary: fc.integer({ min, max: limit.max }) },
    { weight: 1, arbitrary: fc.constant(limit.max) },
  )
  const text = lengths.chain((length) => textOfLength(length, kind))
  if (kind !== 'url') return text
  const realistic = fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
  return fc.oneof(
    realistic.filter((url) => url.length <= limit.max),
    text,
  )
}

/** Options for the message arbitraries. */
export interface MessageOptions {
  /** Every optional field present (text header unless `header` says otherwise). */
  complete?: boolean
  /** Force this header kind where the type allows a choice. */
  header?: HeaderKind
}

const body = fc.record({ text: textWithin(LIMITS.body.text) })
const footer = fc.record({ text: textWithin(LIMITS.footer.text) })
/** Keys fc.record must always generate: all of them when complete, else only `keys`. */
const required = <const K extends string>(o: MessageOptions, keys: K[]): K[] | undefined =>
  o.complete ? undefined : keys
const HEADER_KINDS = ['text', 'image', 'video', 'document'] as const
const url = textWithin(LIMITS.ctaUrl.url, 'url')
const mediaSource = fc.oneof(fc.record({ id: textWithin(INLINE_LIMITS.mediaId) }), fc.record({ link: url }))

/** A text header (with `sub_text` sometimes, always when complete). */
const textHeader = (o: MessageOptions) =>
  fc.record(
    {
      type: fc.constant('text' as const),
      text: textWithin(LIMITS.header.text),
      sub_text: textWithin(LIMITS.header.subText),
    },
    { requiredKeys: required(o, ['type', 'text']) },
  )

/** Any header kind (only the text one when complete, unless `o.header` says which). */
function header(o: MessageOptions) {
  const byKind = {
    text: textHeader(o),
    image: fc.record({ type: fc.constant('image' as const), image: mediaSource }),
    video: fc.record({ type: fc.constant('video' as const), video: mediaSource }),
    document: fc.record({
      type: fc.constant('document' as const),
      document: fc
        .tuple(
          mediaSource,
          fc.record({ filename: textWithin(INLINE_LIMITS.filename) }, { requiredKeys: required(o, []) }),
        )
        .map(([source, name]) => ({ ...source, ...name })),
    }),
  }
  const kinds = o.header !== undefined ? [o.header] : o.complete ? (['text'] as const) : HEADER_KINDS
  return fc.oneof(...kinds.map((kind) => byKind[kind]))
}

/** Reply buttons: 1–3 with unique ids and unique titles. */
export const buttonMessage = (o: MessageOptions = {}) =>
  fc.record(
    {
      type: fc.constant('button' as const),
      header: header(o),
      body,
      footer,
      action: fc.record({
        buttons: fc
          .uniqueArray(fc.record({ id: textWithin(LIMITS.button.id, 'id'), title: textWithin(LIMITS.button.title) }), {
            minLength: 1,
            maxLength: LIMITS.button.count.max,
            comparator: (a, b) => a.id === b.id || a.title === b.title,
          })
          .map((replies) => replies.map((reply) => ({ type: 'reply' as const, reply }))),
      }),
    },
    { requiredKeys: required(o, o.header ? ['type', 'header', 'body', 'action'] : ['type', 'body', 'action']) },
  )

/** Splits `items` into `count` non-empty consecutive chunks. */
export function chunks<T>(items: readonly T[], count: number): fc.Arbitrary<T[][]> {
  const cuts = fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, items.length - 1) }), {
    minLength: count - 1,
    maxLength: count - 1,
  })
  return cuts.map((points) => {
    const sorted = [0, ...[...points].sort((a, b) => a - b), items.length]
    return sorted.slice(1).map((end, i) => items.slice(sorted[i], end))
  })
}

/**
 * Sections of unique items: `sections` within its limit, at most `totalMax` items, every
 * section non-empty, titles on every section when there is more than one.
 */
function sectioned<T>(
  item: fc.Arbitrary<T>,
  key: (item: T) => string,
  sectionMax: number,
  totalMax: number,
  title: Limit,
  o: MessageOptions,
) {
  return fc.integer({ min: 1, max: sectionMax }).chain((count) =>
    fc
      .uniqueArray(item, { minLength: count, maxLength: totalMax, selector: key })
      .chain((all) =>
        fc.tuple(chunks(all, count), fc.array(textWithin(title), { minLength: count, maxLength: count }), fc.boolean()),
      )
      .map(([parts, titles, titled]) =>
        parts.map((part, i) => ({
          part,
          ...(count > 1 || titled || o.complete ? { title: titles[i] ?? 'Section' } : {}),
        })),
      ),
  )
}

/** A list: 1–10 sections, ≤10 rows in total with unique ids, titles when >1 section. */
export const listMessage = (o: MessageOptions = {}) => {
  const row = fc.record(
    {
      id: textWithin(LIMITS.list.rowId, 'id'),
      title: textWithin(LIMITS.list.rowTitle),
      description: textWithin(LIMITS.list.rowDescription),
    },
    { requiredKeys: required(o, ['id', 'title']) },
  )
  const sections = sectioned(
    row,
    (r) => r.id,
    LIMITS.list.sections.max,
    LIMITS.list.rowsTotal.max,
    LIMITS.list.sectionTitle,
    o,
  )
  return fc.record(
    {
      type: fc.constant('list' as const),
      header: textHeader(o),
      body,
      footer,
      action: fc.record({
        button: textWithin(LIMITS.list.button),
        sections: sections.map((list) => list.map(({ part, ...rest }) => ({ ...rest, rows: part }))),
      }),
    },
    { requiredKeys: required(o, ['type', 'body', 'action']) },
  )
}

/** A call-to-action URL message. */
export const ctaUrlMessage = (o: MessageOptions = {}) =>
  fc.record(
    {
      type: fc.constant('cta_url' as const),
      header: header(o),
      body,
      footer,
      action: fc.record({
        name: fc.constant('cta_url' as const),
        parameters: fc.record({ display_text: textWithin(LIMITS.ctaUrl.displayText), url }),
      }),
    },
    { requiredKeys: required(o, o.header ? ['type', 'header', 'body', 'action'] : ['type', 'body', 'action']) },
  )

/** A location request. */
export const locationRequestMessage = () =>
  fc.record({
    type: fc.constant('location_request_message' as const),
    body,
    action: fc.constant({ name: 'send_location' as const }),
  })

const flowData = fc.dictionary(fc.string({ unit: anyCodePoint, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), {
  minKeys: 1,
  maxKeys: 4,
})

/** A flow: id xor name, a CTA without emoji, version "3", optional mode/token/action/payload. */
export const flowMessage = (o: MessageOptions = {}) => {
  const source = fc.oneof(
    fc.record({ flow_id: textWithin(LIMITS.flow.id) }),
    fc.record({ flow_name: textWithin(LIMITS.flow.name) }),
  )
  const navigate = fc.record(
    {
      flow_action: fc.constant('navigate' as const),
      flow_action_payload: fc.record(
        { screen: textWithin(INLINE_LIMITS.flowScreen), data: flowData },
        { requiredKeys: required(o, []) },
      ),
    },
    { requiredKeys: required(o, []) },
  )
  const action = o.complete
    ? navigate
    : fc.oneof(navigate, fc.record({ flow_action: fc.constant('data_exchange' as const) }))
  const rest = fc.record(
    {
      flow_message_version: fc.constant(FLOW_MESSAGE_VERSION),
      flow_cta: textWithin(LIMITS.flow.cta, 'cta'),
      mode: fc.constantFrom('draft' as const, 'published' as const),
      flow_token: textWithin(LIMITS.flow.token),
    },
    { requiredKeys: required(o, ['flow_message_version', 'flow_cta']) },
  )
  return fc.record(
    {
      type: fc.constant('flow' as const),
      header: textHeader(o),
      body,
      footer,
      action: fc
        .tuple(source, action, rest)
        .map(([s, a, r]) => ({ name: 'flow' as const, parameters: { ...r, ...s, ...a } })),
    },
    { requiredKeys: required(o, ['type', 'body', 'action']) },
  )
}

const catalogId = textWithin(LIMITS.product.catalogId, 'id')
const retailerId = textWithin(LIMITS.product.retailerId, 'id')

/** A single product: no header. */
export const productMessage = (o: MessageOptions = {}) =>
  fc.record(
    {
      type: fc.constant('product' as const),
      body,
      footer,
      action: fc.record({ catalog_id: catalogId, product_retailer_id: retailerId }),
    },
    { requiredKeys: required(o, ['type', 'action']) },
  )

/** A product list: text header, ≤30 unique products in 1–10 sections, titles when >1 section. */
export const productListMessage = (o: MessageOptions = {}) => {
  const item = fc.record({ product_retailer_id: retailerId })
  const key = (p: { product_retailer_id: string }) => p.product_retailer_id
  const sections = sectioned(
    item,
    key,
    LIMITS.productList.sections.max,
    LIMITS.productList.itemsTotal.max,
    LIMITS.productList.sectionTitle,
    o,
  )
  return fc.record(
    {
      type: fc.constant('product_list' as const),
      header: textHeader(o),
      body,
      footer,
      action: fc.record({
        catalog_id: catalogId,
        sections: sections.map((list) => list.map(({ part, ...rest }) => ({ ...rest, product_items: part }))),
      }),
    },
    { requiredKeys: required(o, ['type', 'header', 'body', 'action']) },
  )
}

/** A catalog message, with or without a thumbnail (without one is valid with a warning). */
export const catalogMessage = (o: MessageOptions = {}) =>
  fc.record(
    {
      type: fc.constant('catalog_message' as const),
      body,
      footer,
      action: fc.record(
        {
          name: fc.constant('catalog_message' as const),
          parameters: fc.record({ thumbnail_product_retailer_id: retailerId }, { requiredKeys: required(o, []) }),
        },
        { requiredKeys: required(o, ['name']) },
      ),
    },
    { requiredKeys: required(o, ['type', 'body', 'action']) },
  )

const cardHeader = fc.oneof(
  fc.record({ type: fc.constant('image' as const), image: mediaSource }),
  fc.record({ type: fc.constant('video' as const), video: mediaSource }),
)
const urlCardAction = fc.record({
  name: fc.constant('cta_url' as const),
  parameters: fc.record({ display_text: textWithin(LIMITS.carousel.displayText), url }),
})
const cardIndexes = (count: number) =>
  fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count })

/** Quick-reply actions for `cards` cards of `perCard` buttons, ids unique across the carousel. */
function quickReplyActions(cards: number, perCard: number) {
  const total = cards * perCard
  return fc
    .tuple(
      fc.uniqueArray(textWithin(LIMITS.carousel.quickReplyId, 'id'), { minLength: total, maxLength: total }),
      fc.array(textWithin(LIMITS.carousel.quickReplyTitle), { minLength: total, maxLength: total }),
    )
    .map(([ids, titles]) =>
      Array.from({ length: cards }, (_, c) => ({
        buttons: ids.slice(c * perCard, (c + 1) * perCard).map((id, b) => ({
          type: 'quick_reply' as const,
          quick_reply: { id, title: titles[c * perCard + b] ?? 'Reply' },
        })),
      })),
    )
}

/** Options of the media carousel: which button kind every card uses. */
export interface CarouselOptions extends MessageOptions {
  /** A URL button on every card, or quick replies. */
  cards?: 'url' | 'reply'
}

/**
 * A media carousel: 2–10 cards indexed 0..n-1 (in any order), image/video headers, short
 * bodies, and the same button kind and count on every card.
 */
export const carouselMediaMessage = (o: CarouselOptions = {}): fc.Arbitrary<CarouselInteractive> => {
  const { min, max } = LIMITS.carousel.cards
  const perCard =
    o.cards === 'url'
      ? fc.constant(0)
      : fc.integer({ min: o.cards === 'reply' ? 1 : 0, max: LIMITS.carousel.quickReplies.max })
  return fc.tuple(fc.integer({ min, max }), perCard).chain(([count, replies]) => {
    const actions =
      replies === 0
        ? fc.array(urlCardAction, { minLength: count, maxLength: count })
        : quickReplyActions(count, replies)
    const part = fc.record(
      { header: cardHeader, body: fc.record({ text: textWithin(LIMITS.carousel.cardBody, 'card_body') }) },
      { requiredKeys: required(o, ['header']) },
    )
    const cards = fc
      .tuple(cardIndexes(count), fc.array(part, { minLength: count, maxLength: count }), actions)
      .map(([indexes, parts, acts]) =>
        parts.map((p, i) => ({ card_index: indexes[i] ?? i, type: 'cta_url' as const, ...p, action: acts[i] ?? {} })),
      )
    return fc.record({ type: fc.constant('carousel' as const), body, action: fc.record({ cards }) })
  })
}

/** A product carousel: 2–10 cards of one catalog, each a different product (one shown twice is warned of). */
export const carouselProductMessage = (): fc.Arbitrary<CarouselInteractive> =>
  fc
    .tuple(fc.integer({ min: LIMITS.carousel.cards.min, max: LIMITS.carousel.cards.max }), catalogId)
    .chain(([count, catalog]) =>
      fc
        .tuple(cardIndexes(count), fc.uniqueArray(retailerId, { minLength: count, maxLength: count }))
        .map(([indexes, ids]) =>
          ids.map((id, i) => ({
            card_index: indexes[i] ?? i,
            type: 'product' as const,
            action: { product_retailer_id: id, catalog_id: catalog },
          })),
        ),
    )
    .chain((cards) => fc.record({ type: fc.constant('carousel' as const), body, action: fc.constant({ cards }) }))

/** A call button with optional label, ttl and payload. */
export const voiceCallMessage = (o: MessageOptions = {}): fc.Arbitrary<VoiceCallInteractive> =>
  fc.record({
    type: fc.constant('voice_call' as const),
    body,
    action: fc.record(
      {
        name: fc.constant('voice_call' as const),
        parameters: fc.record(
          {
            display_text: textWithin(LIMITS.voiceCall.displayText),
            ttl_minutes: fc.integer(LIMITS.voiceCall.ttlMinutes),
            payload: textWithin(LIMITS.voiceCall.payload),
          },
          { requiredKeys: required(o, []) },
        ),
      },
      { requiredKeys: required(o, ['name']) },
    ),
  })

/** A call permission request: an optional body only. */
export const callPermissionRequestMessage = (o: MessageOptions = {}): fc.Arbitrary<CallPermissionRequestInteractive> =>
  fc.record(
    {
      type: fc.constant('call_permission_request' as const),
      body,
      action: fc.constant({ name: 'call_permission_request' as const }),
    },
    { requiredKeys: required(o, ['type', 'action']) },
  )

// Every address field but India's PIN code, which has its own limit.
const TEXT_FIELDS = ADDRESS_FIELDS.filter((key) => key !== 'in_pin_code')

/** An address message for India, with optional prefilled values, saved addresses and errors. */
export const addressMessage = (o: MessageOptions = {}): fc.Arbitrary<AddressInteractive> => {
  const fields = Object.fromEntries(TEXT_FIELDS.map((key) => [key, textWithin(INLINE_LIMITS.addressField)]))
  const values = fc.record(
    { ...fields, in_pin_code: textWithin(LIMITS.address.inPinCode) },
    { requiredKeys: required(o, []) },
  )
  // Saved address ids are unique within a message (a repeated one is refused), so the generator
  // never repeats one: a valid message stays valid whatever else a property changes.
  const saved = fc.uniqueArray(fc.record({ id: textWithin(LIMITS.address.savedAddressId, 'id'), value: values }), {
    minLength: o.complete ? 1 : 0,
    maxLength: 3,
    selector: (address) => address.id,
  })
  return fc.record({
    type: fc.constant('address_message' as const),
    body,
    action: fc.record({
      name: fc.constant('address_message' as const),
      parameters: fc.record(
        {
          country: fc.constant('IN'),
          values,
          saved_addresses: saved,
          validation_errors: fc.dictionary(
            fc.constantFrom(...ADDRESS_FIELDS),
            fc.string({ unit: anyCodePoint, maxLength: 40 }),
          ),
        },
        { requiredKeys: required(o, ['country']) },
      ),
    }),
  })
}

/** Every message variant (the carousel split by card kind), by name. */
export const MESSAGE_ARBITRARIES = {
  button: buttonMessage,
  list: listMessage,
  cta_url: ctaUrlMessage,
  location_request_message: locationRequestMessage,
  flow: flowMessage,
  product: productMessage,
  product_list: productListMessage,
  catalog_message: catalogMessage,
  carousel_media: carouselMediaMessage,
  carousel_product: carouselProductMessage,
  voice_call: voiceCallMessage,
  call_permission_request: callPermissionRequestMessage,
  address_message: addressMessage,
} satisfies Record<string, (o?: CarouselOptions) => fc.Arbitrary<Interactive>>

/** A message variant name. */
export type MessageVariant = keyof typeof MESSAGE_ARBITRARIES

/** Any valid interactive message, every type equally likely. */
export const validInteractive = (o: MessageOptions = {}): fc.Arbitrary<Interactive> =>
  fc.oneof(...Object.values(MESSAGE_ARBITRARIES).map((make) => make(o) as fc.Arbitrary<Interactive>))

/** Every concrete path matching `pattern` in `value` (`*` expands over array indexes). */
export function pathsMatching(value: unknown, pattern: (string | number)[]): IssuePath[] {
  const [head, ...rest] = pattern
  if (head === undefined) return [[]]
  if (typeof value !== 'object' || value === null) return []
  const keys = head === '*' ? (Array.isArray(value) ? [...value.keys()] : []) : Object.hasOwn(value, head) ? [head] : []
  return keys.flatMap((key) =>
    pathsMatching((value as Record<string | number, unknown>)[key], rest).map((tail) => [key, ...tail]),
  )
}

/** A deep copy of `message` with the value at `path` replaced. */
export function withValue<T>(message: T, path: IssuePath, value: unknown): T {
  const copy = structuredClone(message)
  let parent = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  parent[path[path.length - 1] as string | number] = value
  return copy
}

type MutationPath = (string | number)[]
type MutationNode = Record<string | number, unknown>

const isContainer = (value: unknown): value is MutationNode => typeof value === 'object' && value !== null

/** One change to a message: which node (by index into its node list) and what to do there. */
interface Mutation {
  kind: 'delete' | 'replace' | 'add_key' | 'duplicate'
  pick: number
  key: string
  value: unknown
}

const replacement = fc.oneof(
  fc.constantFrom('', ' ', ' padded ', 'x'.repeat(300), -1, 0, 1.5, 99_999, null, true, [], {}),
  // A list where an object goes (a section, a card, an action typed as [ ] in the JSON tab).
  fc.constantFrom([[]], [{}], [{ title: 'x' }], ['title']),
  fc.string({ unit: anyCodePoint, maxLength: 30 }),
  fc.anything({ maxDepth: 2 }),
)
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add_key', 'duplicate'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom('extra', 'title', 'id', 'text', 'type', 'name'), fc.string({ maxLength: 8 })),
  value: replacement,
})

function nodes(value: unknown, prefix: MutationPath = []): MutationPath[] {
  if (!isContainer(value)) return []
  const keys: MutationPath = Array.isArray(value) ? [...value.keys()] : Object.keys(value)
  return keys.flatMap((k) => [[...prefix, k], ...nodes(value[k], [...prefix, k])])
}

const at = (root: unknown, path: MutationPath): unknown =>
  path.reduce<unknown>((node, k) => (node as MutationNode)[k], root)

/** Applies `m` to `root` in place. */
function mutate(root: MutationNode, m: Mutation): void {
  const all = nodes(root)
  if (m.kind === 'add_key') {
    const objects = [[], ...all].filter((p) => isContainer(at(root, p)) && !Array.isArray(at(root, p)))
    const target = at(root, objects[m.pick % objects.length] ?? []) as MutationNode
    target[m.key] = structuredClone(m.value)
    return
  }
  if (m.kind === 'duplicate') {
    const arrays = all.filter((p) => Array.isArray(at(root, p)))
    const target = at(root, arrays[m.pick % Math.max(1, arrays.length)] ?? []) as unknown
    if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[m.pick % target.length]))
    return
  }
  const path = all[m.pick % Math.max(1, all.length)]
  if (path === undefined) return
  const parent = at(root, path.slice(0, -1)) as MutationNode
  const last = path[path.length - 1] as string | number
  if (m.kind === 'replace') parent[last] = structuredClone(m.value)
  else if (Array.isArray(parent)) parent.splice(Number(last), 1)
  else delete parent[last]
}

/**
 * A valid message from `base` changed one to four times, as a JSON tab or a hand-written request
 * changes it: a field deleted, replaced with junk (a list where an object goes, too), a key added,
 * a list item repeated. A plain object, never `base`'s own.
 */
export const mutatedMessage = <T>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([value, mutations]) => {
    const copy = structuredClone(value) as MutationNode
    for (const m of mutations) mutate(copy, m)
    return copy
  })
