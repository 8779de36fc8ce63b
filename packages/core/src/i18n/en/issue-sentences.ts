import { type ControlKind, controlKind } from '../../control-characters.ts'
import type { Issue } from '../../issue.ts'
import { ADDRESS_MESSAGE_COUNTRY, LIMITS } from '../../limits.ts'
import { ownEntry } from '../../own-entry.ts'
import { CAROUSEL_QUICK_REPLY_MAX_READINGS } from '../../schemas/schema-options.ts'
import type { IssueSentences } from '../core-messages.ts'
import { isPluralPath } from '../field-parts.ts'
import { containerPath, isBriqFieldPath, isMessageTypePath, isUnseenPath, ownerPath } from '../field-paths.ts'
import type { CardKind, CountNoun, CountScope } from '../issue-reason.ts'
import { pickedType } from '../picked-type.ts'
import { wordFor } from '../word-for.ts'
import { fieldEn as field, subjectEn as subject, TYPE_NAMES_EN, typeEn as type } from './field-names.ts'
import { plural } from './grammar.ts'

// WhatsApp's call button lifetime when ttl_minutes is left out (LIMITS), and a day in minutes.
const TTL_DEFAULT = LIMITS.voiceCall.ttlMinutes.default
const MINUTES_PER_DAY = 24 * 60
// Quick replies per carousel card in Meta's example, and the caps libraries set (LIMITS, the option).
const QUICK_REPLIES_SHOWN = LIMITS.carousel.quickReplies.max
const QUICK_REPLY_READINGS = CAROUSEL_QUICK_REPLY_MAX_READINGS.map(String)

const either = (values: readonly string[]): string =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`
// Each value quoted, the last joined by "or", as a choice reads: `"navigate" or "data_exchange"`.
const quoted = (values: readonly string[]): string => either(values.map((v) => `"${v}"`))
const a = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`)
const owner = (issue: Issue): string =>
  issue.rule === 'briq' ? 'Briq' : issue.rule === 'kit' ? 'this kit' : 'WhatsApp'

// A list of items is named in the plural ("Buttons"), and its verb agrees: "Buttons are required";
// so does an action's parameters: "Parameters are required".
const namesList = (i: Issue): boolean => !i.params?.request && isPluralPath(i.path)
const is = (i: Issue): string => `${subject(i)} ${namesList(i) ? 'are' : 'is'}`
const has = (i: Issue): string => `${subject(i)} ${namesList(i) ? 'have' : 'has'}`

// A repeated value's item, and the item it repeats: "Button 2", "button 1".
const item = (i: Issue): string => field(containerPath(i.path))
const firstItem = (i: Issue): string => field(containerPath(i.params?.first ?? [])).toLowerCase()
// What repeats, with "ID" as the builder labels ids ("Button 2 ID").
const repeated = (i: Issue): string => (i.params?.what === 'id' ? 'ID' : (i.params?.what ?? 'value'))

// A control character named for what it does.
const CONTROLS: Record<ControlKind, string> = {
  line_break: 'a line break',
  tab: 'a tab',
  direction: 'an invisible direction control',
  invisible: 'an invisible control character',
}

const NOUNS: Record<CountNoun, string> = {
  button: 'button',
  section: 'section',
  row: 'row',
  product: 'product',
  card: 'card',
  quick_reply: 'quick-reply button',
}

function scope(issue: Issue): string {
  const at = issue.params?.at ?? 0
  const scopes: Record<CountScope, string> = {
    message: 'The message',
    list: 'The list',
    product_list: 'The product list',
    carousel: 'The carousel',
    section: `Section ${at}`,
    card: `Card ${at}`,
  }
  return wordFor(scopes, issue.params?.scope ?? 'message')
}

// A card's kind as what the card is or has: "is a product card", "has a URL button".
function cardKind(kind: CardKind | undefined, buttons: number | undefined): string {
  if (kind === 'product') return 'is a product card'
  if (kind === 'url') return 'has a URL button'
  return `has ${plural(buttons ?? 0, 'quick-reply button')}`
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list (array)',
  record: 'an object',
}

// What no validator of an interactive message or its send produces: the older send's recipient,
// the unified send's media and its `to` beside a `conversation_id` (`validateRequest`), and the
// draft model's text that is not JSON.
type BeyondValidators = 'recipient_digits' | 'media_unchecked' | 'target_conflict' | 'invalid_format'

/**
 * English sentences for every issue code and reason except the phone and JSON-text ones and
 * those of `BeyondValidators` (`sentencesBeyondValidatorsEn`): what the validators word with.
 */
