import { builderEn } from './builder-en.ts'
import { composerEn } from './composer-en.ts'
import { draftLabelsEn } from './draft-labels-en.ts'

/** A message whose wording depends on `{count}`: `one` for a count of one, `other` otherwise. */
export interface PluralMessage {
  readonly one: string
  readonly other: string
}

/** One catalogue entry: a string, or plural forms picked by the `count` value. */
export type Message = string | PluralMessage

/**
 * English strings for every user-visible label in the react package. Flat keys, grouped by a
 * dotted prefix per component. WhatsApp's own labels ("Send location", "View items", …) use the
 * wording WhatsApp shows in English. What core produces (issue sentences, phone reasons, what a
 * failed send means) comes from core's catalogues (`getCoreMessages`), not from here.
 */
export const en = {
  ...draftLabelsEn,
  ...builderEn,
  ...composerEn,
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
  'preview.productCount': { one: '{count} item', other: '{count} items' },
  'preview.catalog': 'Catalog',
  'preview.opensInBrowser': 'Opens {url} in a new tab',
  'preview.unsafeUrl': 'This link is not a web address and will not open',
  'preview.carousel': 'Cards',
  'preview.carouselCard': 'Card {index} of {count}',
  'preview.sheet.close': 'Close',
  'preview.sheet.send': 'Send',
  'preview.sheet.options': 'Options',
  'preview.sheet.hiddenRows': {
    one: '{count} more row not shown (WhatsApp shows at most 10)',
    other: '{count} more rows not shown (WhatsApp shows at most 10)',
  },
  'preview.reply.you': 'You',
  'preview.reply.sent': 'Sent',
  'preview.reply.delivered': 'Delivered',
  'preview.reply.read': 'Read',
  'send.sending': 'Sending…',
  'send.sent': 'Sent',
  'send.maybeSent': 'This message may already have been sent. Check its status before sending it again.',
  'send.status.checking': 'Checking status…',
  'send.status.pending': 'Queued',
  'send.status.sent': 'Sent',
  'send.status.delivered': 'Delivered',
  'send.status.read': 'Read',
  'send.status.failed': 'Not delivered',
  'send.status.failedReason': 'WhatsApp refused it:',
  'send.status.pollFailed': 'Could not refresh the status: {reason}',
  'sendDialog.title': 'Send message',
  'sendDialog.description': 'Check the recipient and the message, then send it on WhatsApp.',
  'sendDialog.recipient.label': "Customer's WhatsApp number",
  'sendDialog.recipient.normalized': 'Will be sent to +{number}',
  'sendDialog.recipient.required': "Enter the customer's WhatsApp number",
  'sendDialog.recipient.invalid': 'This number cannot be used: {reason}',
  'sendDialog.conversation': 'Will be sent in conversation {id}',
  'sendDialog.issues.errors': {
    one: '{count} error to fix before sending',
    other: '{count} errors to fix before sending',
  },
  'sendDialog.issues.warnings': {
    one: '{count} warning: you can still send',
    other: '{count} warnings: you can still send',
  },
  'sendDialog.send': 'Send',
  'sendDialog.cancel': 'Cancel',
  'sendDialog.close': 'Close',
  'sendDialog.sendAgain': 'Send again',
  'sendDialog.blocked': 'Not sent: fix the errors shown first.',
  'sendDialog.pendingHint':
    'You can close this window: the message keeps sending, and the result shows here when you reopen it.',
  'sendDialog.failed.title': 'Not sent',
  'sendDialog.failed.live': 'Not sent: {reason}',
  'sendDialog.error.code': 'Error code',
  'sendDialog.error.requestId': 'Request id',
  'sendDialog.error.briq': 'What Briq said',
  'sendDialog.success.title': 'Message sent',
  'sendDialog.success.messageId': 'Message id',
  'sendDialog.success.status': 'Status',
  'sendDialog.success.reply': 'The customer replied: {reply}',
} as const satisfies Record<string, Message>

/** The keys every catalogue must define. */
export type MessageKey = keyof typeof en

/** A complete catalogue: every key of the English one, no more, no less. */
export type Messages = { readonly [K in MessageKey]: Message }
