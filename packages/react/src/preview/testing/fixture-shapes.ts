import type { ValidFixtureName } from '../fixtures.ts'

/** What the preview draws for one fixture: the parts a story checks by their hooks (README). */
export interface FixtureShape {
  /** The root's `data-type`. */
  type: string
  /** The header's `data-kind`, or none drawn above the body. */
  header?: 'text' | 'image' | 'video' | 'document'
  /** The product card's `data-kind`s (`.bi-product`), in order. */
  products?: string[]
  /** Carousel cards. */
  cards?: number
  /** Every button row as `kind:label`, in order (cards' rows too). */
  actions: string[]
}

/**
 * How each valid fixture reads in WhatsApp: the header kind, the button rows and their labels
 * (WhatsApp's own where the type has no label: "Send location", "View catalog"…), the cards.
 */
export const FIXTURE_SHAPES: Record<ValidFixtureName, FixtureShape> = {
  buttonTextHeader: {
    type: 'button',
    header: 'text',
    actions: ['reply:Leo jioni', 'reply:Kesho asubuhi', 'reply:Nitachukua mwenyewe'],
  },
  buttonImageHeader: { type: 'button', header: 'image', actions: ['reply:Onyesha vitenge', 'reply:Hapana, asante'] },
  buttonVideoHeader: { type: 'button', header: 'video', actions: ['reply:Book a viewing', 'reply:More photos'] },
  buttonDocumentHeader: {
    type: 'button',
    header: 'document',
    actions: ['reply:I have paid', 'reply:Talk to an agent'],
  },
  list: { type: 'list', header: 'text', actions: ['list:Chagua njia'] },
  listSingleSection: { type: 'list', actions: ['list:Choose size'] },
  ctaUrl: { type: 'cta_url', header: 'text', actions: ['url:Lipia sasa'] },
  locationRequest: { type: 'location_request_message', actions: ['location:Send location'] },
  flow: { type: 'flow', header: 'text', actions: ['flow:Anza sasa'] },
  product: { type: 'product', products: ['product'], actions: ['product:View'] },
  // A product list's text header is its card's title, not a header above the body.
  productList: { type: 'product_list', products: ['product_list'], actions: ['items:View items'] },
  catalog: { type: 'catalog_message', products: ['catalog'], actions: ['catalog:View catalog'] },
  carouselCtaUrl: {
    type: 'carousel',
    cards: 3,
    actions: ['url:Weka nafasi', 'url:Weka nafasi', 'url:Weka nafasi'],
  },
  carouselQuickReply: {
    type: 'carousel',
    cards: 2,
    actions: ['reply:Choose Basic', 'reply:Details', 'reply:Choose Pro', 'reply:Details'],
  },
  carouselProducts: {
    type: 'carousel',
    products: ['card', 'card', 'card'],
    cards: 3,
    actions: ['product:View', 'product:View', 'product:View'],
  },
  voiceCall: { type: 'voice_call', actions: ['call:Piga sasa'] },
  voiceCallDefault: { type: 'voice_call', actions: ['call:Call Now'] },
  callPermissionRequest: {
    type: 'call_permission_request',
    actions: ['permission-allow:Allow', "permission-decline:Don't allow"],
  },
  address: { type: 'address_message', actions: ['address:Provide address'] },
}