export const issueSentencesEn: Omit<IssueSentences, BeyondValidators> = {
  required: (i) => `${is(i)} required by ${owner(i)}`,
  invalid_type: (i) => {
    const expected = i.params?.expected ?? ''
    return `${subject(i)} must be ${ownEntry(EXPECTED, expected) ?? expected} for ${owner(i)}`
  },
  invalid_value: (i) => `${is(i)} not valid for ${owner(i)}`,
  too_long: (i) => `${is(i)} ${i.actual} characters; ${owner(i)} allows ${i.limit}`,
  too_short: (i) =>
    i.actual === 0
      ? `${is(i)} empty; ${owner(i)} needs at least ${plural(i.limit ?? 1, 'character')}`
      : `${is(i)} ${i.actual} characters; ${owner(i)} needs at least ${i.limit}`,
  too_many: (i) => `${has(i)} ${i.actual}; ${owner(i)} allows at most ${i.limit}`,
  too_few: (i) => `${has(i)} ${i.actual}; ${owner(i)} needs at least ${i.limit}`,
  too_big: (i) => `${is(i)} ${i.actual}; ${owner(i)} allows at most ${i.limit}`,
  too_small: (i) => `${is(i)} ${i.actual}; ${owner(i)} allows at least ${i.limit}`,
  duplicate: (i) => `${subject(i)} repeats another value; ${owner(i)} needs it to be unique`,
  not_allowed: (i) => `${is(i)} not allowed here by ${owner(i)}`,
  unknown_key: (i) => `${field(ownerPath(i.path))} has an unknown field "${i.params?.key}"; ${owner(i)} rejects it`,
  invalid_url: (i) => `${subject(i)} must be an absolute http(s) URL for ${owner(i)}, like https://example.com/page`,
  invalid_phone: (i) =>
    `${subject(i)} must be the number in international format for ${owner(i)}: ${LIMITS.send.to.min} to ${LIMITS.send.to.max} digits, the first not 0, like 255712345678 (an optional leading + is allowed)`,
  invalid_uuid: (i) => `${subject(i)} must be a UUID for ${owner(i)}`,
  conflict: (i) => `${subject(i)} cannot be combined with another field; ${owner(i)} takes only one`,
  too_long_utf16: (i) =>
    `${subject(i)} fits ${i.limit} characters but is ${i.actual} UTF-16 units long (emoji count twice in some clients); ${owner(i)} may reject it`,
  not_recommended: (i) => `${is(i)} not recommended`,
  unusually_long: (i) => `${is(i)} unusually long: ${i.actual} characters; no documented limit`,
  unusually_many: (i) => `${has(i)} unusually many: ${i.actual}; no documented limit`,
  unusually_large: (i) => `${is(i)} unusually large: ${i.actual}; no documented limit`,
  more_issues: (i) =>
    `${i.actual} more problem${i.actual === 1 ? ' was' : 's were'} found and not listed; fix these first`,

  not_in_type: (i) => `${is(i)} not allowed in ${type(i.params?.type)} messages by ${owner(i)}`,
  header_kind: (i) =>
    `${field(i.path.slice(0, -1))} cannot be ${a(i.params?.kind ?? '')}: ${owner(i)} allows only ${either(i.params?.allowed ?? [])} headers in ${type(i.params?.type)} messages`,
  one_of: (i) => {
    const allowed = i.params?.allowed ?? []
    // An unknown message type: the types as the type picker names them, each with its API name for JSON.
    if (isMessageTypePath(i.path) && allowed.length > 1)
      return `${subject(i)} must be one of ${either(allowed.map((value) => pickedType(TYPE_NAMES_EN, value)))} for ${owner(i)}`
    return allowed.length === 1
      ? `${subject(i)} must be ${quoted(allowed)} for ${owner(i)}`
      : `${subject(i)} must be one of ${quoted(allowed)} for ${owner(i)}`
  },
  unknown_field: (i) =>
    `${field(ownerPath(i.path))} ${isPluralPath(ownerPath(i.path)) ? 'have' : 'has'} an unknown field "${i.params?.key}"; WhatsApp rejects unknown fields (error 100)`,
  unknown_request_field: (i) => `"${i.params?.key}" is not a field Briq reads; it is ignored`,
  unreadable: (i) => `The value could not be read: ${i.params?.detail}`,
  list_items: (i) => `${has(i)} ${i.actual} items; this kit checks lists of at most ${i.limit}`,
  json_depth: (i) =>
    `${subject(i)} nests more than ${i.limit} levels deep; this kit checks free-form data to ${i.limit} levels`,
  json_data: (i) =>
    `${subject(i)} must be plain JSON data for ${owner(i)} (text, a finite number, true/false, null, a list or an object)`,
  spaces_around: (i) =>
    i.code === 'not_recommended'
      ? `${has(i)} spaces at its ends; easy to miss, though no rule is documented`
      : `${has(i)} spaces at its ends; ${owner(i)} rejects them`,
  blank: (i) =>
    isBriqFieldPath(i.path)
      ? `${is(i)} only spaces; Briq may reject the request`
      : isUnseenPath(i.path)
        ? `${is(i)} only spaces; WhatsApp may reject the message`
        : `${is(i)} only spaces; the customer sees nothing there, and WhatsApp may reject the message`,
  broken_character: (i) =>
    `${has(i)} a broken character (half of an emoji or symbol) at position ${i.params?.at}; ${isBriqFieldPath(i.path) ? 'Briq' : 'WhatsApp'} may reject it, though no rule is documented`,
  control_character: (i) =>
    `${has(i)} ${CONTROLS[controlKind(i.params?.character ?? '')]} (${i.params?.character}) at position ${i.params?.at}; easy to miss, and ${isBriqFieldPath(i.path) ? 'Briq' : 'WhatsApp'} may reject it, though no rule is documented`,
  url_spaces: (i) =>
    `${subject(i)} contains spaces or control characters; ${owner(i)} rejects them: encode a space as %20`,
  url_local_host: (i) =>
    `${subject(i)} points at "${i.params?.host}", which the customer's phone cannot reach; use a public address`,
  url_http: (i) => `${subject(i)} uses http; WhatsApp recommends https`,
  no_emoji: (i) => `${subject(i)} must not contain emoji; ${owner(i)} rejects them`,
  maybe_emoji: (i) =>
    `${has(i)} ${i.params?.character}, a symbol many apps draw as an emoji; WhatsApp allows no emoji here and may reject it, though it does not say which symbols count`,
  count: (i) => {
    const noun = wordFor(NOUNS, i.params?.noun ?? 'button')
    const count = i.actual ?? 0
    if (i.code === 'unusually_many' && i.params?.noun === 'quick_reply') {
      return `${scope(i)} has ${plural(count, noun)}; WhatsApp documents no maximum, but Meta's example has ${QUICK_REPLIES_SHOWN} and common libraries allow ${either(QUICK_REPLY_READINGS)}`
    }
    if (i.code === 'unusually_many') return `${scope(i)} has unusually many ${noun}s: ${count}; no documented limit`
    if (i.code === 'too_many') return `${scope(i)} has ${plural(count, noun)}; ${owner(i)} allows at most ${i.limit}`
    const has = count === 0 ? `no ${noun}s` : plural(count, noun)
    return `${scope(i)} has ${has}; ${owner(i)} needs at least ${i.limit}`
  },
  unique: (i) =>
    `${item(i)} ${repeated(i)} "${i.params?.value}" is the same as ${firstItem(i)}'s; ${owner(i)} needs unique ${repeated(i)}s`,
  looks_alike: (i) =>
    `${item(i)} ${repeated(i)} "${i.params?.value}" looks the same as ${firstItem(i)}'s but differs in spaces, invisible characters or how an accent is typed; people cannot tell them apart, and WhatsApp may count them as the same`,
  differs_in_case: (i) =>
    `${item(i)} ${repeated(i)} "${i.params?.value}" differs from ${firstItem(i)}'s only in capital letters; the customer may read them as the same answer, and WhatsApp may count them as the same`,
  repeated_reply_id: (i) =>
    `${item(i)} ID "${i.params?.value}" is the same as ${firstItem(i)}'s; the customer's reply will not tell them apart`,
  repeated_product: (i) =>
    `${item(i)} is the same product ("${i.params?.value}") as ${firstItem(i)}; it will be listed twice`,
  ttl_range: (i) =>
    `${is(i)} ${i.actual}; ${owner(i)} allows ${i.params?.min}–${i.params?.max} minutes (default ${TTL_DEFAULT}, ${TTL_DEFAULT / MINUTES_PER_DAY} days)`,
  card_index_range: (i) => `${is(i)} ${i.actual}; ${owner(i)} allows ${i.params?.min}–${i.params?.max}`,
  number_too_big: (i) =>
    `${is(i)} ${i.code === 'too_small' ? 'a negative number' : 'a number'} too large to read (JSON numbers past about 1.8e308 read as infinity); ${owner(i)} allows ${i.params?.min}–${i.params?.max}`,
  card_line_breaks: (i) => `${has(i)} ${i.actual} line breaks; ${owner(i)} allows at most ${i.limit} in a card`,
  quick_replies_exclusive: (i) => `${subject(i)} cannot be combined with quick-reply buttons by ${owner(i)}`,
  card_kind_mismatch: (i) => {
    const p = i.params ?? {}
    return `Card ${p.at} ${cardKind(p.cardKind, p.buttons)} but card 1 ${cardKind(p.firstKind, p.firstButtons)}; ${owner(i)} needs the same kind and number of buttons on every card`
  },
  card_media_id: (i) =>
    `Card ${i.params?.at} header uses an uploaded media id; Meta documents only a link for carousel cards`,
  card_index_duplicate: (i) =>
    `Card ${i.params?.at} card_index ${i.params?.index} is the same as card ${i.params?.firstCard}'s; ${owner(i)} needs unique indexes`,
  catalog_mismatch: (i) =>
    `Card ${i.params?.at} uses another catalog; ${owner(i)} needs the same catalog ID on every product card`,
  card_index_gap: () => 'Card indexes skip numbers; WhatsApp orders cards by card_index, so use 0, 1, 2, …',
  card_index_order: (i) =>
    `Cards are listed out of card_index order: WhatsApp shows them by card_index, so card ${i.params?.at} here (card_index ${i.params?.index}) is not card ${i.params?.at} of what the customer sees`,
  section_title_required: (i) =>
    `Section ${i.params?.at} needs a title: WhatsApp requires section titles when there is more than one section`,
  catalog_thumbnail: () =>
    'No thumbnail product ID: Meta says it is optional, but the API has been seen rejecting catalog messages without it',
  header_caption: () =>
    'Meta documents no caption for a message header: WhatsApp may not show it or may refuse the message, so leave the caption out',
  // The two sources in words, as the builder's choice names them ("A link (URL)", "An uploaded
  // media ID"); the words are the API names ("link", "id"), so JSON needs no code names here.
  media_source_required: (i) => `${subject(i)} needs a link or an uploaded media ID for ${owner(i)}`,
  media_source_conflict: (i) =>
    `${subject(i)} cannot be combined with an uploaded media ID; ${owner(i)} takes only one of the two`,
  country_code: (i) => `${subject(i)} must be a two-letter ISO country code for ${owner(i)}, such as "IN"`,
  country_india_only: (i) => `${owner(i)} supports address messages only for India ("${ADDRESS_MESSAGE_COUNTRY.iso}")`,
  address_error_key: (i) =>
    `${subject(i)}: the key "${i.params?.key}" names no address field, so ${owner(i)} has nowhere to show its message; use ${either(i.params?.allowed ?? [])}`,
  flow_media_header: (i) =>
    `${owner(i)} documents only text headers for flow messages; ${a(i.params?.kind ?? '')} header may be refused, so use a text header or none`,
  flow_id_and_name: (i) => `The flow has both a flow ID and a flow name; ${owner(i)} takes only one`,
  flow_id_or_name: (i) => `The flow needs a flow ID or a flow name for ${owner(i)}`,
  flow_cta_long: (i) =>
    `${is(i)} ${i.actual} characters; Meta allows ${LIMITS.flow.cta.max} but several clients cut it at ${i.limit}`,
  flow_payload_navigate_only: (i) =>
    `With flow_action "data_exchange" your flow's endpoint sends the first screen and its data, so ${owner(i)} takes no flow_action_payload: leave it out, or use "navigate"`,
  flow_data_empty: (i) => `${owner(i)} rejects empty flow data; leave it out instead`,
  target_required: (i) => `${owner(i)} needs a recipient number (to) or a conversation_id`,
  address_recipient_india_only: () =>
    `WhatsApp delivers address messages only to customers in India: this number does not start with +${ADDRESS_MESSAGE_COUNTRY.callingCode}`,
  to_ignored: () =>
    'Briq ignores the recipient number (to) when a conversation_id is given: the conversation decides who receives it and which number sends',
  sender_ignored: () => 'Briq ignores the sender when a conversation_id is given: the conversation decides it',
  sender_id_deprecated: () => 'The sender_id field is deprecated by Briq; use sender',
}

/**
 * English sentences for the issues no validator of an interactive message or its send produces,
 * kept apart so the browser bundle that validates and sends carries none of them:
 * `validateRequest` and the catalogue (`coreMessagesEn`) add them.
 */
export const sentencesBeyondValidatorsEn: Pick<IssueSentences, BeyondValidators> = {
  recipient_digits: (i) =>
    `${subject(i)} must be the number in international format for ${owner(i)}, digits only, like 255712345678`,
  invalid_format: (i) => `${is(i)} not in the expected format for ${owner(i)}`,
  target_conflict: (i) => `${owner(i)} takes a recipient number (to) or a conversation_id, not both`,
  media_unchecked: () =>
    'This kit does not check a media send (media_kind, media_url, caption, filename); Briq checks it when it arrives',
}

/**
 * Every sentence a request's issues are worded with (`validateRequest`: the validators' and those
 * of the other routes' requests), as the kit's proxy and mock send them in a 422.
 */
export const requestSentencesEn = { ...issueSentencesEn, ...sentencesBeyondValidatorsEn }
