/**
 * English strings of the send dialog's parts (sender and conversation pickers, the 24-hour
 * window, delivery progress), the composer, and the preview's catalogue products.
 */
export const composerEn = {
  'preview.productNamesMore': '{names} and {count} more',
  'sendDialog.sender.label': 'Send from',
  'sendDialog.sender.default': '{name} (default)',
  'sendDialog.conversation.label': 'Send to',
  'sendDialog.conversation.newNumber': 'A new number',
  'sendDialog.conversation.openUntil': '{name}: open until {time}',
  'sendDialog.conversation.closed': '{name}: window closed',
  'sendDialog.conversation.unknown': 'Conversation {id}',
  'sendDialog.conversation.loading': 'Loading recent conversations…',
  'sendDialog.conversation.failed': 'Recent conversations could not be loaded: {reason}',
  'sendDialog.window.open': 'The customer wrote in the last 24 hours: interactive messages can be sent until {time}.',
  'sendDialog.window.closed':
    'This customer has not written to you in the last 24 hours. WhatsApp delivers interactive messages only inside the 24-hour customer-service window, which opens each time the customer writes: ask the customer to write first, or send an approved template message instead.',
  'sendDialog.window.none':
    'This number has not written to you yet. WhatsApp delivers interactive messages only inside the 24-hour customer-service window, which opens when the customer writes: ask them to write first, or send an approved template message instead.',
  'sendDialog.progress.label': 'Delivery progress',
  'sendDialog.success.replyId': 'Reply id',
  'composer.builder': 'Message builder',
  'composer.blocked': {
    one: 'Not sent: the message has {count} error. Fix it in the form first.',
    other: 'Not sent: the message has {count} errors. Fix them in the form first.',
  },
} as const
