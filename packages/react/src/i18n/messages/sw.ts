import type { Messages } from './en.ts'

/**
 * Swahili strings. Typed as `Messages`, so a key missing here (or one English lacks) fails
 * the type check. WhatsApp's own Swahili labels are used where WhatsApp has them.
 */
export const sw = {
  'preview.region': 'Onyesho la ujumbe wa WhatsApp',
  'preview.businessName': 'Biashara',
  'preview.bodyPlaceholder': 'Maandishi ya ujumbe yataonekana hapa',
  'preview.unknownType': 'Aina hii ya ujumbe haiwezi kuonyeshwa',
  'preview.overflow': 'Maandishi yanayozidi kikomo cha herufi {limit} yanaanzia hapa',
  'preview.overflowLineBreaks': 'Maandishi yanayozidi kikomo cha mistari mipya {limit} yanaanzia hapa',
  'preview.image': 'Picha',
  'preview.video': 'Video',
  'preview.playVideo': 'Cheza video',
  'preview.document': 'Hati',
  'preview.documentFallbackName': 'Hati',
  'preview.mediaMissing': 'Hakuna picha au video iliyochaguliwa',
  'preview.sendLocation': 'Tuma mahali',
  'preview.viewItems': 'Tazama bidhaa',
  'preview.viewCatalog': 'Tazama katalogi',
  'preview.viewProduct': 'Tazama',
  'preview.callNow': 'Piga Sasa',
  'preview.callPermission.title': 'Ruhusu simu kutoka kwa biashara hii?',
  'preview.callPermission.allow': 'Ruhusu',
  'preview.callPermission.decline': 'Usiruhusu',
  'preview.address': 'Toa anwani',
  'preview.product': 'Bidhaa',
  'preview.productCount': 'Bidhaa {count}',
  'preview.productOne': 'Bidhaa 1',
  'preview.catalog': 'Katalogi',
  'preview.opensInBrowser': 'Inafungua {url} kwenye kichupo kipya',
  'preview.unsafeUrl': 'Kiungo hiki si anwani ya wavuti na hakitafunguka',
  'preview.carousel': 'Kadi',
  'preview.carouselCard': 'Kadi {index} kati ya {count}',
  'preview.sheet.close': 'Funga',
  'preview.sheet.send': 'Tuma',
  'preview.sheet.options': 'Chaguo',
  'preview.reply.you': 'Wewe',
  'preview.reply.sent': 'Imetumwa',
  'preview.reply.delivered': 'Imewasilishwa',
  'preview.reply.read': 'Imesomwa',
} as const satisfies Messages
