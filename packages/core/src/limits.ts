/**
 * Every limit WhatsApp and Briq put on an interactive send, in one table. The zod schemas,
 * the builder's counters, the preview's overflow marks, the proxy's checks and the mock's
 * failure reasons all read this table; no limit is written anywhere else.
 *
 * Text limits count Unicode code points (see `countCharacters`); a UTF-16 length over `max`
 * is reported as a warning only. Sources: ../shared/whatsapp-interactive.md and briq-api.md
 * ([M] Meta guide, [R] Meta reference/OpenAPI, [L] client libraries, [O] observed API errors).
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
 * `min` (1 for text: Meta refuses empty text with "Min length: 1") is always an error.
 */
export type LimitKind = 'whatsapp' | 'briq' | 'guard' | 'kit'

/** One limit: an inclusive range, whose rule it is, and where it comes from. */
export interface Limit {
  /** Smallest allowed length or count (inclusive). Below it is always an error. */
  readonly min: number
  /** Largest allowed length or count (inclusive); what passing it means depends on `kind`. */
  readonly max: number
  /** Whose rule `max` is: WhatsApp's or Briq's (an error above it) or our own guard (a warning). */
  readonly kind: LimitKind
  /** Above this a value is allowed but warned about (e.g. the flow CTA's disputed 20). */
  readonly warnAbove?: number
  /** Where the number comes from, for people reading an error. */
  readonly source: string
}

const make =
  (kind: LimitKind) =>
  (min: number, max: number, source: string, warnAbove?: number): Limit =>
    warnAbove === undefined ? { min, max, kind, source } : { min, max, kind, source, warnAbove }

/** A limit Meta documents for WhatsApp. */
const whatsapp = make('whatsapp')
/** A limit Briq documents for its API. */
const briq = make('briq')
/** Our own bound where nobody documents one: passing it is a warning, never an error. */
const guard = make('guard')
/** Our own hard bound on junk where nobody documents one: passing it is an error naming the kit. */
const kit = make('kit')

