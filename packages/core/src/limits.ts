/**
 * Every limit WhatsApp and Briq put on an interactive send, in one table. The zod schemas,
 * the builder's counters, the preview's overflow marks, the proxy's checks and the mock's
 * failure reasons all read this table; no limit is written anywhere else.
 *
 * Text limits count Unicode code points (see `countCharacters`); a UTF-16 length over `max`
 * is reported as a warning only.
 *
 * The comment on each entry names where the number comes from (its source). Meta's pages are named by their
 * titles under developers.facebook.com/documentation/business-messaging/whatsapp (the
 * "Interactive reply buttons messages" guide, the "Interactive list messages" guide, …), the
 * "Messages API reference" (its interactive, header, action and section objects) and Meta's
 * OpenAPI file (github.com/facebook/openapi, business-messaging-api v23.0); an error code is
 * the one Meta's "Error codes" reference lists, with the message Graph API answers. Briq's are
 * named by their path under docs.briq.tz. Where Meta's pages disagree, the entry says so and
 * `SchemaOptions` lets a caller pick the other reading.
 */

/**
 * Who sets a limit's `max`, which decides what the validators do with it:
 * - `whatsapp`: documented by Meta; above it is an error that names WhatsApp.
 * - `briq`: documented by Briq; above it is an error that names Briq.
 * - `guard`: nobody documents a maximum; the number is this kit's own sense of "unusual", and
 *   above it is only a warning ("unusually long: 581 characters; no documented limit"). Junk is
 *   bounded elsewhere, far higher (the proxy's and the mock's request-size limits, and `kit`).
 * - `kit`: nobody documents a maximum, and the number is this kit's own hard bound on junk, set
 *   far beyond any real message: past it the value could not be checked in bounded time or
 *   serialised safely, so it is an error that names this kit, never WhatsApp.
 *
 * `min` (1 for text: Meta refuses empty text with "Min length: 1") is always an error, and
 * WhatsApp's where the kind is `guard` or `kit` (only `max` is ours there).
 */
export type LimitKind = 'whatsapp' | 'briq' | 'guard' | 'kit'

/**
 * One limit: an inclusive range and whose rule it is. Where the number comes from is the
 * comment on its entry in `LIMITS` (documentation only, so it costs a browser bundle nothing).
 */
export interface Limit {
  /** Smallest allowed length or count (inclusive). Below it is always an error. */
  readonly min: number
  /** Largest allowed length or count (inclusive); what passing it means depends on `kind`. */
  readonly max: number
  /** Whose rule `max` is: WhatsApp's or Briq's (an error above it) or our own guard (a warning). */
  readonly kind: LimitKind
  /** Above this a value is allowed but warned about (e.g. the flow CTA's disputed 20). */
  readonly warnAbove?: number
  /**
   * The value used when the field is left out: Briq's page size for a query `limit`, WhatsApp's
   * button lifetime for a call button's `ttl_minutes`.
   */
  readonly default?: number
}

const make =
  (kind: LimitKind) =>
  (min: number, max: number, warnAbove?: number): Limit =>
    warnAbove === undefined ? { min, max, kind } : { min, max, kind, warnAbove }

/** A limit Meta documents for WhatsApp. */
const whatsapp = make('whatsapp')
/** A limit Briq documents for its API. */
const briq = make('briq')
/** A query `limit` Briq documents for its API: its range and the page size when left out. */
const briqPage = (min: number, max: number, byDefault: number): Limit & { readonly default: number } => ({
  ...briq(min, max),
  default: byDefault,
})
/** A limit Meta documents for WhatsApp, with the value WhatsApp uses when the field is left out. */
const whatsappDefault = (min: number, max: number, byDefault: number): Limit & { readonly default: number } => ({
  ...whatsapp(min, max),
  default: byDefault,
})
/** Our own bound where nobody documents one: passing it is a warning, never an error. */
const guard = make('guard')
/** Our own hard bound on junk where nobody documents one: passing it is an error naming the kit. */
const kit = make('kit')

