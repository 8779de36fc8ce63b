import type { Wording } from './message.ts'

/** The send hooks' statuses and the send dialog, as [English, Swahili]. */
export const sendMessages = {
  'send.sending': ['Sending…', 'Inatuma…'],
  'send.accepted': ['Accepted by Briq', 'Briq imeupokea ujumbe'],
  'send.maybeSent': [
    'This message may already have been sent: sending it again could deliver it twice.',
    'Huenda ujumbe huu umeshatumwa: kuutuma tena kunaweza kuufikisha mara mbili.',
  ],
  'send.status.checking': ['Checking status…', 'Inaangalia hali…'],
  'send.status.pending': ['Queued', 'Kwenye foleni'],
  'send.status.sent': ['Sent', 'Imetumwa'],
  'send.status.delivered': ['Delivered', 'Imewasilishwa'],
  'send.status.read': ['Read', 'Imesomwa'],
  'send.status.failed': ['Not delivered', 'Haikuwasilishwa'],
  'send.status.failedAfter.pending': [
    'Not delivered (failed while queued)',
    'Haikuwasilishwa (ilishindikana ikiwa kwenye foleni)',
  ],
  'send.status.failedAfter.sent': [
    'Not delivered (sent, then failed)',
    'Haikuwasilishwa (ilitumwa, kisha ikashindikana)',
  ],
  'send.status.other': ['“{status}” (as Briq calls it)', '“{status}” (kama Briq inavyoiita)'],
  'send.status.failedReason': ['WhatsApp refused it:', 'WhatsApp imeukataa:'],
  'send.status.pollFailed': ['Could not refresh the status: {reason}', 'Imeshindikana kusasisha hali: {reason}'],
  'sendDialog.title': ['Send message', 'Tuma ujumbe'],
  'sendDialog.description': [
    'Check the recipient and the message, then send it on WhatsApp.',
    'Hakiki mpokeaji na ujumbe, kisha uutume kwa WhatsApp.',
  ],
  'sendDialog.recipient.label': ["Customer's WhatsApp number", 'Namba ya WhatsApp ya mteja'],
  'sendDialog.recipient.normalized': ['Will be sent to +{number}', 'Ujumbe utatumwa kwa +{number}'],
  'sendDialog.recipient.required': ["Enter the customer's WhatsApp number", 'Weka namba ya WhatsApp ya mteja'],
  'sendDialog.recipient.invalid': ['This number cannot be used: {reason}', 'Namba hii haiwezi kutumika: {reason}'],
  'sendDialog.conversation': ['Will be sent in conversation {id}', 'Ujumbe utatumwa kwenye mazungumzo {id}'],
  'sendDialog.issues.errors': [
    { one: '{count} error to fix before sending', other: '{count} errors to fix before sending' },
    { one: 'Kosa {count} la kurekebisha kabla ya kutuma', other: 'Makosa {count} ya kurekebisha kabla ya kutuma' },
  ],
  'sendDialog.issues.warnings': [
    { one: '{count} warning: you can still send', other: '{count} warnings: you can still send' },
    { one: 'Onyo {count}: bado unaweza kutuma', other: 'Maonyo {count}: bado unaweza kutuma' },
  ],
  // A button beside a problem with the message: closes the dialog and focuses that field of the form ({field}: core's name for it).
  'sendDialog.issues.goTo': ['Go to {field}', 'Nenda kwenye {field}'],
  'sendDialog.send': ['Send', 'Tuma'],
  'sendDialog.cancel': ['Cancel', 'Ghairi'],
  'sendDialog.close': ['Close', 'Funga'],
  'sendDialog.sendAgain': ['Send again', 'Tuma tena'],
  'sendDialog.blocked': [
    'Not sent: fix the errors shown first.',
    'Ujumbe haujatumwa: rekebisha kwanza makosa yaliyoonyeshwa.',
  ],
  'sendDialog.pendingHint': [
    'You can close this window: the message keeps sending, and the result shows here when you reopen it.',
    'Unaweza kufunga dirisha hili: ujumbe utaendelea kutumwa, na matokeo yataonekana hapa utakapolifungua tena.',
  ],
  // Before a press, about the request Send would post ({time}: formatDayTime, "15:53 today").
  'sendDialog.sentBefore.number': [
    'This message was already sent to +{number} at {time}. Pressing Send asks before sending it again.',
    'Ujumbe huu ulishatumwa kwa +{number} {time}. Ukibonyeza Tuma, utaulizwa kwanza kabla ya kuutuma tena.',
  ],
  'sendDialog.sentBefore.conversation': [
    'This message was already sent in conversation {id} at {time}. Pressing Send asks before sending it again.',
    'Ujumbe huu ulishatumwa kwenye mazungumzo {id} {time}. Ukibonyeza Tuma, utaulizwa kwanza kabla ya kuutuma tena.',
  ],
  'sendDialog.maybeSentBefore.number': [
    'A try to send this message to +{number} at {time} may have reached the customer (Briq did not confirm it). Pressing Send asks before trying again.',
    'Jaribio la kutuma ujumbe huu kwa +{number} {time} huenda limemfikia mteja (Briq haikuthibitisha kuupokea). Ukibonyeza Tuma, utaulizwa kwanza kabla ya kujaribu tena.',
  ],
  'sendDialog.maybeSentBefore.conversation': [
    'A try to send this message in conversation {id} at {time} may have reached the customer (Briq did not confirm it). Pressing Send asks before trying again.',
    'Jaribio la kutuma ujumbe huu kwenye mazungumzo {id} {time} huenda limemfikia mteja (Briq haikuthibitisha kuupokea). Ukibonyeza Tuma, utaulizwa kwanza kabla ya kujaribu tena.',
  ],
  'sendDialog.failed.title': ['Not sent', 'Ujumbe haujatumwa'],
  'sendDialog.failed.live': ['Not sent: {reason}', 'Ujumbe haujatumwa: {reason}'],
  'sendDialog.notConfirmed.title': ['Not confirmed', 'Haijathibitishwa'],
  'sendDialog.notConfirmed.live': ['Not confirmed: {reason}', 'Haijathibitishwa: {reason}'],
  'sendDialog.notConfirmed.unremembered': [
    'The browser would not store a record of this try (its storage may be full): after a reload, Send will not ask before trying again.',
    'Kivinjari hakikuhifadhi kumbukumbu ya jaribio hili (huenda hifadhi yake imejaa): baada ya kupakia upya ukurasa, ukibonyeza Tuma hutaulizwa kwanza kabla ya kujaribu tena.',
  ],
  'sendDialog.error.code': ['Error code', 'Msimbo wa hitilafu'],
  'sendDialog.error.requestId': ['Request id', 'Kitambulisho cha ombi'],
  'sendDialog.error.briq': ['What Briq said', 'Jibu la Briq'],
  'sendDialog.success.title': ['Message sent', 'Ujumbe umetumwa'],
  // The sent message shown once the form no longer holds it (the draft or the number changed), so
  // a later "Not sent" beside it is not read as about the same message.
  'sendDialog.success.previousTitle': ['Previous message sent', 'Ujumbe uliotangulia umetumwa'],
  'sendDialog.success.messageId': ['Message id', 'Kitambulisho cha ujumbe'],
  'sendDialog.success.status': ['Status', 'Hali'],
  'sendDialog.success.unremembered': [
    'The browser would not store a record of this send (its storage may be full): after a reload, Send will not ask before sending this message again.',
    'Kivinjari hakikuhifadhi kumbukumbu ya ujumbe huu uliotumwa (huenda hifadhi yake imejaa): baada ya kupakia upya ukurasa, ukibonyeza Tuma hutaulizwa kwanza kabla ya kuutuma tena.',
  ],
  'sendDialog.success.reply': ['The customer replied: {reply}', 'Mteja amejibu: {reply}'],
  'sendDialog.success.replyOwn': [
    'The customer replied with a message of their own',
    'Mteja amejibu kwa ujumbe wake mwenyewe',
  ],
} as const satisfies Record<string, Wording>
