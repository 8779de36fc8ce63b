import type { IssuePath } from '../issue.ts'
import { ownEntry } from '../own-entry.ts'
import { ADDRESS_FIELDS } from '../schemas/address-fields.ts'
import { MEDIA_HEADER_KINDS } from '../schemas/message-parts.ts'

/** A word a catalogue translates when naming a field. */
export type FieldWord =
  | 'message'
  | 'request'
  | 'interactive'
  | 'message_type'
  | 'action_name'
  | 'list_button'
  | 'button_text'
  | 'button_url'
  | 'flow_button_text'
  | 'recipient'
  | 'legacy_recipient'
  | 'sender'
  | 'sender_id'
  | 'conversation_id'
  | 'header'
  | 'body'
  | 'footer'
  | 'text'
  | 'title'
  | 'section_title'
  | 'id'
  | 'description'
  | 'image'
  | 'video'
  | 'document'
  | 'link'
  | 'filename'
  | 'button'
  | 'buttons'
  | 'section'
  | 'sections'
  | 'row'
  | 'rows'
  | 'product'
  | 'products'
  | 'card'
  | 'cards'
  | 'saved_address'
  | 'saved_addresses'
  | 'action'
  | 'parameters'
  | 'reply'
  | 'quick_reply'
  | 'values'
  | 'country'
  | 'screen'
  | 'data'
  | 'screen_data'
  | 'validation_errors'
  | 'value'
  | 'name'
  | 'phone_number'
  | 'house_number'
  | 'floor_number'
  | 'tower_number'
  | 'building_name'
  | 'address'
  | 'landmark_area'
  | 'city'
  | 'state'
  | 'pin_code'
  | 'catalog_id'
  | 'product_id'
  | 'thumbnail_product'
  | 'flow_id'
  | 'flow_name'
  | 'flow_token'
  | 'flow_mode'
  | 'flow_action'
  | 'button_validity'
  | 'call_payload'
  | 'type'
  | 'media_link'
  | 'media_id'
  | 'document_filename'
  | 'footer_text'
  | 'listed_product_id'
  | 'street_address'
  | 'full_name'

/**
 * One step of a field's name, root first: a word to translate (with its 1-based number for a
 * counted item: "button 2"), an API name kept as written in every language (`flow_token`), or
 * an entry of the host's own data named by its keys as written (`guests[1].name`), last.
 */
export type FieldPart = { word: FieldWord; number?: number } | { name: string } | { key: string }