/** The limits table. Keys name the field the way the builder labels it. */
export const LIMITS = {
  header: {
    /**
     * Meta: header text 1–60 characters (every interactive guide; Messages API reference, header
     * object); empty text is error 131009
     */
    text: whatsapp(1, 60),
    /** Meta: header sub_text ≤60 (Messages API reference and OpenAPI only; no guide uses it) */
    subText: whatsapp(1, 60),
  },
  body: {
    /**
     * Meta: body text 1–1024 for every type (Messages API reference, OpenAPI; Graph API answers
     * "Body text length invalid" above 1024)
     */
    text: whatsapp(1, 1024),
    /**
     * Meta: list body ≤4096 (Interactive list messages guide); the reference and OpenAPI say 1024
     * for every body, and Graph API refused more, so it applies only with `extendedListBody`.
     */
    listTextExtended: whatsapp(1, 4096),
  },
  footer: {
    /** Meta: footer text 1–60 characters (every interactive guide; Messages API reference) */
    text: whatsapp(1, 60),
  },
  button: {
    /**
     * Meta: 1–3 reply buttons (Interactive reply buttons messages guide); more is error 131009
     * "Invalid buttons count"
     */
    count: whatsapp(1, 3),
    /** Meta: reply button id 1–256 characters (Interactive reply buttons messages guide) */
    id: whatsapp(1, 256),
    /**
     * Meta: button title 1–20 characters (Interactive reply buttons messages guide); longer is
     * error 131009 "Button title length invalid"
     */
    title: whatsapp(1, 20),
  },
  list: {
    /** Meta: list button label 1–20 characters (Interactive list messages guide) */
    button: whatsapp(1, 20),
    /**
     * Meta: 1–10 sections (Interactive list messages guide; Messages API reference, section
     * object)
     */
    sections: whatsapp(1, 10),
    /** Meta: every section has at least one row, at most 10 (Interactive list messages guide) */
    rowsPerSection: whatsapp(1, 10),
    /**
     * Meta: at most 10 rows across all sections (Interactive list messages guide); more is error
     * 131009 "Total row count exceed"
     */
    rowsTotal: whatsapp(1, 10),
    /**
     * Meta: section title 1–24 characters, required with more than one section (Messages API
     * reference, section object)
     */
    sectionTitle: whatsapp(1, 24),
    /** Meta: row id 1–200 characters (Interactive list messages guide) */
    rowId: whatsapp(1, 200),
    /**
     * Meta: row title 1–24 characters (Interactive list messages guide); Graph API answers "Row
     * title is too long"
     */
    rowTitle: whatsapp(1, 24),
    /** Meta: row description 1–72 characters (Interactive list messages guide) */
    rowDescription: whatsapp(1, 72),
  },
  ctaUrl: {
    /** Meta: cta_url display_text 1–20 characters (Interactive CTA URL messages guide) */
    displayText: whatsapp(1, 20),
    /**
     * Meta: cta_url url has no documented maximum (Interactive CTA URL messages guide); above
     * 2048, the practical browser URL limit, is unusual
     */
    url: guard(1, 2048),
  },
  flow: {
    /**
     * Meta: flow_cta advised ≤30 characters, no emoji (Sending a Flow guide; OpenAPI maxLength
     * 30); client libraries (whatsapp-api-js, pywa) enforce 20, hence the warning above 20
     */
    cta: whatsapp(1, 30, 20),
    /** Meta: flow_id has no documented maximum (Sending a Flow guide); ids are about 16 digits */
    id: guard(1, 256),
    /** Meta: flow_name has no documented maximum (Sending a Flow guide) */
    name: guard(1, 256),
    /**
     * Meta: flow_token has no documented maximum (Sending a Flow guide); a signed JWT is often
     * 500–900 characters
     */
    token: guard(1, 1024),
    /**
     * Meta: flow_action_payload.screen, an entry screen id, has no documented maximum (Sending a
     * Flow guide)
     */
    screen: guard(1, 256),
  },
  product: {
    /** Meta: catalog_id has no documented maximum (Share products guide) */
    catalogId: guard(1, 256),
    /** Meta: product_retailer_id has no documented maximum (Share products guide) */
    retailerId: guard(1, 256),
  },
  productList: {
    /**
     * Meta: 1–10 sections (Interactive list messages guide; Messages API reference, section
     * object)
     */
    sections: whatsapp(1, 10),
    /** Meta: every section has at least one product (Share products guide, product list messages) */
    itemsPerSection: whatsapp(1, 30),
    /** Meta: at most 30 products across all sections (Share products guide, product list messages) */
    itemsTotal: whatsapp(1, 30),
    /**
     * Meta: section title ≤24 characters, required with more than one section (Messages API
     * reference, section object)
     */
    sectionTitle: whatsapp(1, 24),
  },
  carousel: {
    /**
     * Meta: 2–10 cards (Interactive media carousel messages guide; Interactive product carousel
     * messages guide)
     */
    cards: whatsapp(2, 10),
    /** Meta: card_index 0–9, unique, left to right (Interactive media carousel messages guide) */
    cardIndex: whatsapp(0, 9),
    /** Meta: card body ≤160 characters (Interactive media carousel messages guide) */
    cardBody: whatsapp(1, 160),
    /** Meta: card body at most 2 line breaks (Interactive media carousel messages guide) */
    cardBodyLineBreaks: whatsapp(0, 2),
    /**
     * Meta: "one or more" quick replies per card, no documented maximum (Interactive media carousel
     * messages guide, whose example and screenshots have 2); botpress caps 2, pywa 3. Past 2 (or
     * `carouselQuickReplyMax`) is only a warning; junk is bounded by `structure.listItems`
     */
    quickReplies: guard(1, 2),
    /**
     * Meta: quick reply id ≤256 characters (Interactive media carousel messages guide, May 2026;
     * an older version said 20)
     */
    quickReplyId: whatsapp(1, 256),
    /** Meta: quick reply title 1–20 characters (Interactive media carousel messages guide) */
    quickReplyTitle: whatsapp(1, 20),
    /** Meta: card cta_url display_text 1–20 characters (Interactive media carousel messages guide) */
    displayText: whatsapp(1, 20),
  },
  voiceCall: {
    /**
     * Meta: voice_call display_text ≤20 characters, default "Call Now" (Call button messages
     * guide)
     */
    displayText: whatsapp(1, 20),
    /** Meta: ttl_minutes 1–43200, default 10080 (Call button messages guide) */
    ttlMinutes: whatsappDefault(1, 43200, 10080),
    /** Meta: payload ≤512 characters (Call button messages guide) */
    payload: whatsapp(1, 512),
  },
  address: {
    /**
     * Meta: in_pin_code ≤6 characters (Address messages guide). An empty field is a field left
     * blank: the guide's saved-address example sends `"building_name": ""` and the customer's
     * reply echoes it, so no address field has a minimum.
     */
    inPinCode: whatsapp(0, 6),
    /** Meta: address fields have no documented maximum, and may be empty (Address messages guide) */
    field: guard(0, 256),
    /** Meta: a saved address id has no documented maximum (Address messages guide) */
    savedAddressId: guard(1, 256),
  },
  media: {
    /**
     * Meta: an uploaded media id has no documented maximum (Messages API reference, media object);
     * ids are about 16 digits
     */
    id: guard(1, 256),
    /**
     * Meta: a document filename has no documented maximum (Messages API reference, media object);
     * 240 fits every file system
     */
    filename: guard(1, 240),
    /**
     * Meta: an image (JPEG or PNG) is at most 5 MB (Media reference, "Supported media types"),
     * a file a media link points to or one uploaded; an MB here is 1024² bytes, as `describeSize` words it
     */
    imageBytes: whatsapp(1, 5 * 1024 * 1024),
    /** Meta: a video (MP4 or 3GPP) is at most 16 MB (Media reference, "Supported media types") */
    videoBytes: whatsapp(1, 16 * 1024 * 1024),
    /**
     * Meta: a document (PDF, Word, Excel, PowerPoint or plain text) is at most 100 MB (Media
     * reference, "Supported media types")
     */
    documentBytes: whatsapp(1, 100 * 1024 * 1024),
  },
  /** This kit's hard bounds on the shape of a message, far past anything real. */
  structure: {
    /**
     * Kit: a list (buttons, rows, cards, quick replies, saved addresses) is checked up to 100
     * items; no documented maximum for some lists, the largest documented one is 30 products
     */
    listItems: kit(0, 100),
    /**
     * Kit: free-form JSON (flow data) nests at most 32 levels; no documented maximum, no real flow
     * comes close, and far deeper values cannot be serialised
     */
    jsonDepth: kit(0, 32),
    /**
     * Kit: a file opened as a draft is at most 256 KiB (its size), and text typed or pasted in
     * place of one at most 256 KiB in UTF-8, as a file of it would be; no
     * documented maximum for a file, but a send request is far smaller (the proxy refuses bodies
     * past 64 KiB by default), and a larger text held in a form only freezes the page
     */
    draftFile: kit(0, 256 * 1024),
  },
  send: {
    /**
     * Briq: the digits of `to` after an optional `+`, the first not 0: 7–18 (docs.briq.tz,
     * Karibu-WhatsApp/messages/send-interactive; api-reference/karibu-whatsapp-messages/send-a-message).
     * The schema says "7–20 characters" beside the pattern `^\+?[1-9]\d{6,17}$`, which stops at 18
     * digits (19 characters with the `+`): the pattern is the stricter, so these are its bounds.
     */
    to: briq(7, 18),
    /**
     * Briq: the older send-interactive `recipient`, 4–20 characters, a leading + stripped
     * (docs.briq.tz, api-reference/karibu-whatsapp/send-interactive-message)
     */
    legacyRecipient: briq(4, 20),
    /** Briq: sender ≤64 characters (docs.briq.tz, Karibu-WhatsApp/messages/send-interactive) */
    sender: briq(1, 64),
    /**
     * Briq: text body 1–4096 characters (docs.briq.tz, Karibu-WhatsApp/messages/send-text;
     * api-reference/karibu-whatsapp-messages/send-a-message)
     */
    text: briq(1, 4096),
    /**
     * Briq: template_name ≤512 characters (docs.briq.tz, Karibu-WhatsApp/messages/send-template;
     * api-reference/karibu-whatsapp-messages/send-a-message)
     */
    templateName: briq(1, 512),
  },
  /** Query parameters of Briq's read endpoints (list messages, conversations, templates). */
  query: {
    /**
     * Briq: GET /v1/whatsapp/messages limit 1–200, default 100 (docs.briq.tz,
     * api-reference/karibu-whatsapp-messages/list-poll-messages)
     */
    messagesLimit: briqPage(1, 200, 100),
    /**
     * Briq: GET /v1/whatsapp/conversations limit 1–100, default 50 (docs.briq.tz,
     * api-reference/karibu-whatsapp-conversations/list-conversations)
     */
    conversationsLimit: briqPage(1, 100, 50),
    /**
     * Briq: GET /v1/whatsapp/conversations recipient 4–20 characters (docs.briq.tz,
     * api-reference/karibu-whatsapp-conversations/list-conversations)
     */
    conversationsRecipient: briq(4, 20),
    /**
     * Briq: GET /v1/whatsapp/conversations search ≤64 characters (docs.briq.tz,
     * api-reference/karibu-whatsapp-conversations/list-conversations)
     */
    conversationsSearch: briq(0, 64),
    /**
     * Briq: GET /v1/whatsapp/templates limit 1–200, default 50 (docs.briq.tz,
     * api-reference/karibu-whatsapp/list-templates)
     */
    templatesLimit: briqPage(1, 200, 50),
    /**
     * Briq: GET /v1/whatsapp/templates name_or_content ≤200 characters (docs.briq.tz,
     * api-reference/karibu-whatsapp/list-templates)
     */
    templatesNameOrContent: briq(0, 200),
  },
} as const satisfies Record<string, Record<string, Limit>>

/** Briq's pattern for `to` on the unified and per-type sends: optional `+`, then `LIMITS.send.to` digits, not starting with 0. */
// A pure call with no arguments, so a bundle that never tests a number drops it whole (a pure
// `new RegExp` alone would keep its arguments' reads of LIMITS).
export const BRIQ_PHONE_PATTERN: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`^\\+?[1-9]\\d{${LIMITS.send.to.min - 1},${LIMITS.send.to.max - 1}}$`))()

/** A UUID in its canonical text form, any version: Briq's ids (messages, conversations, senders). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The one country WhatsApp offers address messages in: Meta's Address messages guide makes them
 * available to businesses and customers in India only. `iso` is the ISO 3166 code
 * `action.parameters.country` takes; `callingCode` the one a customer's number starts with.
 */
export const ADDRESS_MESSAGE_COUNTRY = { iso: 'IN', callingCode: '91' } as const

/** The only `flow_message_version` Meta accepts. */
export const FLOW_MESSAGE_VERSION = '3'
