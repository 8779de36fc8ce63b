import type { Issue, IssuePath } from '../../issue.ts'
import { ownEntry } from '../../own-entry.ts'
import type { InteractiveType } from '../../schemas/interactive.ts'
import { type FieldWord, fieldParts } from '../field-parts.ts'

// Words whose English is not the word itself with spaces ("phone_number" → "phone number").
const WORDS: Partial<Record<FieldWord, string>> = {
  // As the builder labels ids ("Button 1 ID", "Row 2 ID").
  id: 'ID',
  interactive: 'interactive object',
  list_button: 'list button label',
  media_link: 'media link',
  media_id: 'media ID',
  document_filename: 'document file name',
  listed_product_id: 'ID (SKU)',
  street_address: 'street address',
  full_name: 'full name',
  country: 'country code',
  screen: 'first screen',
  button_url: 'button URL',
  recipient: 'recipient number (to)',
  legacy_recipient: 'recipient',
  // A send's other targets (docs.briq.tz, api-reference karibu-whatsapp-messages): Briq's 404
  // "Conversation not found" names its field, which a person knows as the conversation.
  conversation_id: 'conversation (conversation_id)',
  sender_id: 'sender (sender_id)',
  section_title: 'title',
  values: 'address',
  landmark_area: 'landmark or area',
  pin_code: 'PIN code',
  catalog_id: 'catalog ID',
  product_id: 'product ID (SKU)',
  thumbnail_product: 'thumbnail product ID (SKU)',
  flow_id: 'flow ID',
  button_validity: 'button validity (minutes)',
}
const english = (word: FieldWord): string => WORDS[word] ?? word.replaceAll('_', ' ')

/** Names a field in English: "Button 2 title", "Section 1 row 3 ID", "The flow_token", "The message". */
export function fieldEn(path: IssuePath): string {
  const parts = fieldParts(path)
  const text = parts
    .map((part) =>
      'key' in part
        ? `"${part.key}"`
        : 'name' in part
          ? part.name
          : part.number === undefined
            ? english(part.word)
            : `${english(part.word)} ${part.number}`,
    )
    .join(' ')
  if (text === '') return 'The message'
  // A name that starts with an API field name keeps its spelling: "The flow_token", "The toString".
  if (parts[0] !== undefined && 'name' in parts[0]) return `The ${text}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const TYPES: Record<string, string> = {
  button: 'reply-button',
  list: 'list',
  cta_url: 'URL-button',
  location_request_message: 'location request',
  flow: 'flow',
  product: 'single-product',
  product_list: 'product list',
  catalog_message: 'catalog',
  carousel: 'carousel',
  voice_call: 'call-button',
  call_permission_request: 'call permission request',
  address_message: 'address',
}

/**
 * The message types in English as a person picks them: the builder's type picker shows these, and
 * an unknown type's issue lists them (with the API name, which is what JSON takes).
 */
export const TYPE_NAMES_EN: Readonly<Record<InteractiveType, string>> = {
  button: 'Reply buttons',
  list: 'List',
  cta_url: 'Link button',
  location_request_message: 'Location request',
  flow: 'Flow',
  product: 'Product',
  product_list: 'Product list',
  catalog_message: 'Catalog',
  carousel: 'Carousel',
  voice_call: 'Call button',
  call_permission_request: 'Call permission',
  address_message: 'Address request',
}

/** Names a message type in English: "reply-button", "list". */
export const typeEn = (value: unknown): string => (typeof value === 'string' && ownEntry(TYPES, value)) || 'these'

/** The field an issue is about, as a sentence's subject ("The request" for the request itself). */
export const subjectEn = (issue: Issue): string => (issue.params?.request ? 'The request' : fieldEn(issue.path))
