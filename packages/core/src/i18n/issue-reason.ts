/**
 * Stable sub-codes of issues whose wording needs more than the code (which rule, which shape).
 * An issue's `reason` picks its sentence in a catalogue; `code` stays the coarse class to branch
 * on. New reasons are added here and worded in every catalogue (the type makes a missing
 * wording a compile error).
 */
export const ISSUE_REASONS = [
  // structure
  'not_in_type',
  'header_kind',
  'one_of',
  'unknown_field',
  'unknown_request_field',
  'unreadable',
  // the kit's own hard bounds on junk
  'list_items',
  'json_depth',
  'json_data',
  // text typed as JSON (the builder's JSON tab and JSON fields, an opened file)
  'not_json',
  'not_json_object',
  'json_text_too_large',
  'json_text_too_deep',
  'json_number_too_big',
  'other_message',
  // text and URLs
  'spaces_around',
  'blank',
  'broken_character',
  'control_character',
  'url_spaces',
  'url_local_host',
  'url_http',
  'no_emoji',
  'maybe_emoji',
  // counts, uniqueness and ranges
  'count',
  'unique',
  'repeated_reply_id',
  'repeated_product',
  'looks_alike',
  'differs_in_case',
  'ttl_range',
  'card_index_range',
  'number_too_big',
  'card_line_breaks',
  // carousel
  'quick_replies_exclusive',
  'card_kind_mismatch',
  'card_media_id',
  'card_index_duplicate',
  'catalog_mismatch',
  'card_index_gap',
  'card_index_order',
  // lists, products, media, address
  'section_title_required',
  'catalog_thumbnail',
  'media_source_required',
  'media_source_conflict',
  'header_caption',
  'country_code',
  'country_india_only',
  'address_recipient_india_only',
  'address_error_key',
  // flow
  'flow_media_header',
  'flow_id_and_name',
  'flow_id_or_name',
  'flow_cta_long',
  'flow_payload_navigate_only',
  'flow_data_empty',
  // the send request
  'target_conflict',
  'target_required',
  'to_ignored',
  'sender_ignored',
  'sender_id_deprecated',
  'media_unchecked',
  'recipient_digits',
  // phone numbers (normalizePhone)
  'phone_not_text',
  'phone_empty',
  'phone_letters',
  'phone_character',
  'phone_alternatives',
  'phone_several_numbers',
  'phone_plus_position',
  'phone_parenthesis_nested',
  'phone_parenthesis_unopened',
  'phone_parenthesis_unclosed',
  'phone_no_digits',
  'phone_plus_and_00',
  'phone_prefix_ambiguous',
  'phone_national_length_after_zero',
  'phone_national_too_short',
  'phone_country_code_zero',
  'phone_stray_zero',
  'phone_zero_left_out',
  'phone_national_length',
  'phone_length',
  'phone_not_international',
] as const

/** One of `ISSUE_REASONS`. */
export type IssueReason = (typeof ISSUE_REASONS)[number]

/**
 * The reasons of text typed where JSON belongs that cannot be used (the builder's JSON tab and
 * JSON fields, an opened file): the editor keeps such text, unread, beside the draft.
 */
export const JSON_TEXT_REASONS = [
  'not_json',
  'not_json_object',
  'json_text_too_large',
  'json_text_too_deep',
  'json_number_too_big',
  'other_message',
] as const satisfies readonly IssueReason[]

/** What a count issue (`reason: "count"`) counts. */
export type CountNoun = 'button' | 'section' | 'row' | 'product' | 'card' | 'quick_reply'

/** Where a count issue counts: the message, a list, a product list, a carousel, a section or a card. */
export type CountScope = 'message' | 'list' | 'product_list' | 'carousel' | 'section' | 'card'

/** A carousel card's kind, for `card_kind_mismatch`. */
export type CardKind = 'product' | 'url' | 'quick_reply'

/**
 * The values an issue's sentence needs beyond `limit` and `actual`, by reason. Every value is
 * JSON (strings, numbers, lists of them), so issues stay serialisable.
 */
