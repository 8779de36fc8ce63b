import type { Wording } from './message.ts'

/**
 * The send dialog's parts (sender and conversation pickers, the 24-hour window, delivery
 * progress) and the composer, as [English, Swahili].
 */
export const composerMessages = {
  'sendDialog.sender.label': ['Send from', 'Tuma kutoka'],
  'sendDialog.sender.default': ['{name} (default)', '{name} (chaguo-msingi)'],
  'sendDialog.sender.loading': [
    'Not sent yet: the numbers you send from are still loading. Press Send again once they have.',
    'Ujumbe haujatumwa bado: namba zako za kutuma zinaendelea kupakiwa. Bonyeza Tuma tena zikishapakiwa.',
  ],
  // Shown above Send while it waits for them; the one above is said when it is pressed then.
  'sendDialog.sender.waiting': [
    'Send waits while the numbers you send from load, so you see which one this message goes from.',
    'Tuma inasubiri namba zako za kutuma zipakiwe, ili uone ujumbe huu utatumwa kutoka namba ipi.',
  ],
  'sendDialog.sender.failed': [
    'The numbers you send from could not be loaded: {reason}',
    'Namba zako za kutuma hazikuweza kupakiwa: {reason}',
  ],
  'sendDialog.sender.retry': ['Load numbers again', 'Pakia namba tena'],
  // No sender chosen and none could be read: Briq picks the workspace's default ("fallback") one.
  'sendDialog.sender.defaultNumber': ['Your default number', 'Namba yako ya chaguo-msingi'],
  'sendDialog.sender.failedDefault': [
    'Briq sends from your default number. The numbers you send from could not be loaded: {reason}',
    'Briq itatuma kutoka namba yako ya chaguo-msingi. Namba zako za kutuma hazikuweza kupakiwa: {reason}',
  ],
  'sendDialog.conversation.label': ['Send to', 'Tuma kwa'],
  'sendDialog.conversation.newNumber': ['A new number', 'Namba mpya'],
  'sendDialog.conversation.openUntil': ['{name}: open until {time}', '{name}: wazi hadi {time}'],
  // Briq's older conversation shape says only that the window is open (is_active), not until when.
  'sendDialog.conversation.open': ['{name}: window open', '{name}: wazi'],
  'sendDialog.conversation.closed': ['{name}: window closed', '{name}: muda wa saa 24 umeisha'],
  'sendDialog.conversation.unknown': ['Conversation {id}', 'Mazungumzo {id}'],
  'sendDialog.conversation.fromSender': ['{name}, from {sender}', '{name}, kutoka {sender}'],
  'sendDialog.conversation.loading': ['Loading recent conversations…', 'Inapakia mazungumzo ya karibuni…'],
  'sendDialog.conversation.failed': [
    'Recent conversations could not be loaded: {reason}',
    'Mazungumzo ya karibuni hayakuweza kupakiwa: {reason}',
  ],
  'sendDialog.window.open': [
    'The customer wrote in the last 24 hours: interactive messages can be sent until {time}.',
    'Mteja ameandika ndani ya saa 24 zilizopita: ujumbe shirikishi unaweza kutumwa hadi {time}.',
  ],
  'sendDialog.window.openNoTime': [
    'The customer wrote in the last 24 hours: interactive messages can be sent.',
    'Mteja ameandika ndani ya saa 24 zilizopita: ujumbe shirikishi unaweza kutumwa.',
  ],
  'sendDialog.window.closed': [
    'This customer has not written to you in the last 24 hours. WhatsApp delivers interactive messages only inside the 24-hour customer-service window, which opens each time the customer writes: ask the customer to write first, or send an approved template message instead.',
    'Mteja huyu hajakuandikia ndani ya saa 24 zilizopita. WhatsApp huwasilisha ujumbe shirikishi ndani ya muda wa saa 24 wa huduma kwa mteja tu, unaoanza kila mteja anapoandika: mwombe mteja aandike kwanza, au mtumie ujumbe wa kiolezo ulioidhinishwa badala yake.',
  ],
  'sendDialog.window.none': [
    'This number has not written to you yet. WhatsApp delivers interactive messages only inside the 24-hour customer-service window, which opens when the customer writes: ask them to write first, or send an approved template message instead.',
    'Namba hii bado haijakuandikia. WhatsApp huwasilisha ujumbe shirikishi ndani ya muda wa saa 24 wa huduma kwa mteja tu, unaoanza mteja anapoandika: mwombe aandike kwanza, au mtumie ujumbe wa kiolezo ulioidhinishwa badala yake.',
  ],
  'sendDialog.progress.label': ['Delivery progress', 'Hatua za uwasilishaji'],
  'sendDialog.success.replyId': ['Reply id', 'Kitambulisho cha jibu'],
  'composer.builder': ['Message builder', 'Kiunda ujumbe'],
  // Swahili: "una kosa" after the colon read as "you have an error" (u- is also you): the sentence
  // names ujumbe, as the dialog's statuses do.
  'composer.blocked': [
    {
      one: 'Not sent: the message has {count} error. Fix it in the form first.',
      other: 'Not sent: the message has {count} errors. Fix them in the form first.',
    },
    {
      one: 'Ujumbe haujatumwa: kuna kosa {count} kwenye ujumbe. Lirekebishe kwenye fomu kwanza.',
      other: 'Ujumbe haujatumwa: kuna makosa {count} kwenye ujumbe. Yarekebishe kwenye fomu kwanza.',
    },
  ],
} as const satisfies Record<string, Wording>
