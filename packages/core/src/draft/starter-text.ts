/**
 * The words of a new draft (`createDraft`) and of the texts an operation or fix-it has to
 * invent (a list's button label, a section title), in English. A UI in another language passes
 * its own through the `text` option; `{n}` is a 1-based number. These are message content the
 * user edits, not interface labels.
 */
export const STARTER_TEXT = {
  'button.body': 'Would you like to confirm your order?',
  'button.reply1': 'Yes, confirm',
  'button.reply2': 'No, change it',
  'list.body': 'How can we help you today?',
  'list.button': 'See options',
  'list.row1': 'Track my order',
  'list.row1.description': 'See where your parcel is',
  'list.row2': 'Returns and refunds',
  'list.row2.description': 'Send an item back',
  'list.row3': 'Talk to an agent',
  'list.row3.description': 'Chat with a person',
  'cta_url.body': 'See this week’s offers on our website.',
  'cta_url.button': 'Visit website',
  'location_request_message.body': 'Please share your location so we can deliver your order.',
  'flow.body': 'Fill in a short form to book your appointment.',
  'flow.cta': 'Book now',
  'product.body': 'Here is the product you asked about.',
  'product_list.header': 'Our products',
  'product_list.body': 'Pick the products you would like to order.',
  'catalog_message.body': 'Browse our catalog and order right here in WhatsApp.',
  'carousel.body': 'Swipe to see our featured products.',
  'carousel.button': 'Shop now',
  'voice_call.body': 'Call us on WhatsApp for help with your order.',
  'call_permission_request.body': 'May we call you on WhatsApp about your order?',
  'address_message.body': 'Please share your delivery address.',
  'section.title': 'Section {n}',
} as const

/** One key of `STARTER_TEXT`. */
export type StarterTextKey = keyof typeof STARTER_TEXT

/** Starter words by key; a UI overrides any of them (`createDraft(type, { text })`). */
export type StarterText = Readonly<Record<StarterTextKey, string>>

/** The starter text of `key` from `text` (falling back to English), with `{n}` filled in. */
export function starterText(key: StarterTextKey, text: Partial<StarterText> = {}, n?: number): string {
  const words = text[key] ?? STARTER_TEXT[key]
  return n === undefined ? words : words.replaceAll('{n}', String(n))
}
