import type { Limit } from '../limits.ts'

/**
 * What a schema checks in code that JSON Schema can say too (code-point lengths, counts,
 * patterns), named (`LimitHintKind`, `PlainHintKind`) so the JSON Schema generator can write the keywords: `json-schema/keywords.ts`
 * turns a kind and its `LIMITS` entry into them. Only the name and the limit live with the
 * schema, so a browser bundle that validates carries no JSON Schema text.
 */
export type LimitHintKind =
  /** Text within the limit (code points). */
  | 'text'
  /** Limited text without surrounding whitespace. */
  | 'identifier'
  /** Limited text that is an absolute http(s) URL. */
  | 'url'
  /** A list of a counted number of items. */
  | 'items'
  /** List sections (`items`), with the cross-section rules described. */
  | 'list_sections'
  /** Product-list sections (`items`), with the cross-section rules described. */
  | 'product_sections'
  /** Carousel cards (`items`), with the cross-card rules described. */
  | 'carousel_cards'
  /** A whole number within the limit. */
  | 'integer'
  /** The older send's `recipient`: digits, as many as the limit allows. */
  | 'recipient'

/** What a schema checks that needs no limit to describe. */
export type PlainHintKind =
  /** Any text. */
  | 'string'
  /** A Briq UUID. */
  | 'uuid'
  /** A number as Briq's `to` takes it. */
  | 'phone'
  /** A two-letter country code (an address message's `country`). */
  | 'country'
  /** A free-form object. */
  | 'object'
  /** A free-form object with at least one key (a flow's screen data: Meta refuses it empty). */
  | 'filled_object'
  /** A media object: exactly one of an uploaded `id` and a `link`. */
  | 'media_source'
  /** A flow's parameters: exactly one of `flow_id` and `flow_name`. */
  | 'flow_source'
  /** A flow's header: media kinds only with the `allowFlowMediaHeader` option. */
  | 'flow_header'
  /** A free-form object of strings. */
  | 'text_object'

/** A schema's hint: its kind, and the `LIMITS` entry the kind reads. */
export type Hint = { kind: LimitHintKind; limit: Limit } | { kind: PlainHintKind }

const hints = new WeakMap<object, Hint>()

/** Names what `schema` checks for the JSON Schema generator and returns the schema. */
export function hint<T extends object>(schema: T, kind: LimitHintKind, limit: Limit): T
export function hint<T extends object>(schema: T, kind: PlainHintKind): T
export function hint<T extends object>(schema: T, kind: LimitHintKind | PlainHintKind, limit?: Limit): T {
  hints.set(schema, { kind, limit } as Hint)
  return schema
}

/** The hint attached to a schema, if any. */
export function hintFor(schema: object): Hint | undefined {
  return hints.get(schema)
}
