import type * as z from 'zod/mini'
import type { Rule } from './anything.ts'
import { byType } from './by-type.ts'
import { CAROUSEL_CARD_HEADER_KINDS, type HeaderKind, type MessageParts } from './message-parts.ts'
import { type Optional, optional } from './object.ts'
import {
  bodySchema,
  documentHeaderSchema,
  footerSchema,
  headerSchema,
  imageCardHeaderSchema,
  imageHeaderSchema,
  notAllowed,
  textHeaderSchema,
  videoCardHeaderSchema,
  videoHeaderSchema,
} from './parts.ts'

const HEADER_SCHEMAS = {
  text: textHeaderSchema,
  image: imageHeaderSchema,
  video: videoHeaderSchema,
  document: documentHeaderSchema,
}

type HeaderFieldOf<P extends MessageParts> = P['header'] extends readonly []
  ? typeof notAllowed
  : P extends { optionalHeader: readonly HeaderKind[] }
    ? Optional<typeof headerSchema>
    : P['header'] extends readonly ['text']
      ? P['headerRequired'] extends true
        ? typeof textHeaderSchema
        : Optional<typeof textHeaderSchema>
      : Optional<typeof headerSchema>

/**
 * The `header` of a type's schema, read from its `MESSAGE_PARTS` entry: not allowed, a text
 * header (optional or required), or any header. Kinds allowed only with a schema option are
 * accepted here and refused by that type's own check.
 */
export function headerField<const P extends MessageParts>(parts: P): HeaderFieldOf<P> {
  const kinds = [...parts.header, ...(parts.optionalHeader ?? [])]
  const [first, ...rest] = kinds
  if (first === undefined) return notAllowed as HeaderFieldOf<P>
  const schema = rest.length === 0 ? HEADER_SCHEMAS[first] : headerSchema
  return (parts.headerRequired ? schema : optional(schema)) as HeaderFieldOf<P>
}

type BodyFieldOf<P extends MessageParts, S> = P['body'] extends 'required' ? S : Optional<S & Rule>

/** The `body` of a type's schema: `schema` (default: 1–1024 characters), required or optional. */
export function bodyField<const P extends MessageParts, S extends Rule = typeof bodySchema>(
  parts: P,
  schema?: S,
): BodyFieldOf<P, S> {
  const body = schema ?? bodySchema
  return (parts.body === 'required' ? body : optional(body)) as BodyFieldOf<P, S>
}

type FooterFieldOf<P extends MessageParts> = P['footer'] extends true
  ? Optional<typeof footerSchema>
  : typeof notAllowed

/** The `footer` of a type's schema: optional, or not allowed. */
export function footerField<const P extends MessageParts>(parts: P): FooterFieldOf<P> {
  return (parts.footer ? optional(footerSchema) : notAllowed) as FooterFieldOf<P>
}

/**
 * The `header`, `body` and `footer` of a type's schema from its `MESSAGE_PARTS` entry, to spread
 * into the type's object (`body`: the body schema, when not the default 1–1024 characters).
 */
export function partFields<const P extends MessageParts, S extends Rule = typeof bodySchema>(
  parts: P,
  body?: S,
): { header: HeaderFieldOf<P>; body: BodyFieldOf<P, S>; footer: FooterFieldOf<P> } {
  return { header: headerField(parts), body: bodyField(parts, body), footer: footerField(parts) }
}

const CARD_HEADER_SCHEMAS = {
  image: imageCardHeaderSchema,
  video: videoCardHeaderSchema,
} satisfies Record<(typeof CAROUSEL_CARD_HEADER_KINDS)[number], Rule>

/** A carousel card's header: one of `CAROUSEL_CARD_HEADER_KINDS` (image or video), by `type`. */
export function cardHeaderField(): Rule<z.infer<typeof imageCardHeaderSchema> | z.infer<typeof videoCardHeaderSchema>> {
  const options = CAROUSEL_CARD_HEADER_KINDS.map((kind) => CARD_HEADER_SCHEMAS[kind])
  return byType(options as unknown as [typeof imageCardHeaderSchema]) as never
}
