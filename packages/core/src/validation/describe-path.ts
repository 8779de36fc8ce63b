import type { IssuePath } from '../issue.ts'

const COUNTED: Record<string, string> = {
  buttons: 'button',
  sections: 'section',
  rows: 'row',
  product_items: 'product',
  cards: 'card',
  saved_addresses: 'saved address',
}

const SKIPPED = new Set(['action', 'reply', 'quick_reply', 'parameters'])

const WORDS: Record<string, string> = {
  to: 'recipient number (to)',
  display_text: 'button text',
  url: 'button URL',
  flow_cta: 'flow button text',
  card_index: 'card_index',
  catalog_id: 'catalog_id',
  product_retailer_id: 'product_retailer_id',
  thumbnail_product_retailer_id: 'thumbnail_product_retailer_id',
  conversation_id: 'conversation_id',
  sender_id: 'sender_id',
  flow_id: 'flow_id',
  flow_name: 'flow_name',
  flow_token: 'flow_token',
  flow_message_version: 'flow_message_version',
  flow_action: 'flow_action',
  flow_action_payload: 'flow_action_payload',
  ttl_minutes: 'ttl_minutes',
  sub_text: 'sub_text',
  in_pin_code: 'PIN code',
}

/**
 * Names a field for a person: `["action","buttons",1,"reply","title"]` → "Button 2 title",
 * `["action","sections",0,"rows",2,"id"]` → "Section 1 row 3 id", `["action","button"]` →
 * "List button label". Paths may start with "interactive" (send requests).
 */
export function describePath(path: IssuePath): string {
  const words: string[] = []
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    if (typeof segment === 'number') {
      words.push(String(segment + 1))
      continue
    }
    if (segment === undefined) continue
    if (SKIPPED.has(segment)) {
      // Only a path ending here needs the word: "Card 2 action is required".
      if (i === path.length - 1) words.push(segment.replace('_', ' '))
      continue
    }
    if (segment === 'interactive' && i === 0) {
      if (path.length === 1) words.push('interactive object')
      continue
    }
    const parent = path[i - 1]
    const atRoot = i === 0 || (i === 1 && path[0] === 'interactive')
    if (segment === 'type' && atRoot) {
      words.push('message type')
      continue
    }
    if (segment === 'name' && parent === 'action') {
      words.push('action name')
      continue
    }
    const counted = COUNTED[segment]
    if (counted !== undefined && typeof path[i + 1] === 'number') {
      words.push(counted)
      continue
    }
    if (segment === 'button' && parent === 'action') {
      words.push('list button label')
      continue
    }
    words.push(WORDS[segment] ?? segment.replaceAll('_', ' '))
  }
  const text = words.join(' ')
  if (text === '') return 'The message'
  // A label that starts with a raw field name ("flow_token") keeps its spelling: "The flow_token".
  if (/^[a-z]+_[a-z_]*\b/.test(text)) return `The ${text}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const TYPE_NAMES: Record<string, string> = {
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

/** Names a message type for a person ("list", "reply-button"). */
export function describeType(type: unknown): string {
  return (typeof type === 'string' && TYPE_NAMES[type]) || 'these'
}
