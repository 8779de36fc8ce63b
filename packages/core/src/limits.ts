/**
 * Every limit WhatsApp and Briq put on an interactive send, in one table. The zod schemas,
 * the builder's counters, the preview's overflow marks, the proxy's checks and the mock's
 * failure reasons all read this table; no limit is written anywhere else.
 *
 * Text limits count Unicode code points (see `countCharacters`); a UTF-16 length over `max`
 * is reported as a warning only. Sources: ../shared/whatsapp-interactive.md and briq-api.md
 * ([M] Meta guide, [R] Meta reference/OpenAPI, [L] client libraries, [O] observed API errors).
 */

/** One limit: an inclusive range and where it comes from. */
export interface Limit {
  /** Smallest allowed length or count (inclusive). */
  readonly min: number
  /** Largest allowed length or count (inclusive). */
  readonly max: number
  /** Above this a value is allowed but warned about (e.g. the flow CTA's disputed 20). */
  readonly warnAbove?: number
  /** Where the number comes from, for people reading an error. */
  readonly source: string
}

const limit = (min: number, max: number, source: string, warnAbove?: number): Limit =>
  warnAbove === undefined ? { min, max, source } : { min, max, source, warnAbove }

/** The limits table. Keys name the field the way the builder labels it. */
export const LIMITS = {
  header: {
    text: limit(1, 60, 'Meta: header text 1–60 characters [M/R]; empty text → 131009 [O]'),
    subText: limit(1, 60, 'Meta reference: header sub_text ≤60 [R]'),
  },
  body: {
    text: limit(1, 1024, 'Meta: body text 1–1024 for every type [M/R]; observed rejection above 1024 [O]'),
    /** Opt-in only: the list guide says 4096, the reference and a live rejection say 1024. */
    listTextExtended: limit(1, 4096, 'Meta list guide: ≤4096 (disputed, §8) [M]'),
  },
  footer: {
    text: limit(1, 60, 'Meta: footer text 1–60 characters [M/R]'),
  },
  button: {
    count: limit(1, 3, 'Meta: 1–3 reply buttons; 131009 "Invalid buttons count" [M/R/O]'),
    id: limit(1, 256, 'Meta: reply button id 1–256 characters [M/R]'),
    title: limit(1, 20, 'Meta: button title 1–20; 131009 "Button title length invalid" [M/R/O]'),
  },
  list: {
    button: limit(1, 20, 'Meta: list button label 1–20 characters [M/R]'),
    sections: limit(1, 10, 'Meta: 1–10 sections [M/R]'),
    rowsPerSection: limit(1, 10, 'Meta: every section needs ≥1 row [M/O]'),
    rowsTotal: limit(1, 10, 'Meta: ≤10 rows across all sections; 131009 "Total row count exceed" [M/O]'),
    sectionTitle: limit(1, 24, 'Meta: section title 1–24; required with more than one section [R/L]'),
    rowId: limit(1, 200, 'Meta: row id 1–200 characters [M]'),
    rowTitle: limit(1, 24, 'Meta: row title 1–24; "Row title is too long" [M/O]'),
    rowDescription: limit(1, 72, 'Meta: row description 1–72 characters [M]'),
  },
  ctaUrl: {
    displayText: limit(1, 20, 'Meta: cta_url display_text 1–20 characters [M]'),
    url: limit(1, 2048, 'No documented maximum [M]; 2048 is the practical browser URL limit [U]'),
  },
  flow: {
    cta: limit(1, 30, 'Meta: flow_cta advised ≤30 (OpenAPI maxLength 30); libraries enforce 20 (§8)', 20),
    id: limit(1, 256, 'Meta: flow_id; no documented maximum, 256 guards against junk [U]'),
    name: limit(1, 256, 'Meta: flow_name; no documented maximum, 256 guards against junk [U]'),
    token: limit(1, 256, 'Meta: flow_token; no documented maximum, 256 guards against junk [U]'),
    screen: limit(1, 256, 'Meta: flow_action_payload.screen, an entry screen id; no documented maximum [U]'),
  },
  product: {
    catalogId: limit(1, 256, 'Meta: catalog_id; no documented maximum [U]'),
    retailerId: limit(1, 256, 'Meta: product_retailer_id; no documented maximum [U]'),
  },
  productList: {
    sections: limit(1, 10, 'Meta: 1–10 sections [M/R]'),
    itemsPerSection: limit(1, 30, 'Meta: every section needs ≥1 product [M/R]'),
    itemsTotal: limit(1, 30, 'Meta: ≤30 products across all sections [M/R]'),
    sectionTitle: limit(1, 24, 'Meta: section title ≤24; required with more than one section [R/L]'),
  },
  carousel: {
    cards: limit(2, 10, 'Meta: 2–10 cards [M]'),
    cardIndex: limit(0, 9, 'Meta: card_index 0–9, unique, left to right [M]'),
    cardBody: limit(1, 160, 'Meta: card body ≤160 characters [M]'),
    cardBodyLineBreaks: limit(0, 2, 'Meta: card body at most 2 line breaks [M]'),
    quickReplies: limit(1, 2, 'Meta: "one or more" quick replies (example 2); botpress caps 2 (§8)'),
    quickReplyId: limit(1, 256, 'Meta: quick reply id ≤256 (May 2026 page) [M]'),
    quickReplyTitle: limit(1, 20, 'Meta: quick reply title 1–20 [M]'),
    displayText: limit(1, 20, 'Meta: card cta_url display_text 1–20 [M]'),
  },
  voiceCall: {
    displayText: limit(1, 20, 'Meta: voice_call display_text ≤20, default "Call Now" [M]'),
    ttlMinutes: limit(1, 43200, 'Meta: ttl_minutes 1–43200, default 10080 [M]'),
    payload: limit(1, 512, 'Meta: payload ≤512 [M]'),
  },
  address: {
    inPinCode: limit(1, 6, 'Meta: in_pin_code ≤6 [M]'),
    field: limit(1, 256, 'Meta: address fields; no documented maximum, 256 guards against junk [U]'),
    savedAddressId: limit(1, 256, 'Meta: saved address id; no documented maximum, 256 guards against junk [U]'),
  },
  media: {
    id: limit(1, 256, 'Meta: uploaded media id; no documented maximum, 256 guards against junk [U]'),
    filename: limit(1, 240, 'Meta: document filename; no documented maximum; 240 fits every file system [U]'),
  },
  send: {
    to: limit(7, 20, 'Briq: to 7–20 characters, ^\\+?[1-9]\\d{6,17}$ [G2/G3]'),
    legacyRecipient: limit(
      4,
      20,
      'Briq: the older send-interactive `recipient`, 4–20 characters, leading + stripped [G1]',
    ),
    sender: limit(1, 64, 'Briq: sender ≤64 characters [G3]'),
    text: limit(1, 4096, 'Briq: text body 1–4096 [G1/G2/G3]'),
    templateName: limit(1, 512, 'Briq: template_name ≤512 [G2/G3]'),
  },
} as const satisfies Record<string, Record<string, Limit>>

/** Briq's phone pattern for `to` (G2/G3): optional `+`, then 7–18 digits, not starting with 0. */
export const BRIQ_PHONE_PATTERN = /^\+?[1-9]\d{6,17}$/

/** The only `flow_message_version` Meta accepts. */
export const FLOW_MESSAGE_VERSION = '3'