export interface IssueParams {
  /** `not_in_type`, `header_kind`: the message type (`"list"`); `other_message`: another kind's (`"text"`). */
  type?: string
  /** `header_kind`, `flow_media_header`: the header kind given (`"image"`). */
  kind?: string
  /** `header_kind`, `one_of`, `address_error_key`: the allowed values. */
  allowed?: readonly string[]
  /** `unknown_field`, `unknown_request_field`, `address_error_key`: the key; `json_number_too_big`: where the number is, its keys joined by dots. */
  key?: string
  /**
   * `invalid_type`: the type expected (`string`, `number`, `int`, `boolean`, `object`, `array`).
   * `not_json`: what the JSON grammar wanted where the text breaks (a `JsonExpected`).
   */
  expected?: string
  /** `not_json`: the 1-based line where the text stops being JSON. */
  line?: number
  /** `not_json`: the 1-based column there. */
  column?: number
  /** `not_json`: what was found there (a character or a word); absent when the text ends. */
  found?: string
  /** `not_json`: the JavaScript habit that broke it, when one did (a `JsonSyntaxCause`: `comment`, `trailing_comma`, `single_quotes`). */
  cause?: string
  /** `not_json`, `not_json_object`, `other_message`: the name of the file read, when the text came from one. */
  file?: string
  /** `unreadable`: what the engine said (technical, not translated). */
  detail?: string
  /** `url_local_host`: the unreachable host. */
  host?: string
  /** `count`: what is counted. */
  noun?: CountNoun
  /** `count`: the container counted in. */
  scope?: CountScope
  /**
   * `count`, `card_kind_mismatch`, `card_index_duplicate`: the 1-based section or card number.
   * `broken_character`: the 1-based position, in characters (code points), of the first half;
   * `control_character`: of the first control character.
   */
  at?: number
  /** `unique`, `looks_alike`, `differs_in_case`: which field repeats (`"id"`, `"title"`, `"product_retailer_id"`). */
  what?: string
  /** `unique`, `looks_alike`, `differs_in_case`: the repeated value (for `looks_alike` and `differs_in_case`, the later one as written). */
  value?: string
  /** `unique`, `looks_alike`, `differs_in_case`: the path of the first item with that value (or one like it). */
  first?: readonly (string | number)[]
  /** `card_kind_mismatch`: this card's kind. */
  cardKind?: CardKind
  /** `card_kind_mismatch`: this card's number of buttons. */
  buttons?: number
  /** `card_kind_mismatch`: card 1's kind, which every card must share. */
  firstKind?: CardKind
  /** `card_kind_mismatch`: card 1's number of buttons, which every card must share. */
  firstButtons?: number
  /** `card_index_duplicate`: the repeated card_index. */
  index?: number
  /** `card_index_duplicate`: the 1-based card that has it first. */
  firstCard?: number
  /**
   * `ttl_range`, `card_index_range`, `phone_length`: the least allowed; also the national length
   * reasons (`phone_national_length`, `phone_national_too_short`, `phone_national_length_after_zero`)
   * where that country's numbers have more than one length (Brazil's 10–11).
   */
  min?: number
  /** `ttl_range`, `card_index_range`, `phone_length`, and the national length reasons as for `min`: the most allowed. */
  max?: number
  /** Phone reasons: the country code involved (`"255"`). */
  countryCode?: string
  /**
   * `phone_national_too_short`: that country's trunk prefix where it is not 0 (`"8"` in Russia,
   * `""` where there is none, as in the NANP).
   */
  trunkPrefix?: string
  /** `phone_prefix_ambiguous`: the prefix typed that is also 00 and a country code (`"009"` in Nigeria). */
  prefix?: string
  /**
   * `phone_prefix_ambiguous`: each number the digits can be; `phone_several_numbers`: each number
   * written, in the order written. E.164 digits without `+`.
   */
  readings?: readonly string[]
  /**
   * `phone_character`: the refused character, as `U+XXXX` (and the character when visible);
   * `maybe_emoji`: the symbol, as `"❤" (U+2764)`; `control_character`: the control, as `U+0001`.
   */
  character?: string
  /** The issue is about the send request as a whole (path `[]` of `validateSendRequest`). */
  request?: boolean
}