// A key as code would read it: `guests[1].name`; one that dots or brackets would misread, quoted.
const accessor = (keys: IssuePath): string =>
  keys
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[^\s.[\]"]+$/u.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('')

// Array keys whose items are counted: "buttons", 1 → "button 2"; the array itself is named in
// the plural, as the builder titles its groups: "buttons" → "Buttons", a section's "rows" →
// "Section 1 rows".
const COUNTED: Record<string, [item: FieldWord, group: FieldWord]> = {
  buttons: ['button', 'buttons'],
  sections: ['section', 'sections'],
  rows: ['row', 'rows'],
  product_items: ['product', 'products'],
  cards: ['card', 'cards'],
  saved_addresses: ['saved_address', 'saved_addresses'],
}

/** Whether the path ends at a list of items (`["action","buttons"]`), whose name is plural. */
export const isGroupPath = (path: IssuePath): boolean => {
  const last = path.at(-1)
  return typeof last === 'string' && Object.hasOwn(COUNTED, last)
}

/**
 * Whether the field's name is a plural noun, so a verb agrees with it: a list of items, or an
 * action's `parameters` ("Parameters are required", "Card 2 parameters have an unknown field").
 */
export const isPluralPath = (path: IssuePath): boolean => isGroupPath(path) || path.at(-1) === 'parameters'

// Containers the name skips, unless the path ends there ("Card 2 action is required"). An
// address's values are named by their own words ("City", "Address"), as the builder labels them:
// "Address address" would repeat the container's word in every language.
const SKIPPED = new Set(['action', 'reply', 'quick_reply', 'parameters', 'flow_action_payload', 'values'])

// API keys named by another word; the other known keys are their own word. The builder's
// fields (Catalog ID, Flow ID, Button validity (minutes)…) name them in words, so their issues do.
const RENAMED: Record<string, FieldWord> = {
  to: 'recipient',
  recipient: 'legacy_recipient',
  display_text: 'button_text',
  url: 'button_url',
  flow_cta: 'flow_button_text',
  in_pin_code: 'pin_code',
  product_retailer_id: 'product_id',
  thumbnail_product_retailer_id: 'thumbnail_product',
  mode: 'flow_mode',
  ttl_minutes: 'button_validity',
  payload: 'call_payload',
}
// The address fields are their own words too ("name" is worded above, "in_pin_code" renamed).
const OWN_WORDS = new Set<string>([
  ...'validation_errors conversation_id sender_id catalog_id flow_id flow_name flow_token flow_action sender type header body footer text title id description image video document link filename action parameters reply quick_reply values country screen data value'.split(
    ' ',
  ),
  ...ADDRESS_FIELDS,
])
// Own keys only: a path's "constructor" or "toString" is a name, not Object.prototype's.
const wordOf = (key: string): FieldWord | undefined =>
  ownEntry(RENAMED, key) ?? (OWN_WORDS.has(key) ? (key as FieldWord) : undefined)

/**
 * The parts of a field's name, locale-independent: `["action","buttons",1,"reply","title"]` →
 * button 2, title; `["action","sections",0,"rows",2,"id"]` → section 1, row 3, id;
 * `["action","button"]` → the list button; a list itself in the plural: `["action","sections",0,"rows"]`
 * → section 1, rows. A path may start with "interactive" (send requests); an empty path is the
 * message itself. Unknown keys are kept as API names.
 */
export function fieldParts(path: IssuePath): FieldPart[] {
  return readParts(path).parts
}

/**
 * Where the host's own keys start in `path` (the index of the first one its `key` part names:
 * a flow's data, a `validation_errors` key naming no address field), or `undefined` when the
 * name has none: what a sentence for a screen isolates, as it does the person's values.
 */
export const hostKeysFrom = (path: IssuePath): number | undefined => readParts(path).keysFrom

function readParts(path: IssuePath): { parts: FieldPart[]; keysFrom?: number } {
  const parts: FieldPart[] = []
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    if (typeof segment === 'number') continue
    if (segment === undefined) continue
    const parent = path[i - 1]
    const last = i === path.length - 1
    if (segment === 'interactive' && i === 0) {
      if (path.length === 1) parts.push({ word: 'interactive' })
      continue
    }
    const counted = ownEntry(COUNTED, segment)
    const next = path[i + 1]
    if (counted !== undefined && typeof next === 'number') {
      parts.push({ word: counted[0], number: next + 1 })
      continue
    }
    if (counted !== undefined && last) {
      parts.push({ word: counted[1] })
      break
    }
    if (SKIPPED.has(segment) && !last) continue
    // A saved address's values are named by their own words, as the top-level values are:
    // "Saved address 2 city", not "… value city".
    if (segment === 'value' && !last && typeof parent === 'number' && path[i - 2] === 'saved_addresses') continue
    // A header's media fields, as the builder labels them: "Media link", "Card 2 media ID",
    // "Document file name"; the media object itself stays "Header image".
    const leaf = path[i + 2]
    if (segment === 'header' && i + 2 === path.length - 1 && MEDIA_HEADER_KINDS.has(next)) {
      const word = typeof leaf === 'string' ? ownEntry(MEDIA_FIELD_WORDS, leaf) : undefined
      if (word !== undefined) {
        parts.push({ word })
        break
      }
    }
    // A card's body is just its text: "Card 2 text", as the builder labels it.
    if (segment === 'body' && next === 'text' && i + 1 === path.length - 1 && isWord(parts.at(-1), 'card')) continue
    if (segment === 'footer' && next === 'text' && i + 1 === path.length - 1) {
      parts.push({ word: 'footer_text' })
      break
    }
    // A flow's data is the host's own, and so are validation_errors keys naming no address
    // field: their keys are named as written, never translated or capitalised.
    if (segment === 'data' && parent === 'flow_action_payload') {
      parts.push({ word: 'screen_data' })
      if (last) return { parts }
      parts.push({ key: accessor(path.slice(i + 1)) })
      return { parts, keysFrom: i + 1 }
    }
    if (parent === 'validation_errors' && !ADDRESS_FIELDS.includes(segment)) {
      parts.push({ key: accessor(path.slice(i)) })
      return { parts, keysFrom: i }
    }
    const atRoot = i === 0 || (i === 1 && path[0] === 'interactive')
    if (segment === 'type' && atRoot) parts.push({ word: 'message_type' })
    else if (segment === 'name' && parent === 'action') parts.push({ word: 'action_name' })
    // An address's person and street, as the builder labels them: "Full name" and "Street
    // address", which no other label holds ("Building name", "Saved addresses").
    else if (segment === 'name' && isAddressField(path, i)) parts.push({ word: 'full_name' })
    else if (segment === 'name') parts.push({ word: 'name' })
    else if (segment === 'button' && parent === 'action') parts.push({ word: 'list_button' })
    else if (segment === 'title' && isWord(parts.at(-1), 'section')) parts.push({ word: 'section_title' })
    // A listed product's id: "Section 1 product 2 ID", not "… product 2 product ID".
    else if (segment === 'product_retailer_id' && isWord(parts.at(-1), 'product'))
      parts.push({ word: 'listed_product_id' })
    else if (segment === 'address' && isAddressField(path, i)) parts.push({ word: 'street_address' })
    else {
      const word = wordOf(segment)
      parts.push(word === undefined ? { name: segment } : { word })
    }
  }
  return { parts }
}

// A header media field's word, as the builder labels it.
const MEDIA_FIELD_WORDS: Readonly<Record<string, FieldWord>> = {
  link: 'media_link',
  id: 'media_id',
  filename: 'document_filename',
}

/**
 * Whether `path[i]` is a field of an address: the prefilled `values`, a saved address's `value`,
 * or a `validation_errors` key naming one of them.
 */
const isAddressField = (path: IssuePath, i: number): boolean => {
  const parent = path[i - 1]
  return (
    (parent === 'values' && path[i - 2] === 'parameters') ||
    (parent === 'value' && typeof path[i - 2] === 'number' && path[i - 3] === 'saved_addresses') ||
    parent === 'validation_errors'
  )
}

/** Whether `part` is the word `word` (not a name, not absent). */
export const isWord = (part: FieldPart | undefined, word: FieldWord): boolean =>
  part !== undefined && 'word' in part && part.word === word
