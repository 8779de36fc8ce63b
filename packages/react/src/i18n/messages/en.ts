/**
 * English strings for every user-visible label in the react package. Flat keys, grouped by a
 * dotted prefix per component. WhatsApp's own labels ("Send location", "View items", …) use the
 * wording WhatsApp shows in English.
 */
export const en = {
  'preview.region': 'WhatsApp message preview',
  'preview.businessName': 'Business',
  'preview.bodyPlaceholder': 'Message text appears here',
  'preview.unknownType': 'This message type cannot be previewed',
  'preview.overflow': 'Text past the {limit}-character limit starts here',
  'preview.overflowLineBreaks': 'Text past the {limit}-line-break limit starts here',
  'preview.image': 'Image',
  'preview.video': 'Video',
  'preview.playVideo': 'Play video',
  'preview.document': 'Document',
  'preview.documentFallbackName': 'Document',
  'preview.mediaMissing': 'No media selected',
  'preview.sendLocation': 'Send location',
  'preview.viewItems': 'View items',
  'preview.viewCatalog': 'View catalog',
  'preview.viewProduct': 'View',
  'preview.callNow': 'Call Now',
  'preview.callPermission.title': 'Allow calls from this business?',
  'preview.callPermission.allow': 'Allow',
  'preview.callPermission.decline': "Don't allow",
  'preview.address': 'Provide address',
  'preview.product': 'Product',
  'preview.productCount': '{count} items',
  'preview.productOne': '1 item',
  'preview.catalog': 'Catalog',
  'preview.opensInBrowser': 'Opens {url} in a new tab',
  'preview.unsafeUrl': 'This link is not a web address and will not open',
  'preview.carousel': 'Cards',
  'preview.carouselCard': 'Card {index} of {count}',
  'preview.sheet.close': 'Close',
  'preview.sheet.send': 'Send',
  'preview.sheet.options': 'Options',
  'preview.sheet.hiddenRows': '{count} more rows not shown (WhatsApp shows at most 10)',
  'preview.reply.you': 'You',
  'preview.reply.sent': 'Sent',
  'preview.reply.delivered': 'Delivered',
  'preview.reply.read': 'Read',
  'send.sending': 'Sending…',
  'send.sent': 'Sent',
  'send.maybeSent': 'This message may already have been sent. Check its status before sending it again.',
  'send.duplicate': 'This exact message was already sent. Change it, or confirm to send it again.',
  'send.status.checking': 'Checking status…',
  'send.status.pending': 'Queued',
  'send.status.sent': 'Sent',
  'send.status.delivered': 'Delivered',
  'send.status.read': 'Read',
  'send.status.failed': 'Not delivered',
} as const

/** The keys every catalogue must define. */
export type MessageKey = keyof typeof en

/** A complete catalogue: every key of the English one, no more, no less. */
export type Messages = { readonly [K in MessageKey]: string }
