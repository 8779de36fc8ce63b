import type { StarterText } from '@briq-interactive/core'

/**
 * Swahili words for new drafts (core's `createDraft` text; English is core's `STARTER_TEXT`):
 * message content the user edits, not interface labels.
 */
export const starterSw = {
  'button.body': 'Je, ungependa kuthibitisha oda yako?',
  'button.reply1': 'Ndiyo, thibitisha',
  'button.reply2': 'Hapana, badilisha',
  'list.body': 'Tukusaidie nini leo?',
  'list.button': 'Tazama machaguo',
  'list.row1': 'Fuatilia oda yangu',
  'list.row1.description': 'Ona mzigo wako ulipo',
  'list.row2': 'Kurudisha na marejesho',
  'list.row2.description': 'Rudisha bidhaa',
  'list.row3': 'Ongea na wakala',
  'list.row3.description': 'Piga gumzo na mtu',
  'cta_url.body': 'Tazama ofa za wiki hii kwenye tovuti yetu.',
  'cta_url.button': 'Tembelea tovuti',
  'location_request_message.body': 'Tafadhali tuma mahali ulipo ili tukuletee oda yako.',
  'flow.body': 'Jaza fomu fupi ili uweke miadi yako.',
  'flow.cta': 'Weka miadi',
  'product.body': 'Hii ndiyo bidhaa uliyouliza.',
  'product_list.header': 'Bidhaa zetu',
  'product_list.body': 'Chagua bidhaa ambazo ungependa kuagiza.',
  'catalog_message.body': 'Vinjari katalogi yetu na uagize hapa hapa WhatsApp.',
  'carousel.body': 'Sogeza ili uone bidhaa zetu maalum.',
  'carousel.button': 'Nunua sasa',
  'voice_call.body': 'Tupigie kwa WhatsApp upate msaada kuhusu oda yako.',
  'call_permission_request.body': 'Tunaweza kukupigia kwa WhatsApp kuhusu oda yako?',
  'address_message.body': 'Tafadhali tuma anwani yako ya kupokea mzigo.',
  'section.title': 'Sehemu {n}',
} as const satisfies StarterText
