import type { composerEn } from './composer-en.ts'
import type { Message } from './en.ts'

/** Swahili strings of the send dialog's parts, the composer and the preview's catalogue products. */
export const composerSw: { readonly [K in keyof typeof composerEn]: Message } = {
  'preview.productNamesMore': '{names} na {count} zaidi',
  'sendDialog.sender.label': 'Tuma kutoka',
  'sendDialog.sender.default': '{name} (chaguo-msingi)',
  'sendDialog.conversation.label': 'Tuma kwa',
  'sendDialog.conversation.newNumber': 'Namba mpya',
  'sendDialog.conversation.openUntil': '{name}: wazi hadi saa {time}',
  'sendDialog.conversation.closed': '{name}: muda wa saa 24 umekwisha',
  'sendDialog.conversation.unknown': 'Mazungumzo {id}',
  'sendDialog.conversation.loading': 'Inapakia mazungumzo ya karibuni…',
  'sendDialog.conversation.failed': 'Mazungumzo ya karibuni hayakuweza kupakiwa: {reason}',
  'sendDialog.window.open':
    'Mteja ameandika ndani ya saa 24 zilizopita: ujumbe shirikishi unaweza kutumwa hadi saa {time}.',
  'sendDialog.window.closed':
    'Mteja huyu hajakuandikia ndani ya saa 24 zilizopita. WhatsApp huwasilisha ujumbe shirikishi ndani ya muda wa saa 24 wa huduma kwa mteja tu, unaoanza kila mteja anapoandika: mwombe mteja aandike kwanza, au mtumie ujumbe wa kiolezo ulioidhinishwa badala yake.',
  'sendDialog.window.none':
    'Namba hii bado haijakuandikia. WhatsApp huwasilisha ujumbe shirikishi ndani ya muda wa saa 24 wa huduma kwa mteja tu, unaoanza mteja anapoandika: mwombe aandike kwanza, au mtumie ujumbe wa kiolezo ulioidhinishwa badala yake.',
  'sendDialog.progress.label': 'Hatua za uwasilishaji',
  'sendDialog.success.replyId': 'Kitambulisho cha jibu',
  'composer.builder': 'Kiunda ujumbe',
  'composer.blocked': {
    one: 'Haujatumwa: ujumbe una kosa {count}. Lirekebishe kwenye fomu kwanza.',
    other: 'Haujatumwa: ujumbe una makosa {count}. Yarekebishe kwenye fomu kwanza.',
  },
}