/** The limits table. Keys name the field the way the builder labels it. */
export const LIMITS = {
  header: {
    text: whatsapp(1, 60, 'Meta: header text 1–60 characters [M/R]; empty text → 131009 [O]'),
    subText: whatsapp(1, 60, 'Meta reference: header sub_text ≤60 [R]'),
  },
  body: {
    text: whatsapp(1, 1024, 'Meta: body text 1–1024 for every type [M/R]; observed rejection above 1024 [O]'),
    /** Opt-in only: the list guide says 4096, the reference and a live rejection say 1024. */
    listTextExtended: whatsapp(1, 4096, 'Meta list guide: ≤4096 (disputed, §8) [M]'),
  },
  footer: {
    text: whatsapp(1, 60, 'Meta: footer text 1–60 characters [M/R]'),
  },
  button: {
    count: whatsapp(1, 3, 'Meta: 1–3 reply buttons; 131009 "Invalid buttons count" [M/R/O]'),
    id: whatsapp(1, 256, 'Meta: reply button id 1–256 characters [M/R]'),
    title: whatsapp(1, 20, 'Meta: button title 1–20; 131009 "Button title length invalid" [M/R/O]'),
  },
  list: {
    button: whatsapp(1, 20, 'Meta: list button label 1–20 characters [M/R]'),
    sections: whatsapp(1, 10, 'Meta: 1–10 sections [M/R]'),
    rowsPerSection: whatsapp(1, 10, 'Meta: every section needs ≥1 row [M/O]'),
    rowsTotal: whatsapp(1, 10, 'Meta: ≤10 rows across all sections; 131009 "Total row count exceed" [M/O]'),
    sectionTitle: whatsapp(1, 24, 'Meta: section title 1–24; required with more than one section [R/L]'),
    rowId: whatsapp(1, 200, 'Meta: row id 1–200 characters [M]'),
    rowTitle: whatsapp(1, 24, 'Meta: row title 1–24; "Row title is too long" [M/O]'),
    rowDescription: whatsapp(1, 72, 'Meta: row description 1–72 characters [M]'),
  },
  ctaUrl: {
    displayText: whatsapp(1, 20, 'Meta: cta_url display_text 1–20 characters [M]'),
    url: guard(1, 2048, 'Meta: no documented maximum [M]; above 2048, the practical browser URL limit, is unusual [U]'),
  },
  flow: {
    cta: whatsapp(1, 30, 'Meta: flow_cta advised ≤30 (OpenAPI maxLength 30); libraries enforce 20 (§8)', 20),
    id: guard(1, 256, 'Meta: flow_id; no documented maximum (ids are about 16 digits) [U]'),
    name: guard(1, 256, 'Meta: flow_name; no documented maximum [U]'),
    token: guard(1, 1024, 'Meta: flow_token; no documented maximum (a signed JWT is often 500–900 characters) [U]'),
    screen: guard(1, 256, 'Meta: flow_action_payload.screen, an entry screen id; no documented maximum [U]'),
  },
  product: {
    catalogId: guard(1, 256, 'Meta: catalog_id; no documented maximum [U]'),
    retailerId: guard(1, 256, 'Meta: product_retailer_id; no documented maximum [U]'),
  },
  productList: {
    sections: whatsapp(1, 10, 'Meta: 1–10 sections [M/R]'),
    itemsPerSection: whatsapp(1, 30, 'Meta: every section needs ≥1 product [M/R]'),
    itemsTotal: whatsapp(1, 30, 'Meta: ≤30 products across all sections [M/R]'),
    sectionTitle: whatsapp(1, 24, 'Meta: section title ≤24; required with more than one section [R/L]'),
  },
  carousel: {
    cards: whatsapp(2, 10, 'Meta: 2–10 cards [M]'),
    cardIndex: whatsapp(0, 9, 'Meta: card_index 0–9, unique, left to right [M]'),
    cardBody: whatsapp(1, 160, 'Meta: card body ≤160 characters [M]'),
    cardBodyLineBreaks: whatsapp(0, 2, 'Meta: card body at most 2 line breaks [M]'),
    quickReplies: guard(
      1,
      2,
      'Meta: "one or more" quick replies, no maximum (example 2; botpress caps 2, pywa 3) (§8)',
    ),
    quickReplyId: whatsapp(1, 256, 'Meta: quick reply id ≤256 (May 2026 page) [M]'),
    quickReplyTitle: whatsapp(1, 20, 'Meta: quick reply title 1–20 [M]'),
    displayText: whatsapp(1, 20, 'Meta: card cta_url display_text 1–20 [M]'),
  },
  voiceCall: {
    displayText: whatsapp(1, 20, 'Meta: voice_call display_text ≤20, default "Call Now" [M]'),
    ttlMinutes: whatsapp(1, 43200, 'Meta: ttl_minutes 1–43200, default 10080 [M]'),
    payload: whatsapp(1, 512, 'Meta: payload ≤512 [M]'),
  },
  address: {
    inPinCode: whatsapp(1, 6, 'Meta: in_pin_code ≤6 [M]'),
    field: guard(1, 256, 'Meta: address fields; no documented maximum [U]'),
    savedAddressId: guard(1, 256, 'Meta: saved address id; no documented maximum [U]'),
  },
  media: {
    id: guard(1, 256, 'Meta: uploaded media id; no documented maximum (ids are about 16 digits) [U]'),
    filename: guard(1, 240, 'Meta: document filename; no documented maximum; 240 fits every file system [U]'),
  },
  /** This kit's hard bounds on the shape of a message, far past anything real. */
  structure: {
    listItems: kit(
      0,
      100,
      'Kit: a list (buttons, rows, cards, quick replies, saved addresses) is checked up to 100 items; no documented maximum for some lists, the largest documented one is 30 products',
    ),
    jsonDepth: kit(
      0,
      32,
      'Kit: free-form JSON (flow data) nests at most 32 levels; no documented maximum, no real flow comes close, and far deeper values cannot be serialised',
    ),
  },
  send: {
    /**
     * Digits of `to` after an optional `+`, the first not 0. Briq's schema says "7–20 characters"
     * beside the pattern `^\+?[1-9]\d{6,17}$`, which stops at 18 digits (19 characters with the
     * `+`): the pattern is the stricter of the two, so the bounds here are its bounds.
     */
    to: briq(
      7,
      18,
      'Briq: to matches ^\\+?[1-9]\\d{6,17}$ (7–18 digits; its "7–20 characters" is never reached) [G2/G3]',
    ),
    legacyRecipient: briq(
      4,
      20,
      'Briq: the older send-interactive `recipient`, 4–20 characters, leading + stripped [G1]',
    ),
    sender: briq(1, 64, 'Briq: sender ≤64 characters [G3]'),
    text: briq(1, 4096, 'Briq: text body 1–4096 [G1/G2/G3]'),
    templateName: briq(1, 512, 'Briq: template_name ≤512 [G2/G3]'),
  },
  /** Query parameters of Briq's read endpoints (list messages, conversations, templates). */
  query: {
    messagesLimit: briq(1, 200, 'Briq: GET /v1/whatsapp/messages limit 1–200, default 100'),
    conversationsLimit: briq(1, 100, 'Briq: GET /v1/whatsapp/conversations limit 1–100, default 50'),
    conversationsRecipient: briq(4, 20, 'Briq: GET /v1/whatsapp/conversations recipient 4–20 characters'),
    conversationsSearch: briq(0, 64, 'Briq: GET /v1/whatsapp/conversations search ≤64 characters'),
    templatesLimit: briq(1, 200, 'Briq: GET /v1/whatsapp/templates limit 1–200, default 50'),
    templatesNameOrContent: briq(0, 200, 'Briq: GET /v1/whatsapp/templates name_or_content ≤200 characters'),
  },
} as const satisfies Record<string, Record<string, Limit>>

/** Briq's phone pattern for `to` (G2/G3): optional `+`, then `LIMITS.send.to` digits, not starting with 0. */
export const BRIQ_PHONE_PATTERN: RegExp = /* @__PURE__ */ new RegExp(
  `^\\+?[1-9]\\d{${LIMITS.send.to.min - 1},${LIMITS.send.to.max - 1}}$`,
)

/** A UUID in its canonical text form, any version: Briq's ids (messages, conversations, senders). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The only `flow_message_version` Meta accepts. */
export const FLOW_MESSAGE_VERSION = '3'
