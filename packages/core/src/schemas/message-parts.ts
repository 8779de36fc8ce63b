import { LIMITS, type Limit } from '../limits.ts'
import type { InteractiveType } from './interactive.ts'
import { resolveSchemaOptions, type SchemaOptions } from './schema-options.ts'

/** Every header kind WhatsApp documents, in the order the builder offers them. */
export const HEADER_KINDS = ['text', 'image', 'video', 'document'] as const

/** One header kind: `text`, `image`, `video` or `document`. */
export type HeaderKind = (typeof HEADER_KINDS)[number]

/** The header kinds that carry media (a link or an uploaded id), every header kind but text. */
export const MEDIA_HEADER_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ HEADER_KINDS.filter((kind) => kind !== 'text'),
)

/** Which of header, body and footer one interactive type takes. */
export interface MessageParts {
  /** Header kinds the type allows (empty: no header at all). */
  readonly header: readonly HeaderKind[]
  /** Header kinds allowed only with `allowFlowMediaHeader` (Meta's sources disagree). */
  readonly optionalHeader?: readonly HeaderKind[]
  /** The header must be present. */
  readonly headerRequired: boolean
  /** Whether the body is required, optional, or not allowed. */
  readonly body: 'required' | 'optional'
  /** Whether a footer is allowed. */
  readonly footer: boolean
}

const ANY_HEADER = HEADER_KINDS
const TEXT_HEADER = ['text'] as const
const NO_HEADER = [] as const

/**
 * The component matrix of Meta's interactive catalogue
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-messages):
 * which header kinds, body and footer each type takes. The zod schemas and the builder's
 * field descriptions both read this table.
 */
export const MESSAGE_PARTS = {
  button: { header: ANY_HEADER, headerRequired: false, body: 'required', footer: true },
  list: { header: TEXT_HEADER, headerRequired: false, body: 'required', footer: true },
  cta_url: { header: ANY_HEADER, headerRequired: false, body: 'required', footer: true },
  location_request_message: { header: NO_HEADER, headerRequired: false, body: 'required', footer: false },
  flow: {
    header: TEXT_HEADER,
    optionalHeader: ['image', 'video', 'document'],
    headerRequired: false,
    body: 'required',
    footer: true,
  },
  product: { header: NO_HEADER, headerRequired: false, body: 'optional', footer: true },
  product_list: { header: TEXT_HEADER, headerRequired: true, body: 'required', footer: true },
  catalog_message: { header: NO_HEADER, headerRequired: false, body: 'required', footer: true },
  carousel: { header: NO_HEADER, headerRequired: false, body: 'required', footer: false },
  voice_call: { header: NO_HEADER, headerRequired: false, body: 'required', footer: false },
  call_permission_request: { header: NO_HEADER, headerRequired: false, body: 'optional', footer: false },
  // Meta's Address messages guide: "interactive messages that contain four parts: header, body,
  // footer, and action"; it restricts no header kind (its example has neither a header nor a
  // footer, so nothing says one is refused). Accepted, as WhatsApp's own page describes them:
  // https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/address-messages
  address_message: { header: ANY_HEADER, headerRequired: false, body: 'required', footer: true },
} as const satisfies Record<InteractiveType, MessageParts>

/** Carousel media cards take an image or a video header, nothing else (Meta's carousel guide). */
export const CAROUSEL_CARD_HEADER_KINDS = ['image', 'video'] as const

/** The header kinds `type` allows under `options` (flow media headers only when enabled). */
export function allowedHeaderKinds(type: InteractiveType, options: SchemaOptions = {}): readonly HeaderKind[] {
  const parts: MessageParts = MESSAGE_PARTS[type]
  if (options.allowFlowMediaHeader === true && parts.optionalHeader !== undefined) {
    return [...parts.header, ...parts.optionalHeader]
  }
  return parts.header
}

/** Quick replies per carousel card: `LIMITS.carousel.quickReplies` with the `carouselQuickReplyMax` option applied. */
export function carouselQuickReplyLimit(options: SchemaOptions = {}): Limit {
  return { ...LIMITS.carousel.quickReplies, max: resolveSchemaOptions(options).carouselQuickReplyMax }
}
