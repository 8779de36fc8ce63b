import type { Wording } from './message.ts'

/** The preview's labels (WhatsApp's own words on buttons, sheets and replies), as [English, Swahili]. */
export const previewMessages = {
  'preview.region': ['WhatsApp message preview', 'Onyesho la ujumbe wa WhatsApp'],
  'preview.businessName': ['Business', 'Biashara'],
  'preview.bodyPlaceholder': ['Message text appears here', 'Maandishi ya ujumbe yataonekana hapa'],
  'preview.headerPlaceholder': ['Header text appears here', 'Maandishi ya kichwa yataonekana hapa'],
  'preview.headerUnreadable': ['WhatsApp cannot read this header', 'WhatsApp haiwezi kusoma kichwa hiki'],
  'preview.headerNoText': ['This header has no text', 'Kichwa hiki hakina maandishi'],
  'preview.footerUnreadable': ['WhatsApp cannot read this footer', 'WhatsApp haiwezi kusoma maandishi haya ya chini'],
  'preview.footerNoText': ['This footer has no text', 'Maandishi haya ya chini ni tupu'],
  // Not "WhatsApp has no such type": it has some the kit does not send (Meta's Payments API's
  // order_details and order_status), which core refuses all the same.
  'preview.unknownType': ['This message type cannot be sent here', 'Aina hii ya ujumbe haiwezi kutumwa hapa'],
  'preview.noType': ['This message has no type', 'Ujumbe huu hauna aina'],
  'preview.overflow': [
    'Text past the {limit}-character limit starts here',
    'Maandishi yanayozidi kikomo cha herufi {limit} yanaanzia hapa',
  ],
  'preview.overflowLineBreaks': [
    'Text past the {limit}-line-break limit starts here',
    'Maandishi yanayozidi kikomo cha mistari mipya {limit} yanaanzia hapa',
  ],
  // A button's, row's or section's title is its name, said whole (WCAG 2.5.3); this describes it.
  'preview.overflowPast': [
    'Text past the {limit}-character limit: {text}',
    'Maandishi yanayozidi kikomo cha herufi {limit}: {text}',
  ],
  'preview.overflowLineBreaksPast': [
    'Text past the {limit}-line-break limit: {text}',
    'Maandishi yanayozidi kikomo cha mistari mipya {limit}: {text}',
  ],
  // WhatsApp's own words after a long message text it shortens (WhatsApp Web's ExpandableText).
  'preview.readMore': ['Read more', 'Soma zaidi'],
  'preview.image': ['Image', 'Picha'],
  'preview.video': ['Video', 'Video'],
  /**
   * No longer read: the glyph over a video header plays nothing in the preview, so it is named by
   * `preview.video` where no video element is, else not at all. Kept so a host's `messages` that
   * sets it still compiles.
   */
  'preview.playVideo': ['Play video', 'Cheza video'],
  'preview.document': ['Document', 'Hati'],
  'preview.documentFallbackName': ['Document', 'Hati'],
  'preview.mediaMissing': ['No media selected', 'Hakuna picha au video iliyochaguliwa'],
  'preview.mediaFailed': ['The media did not load from this link', 'Picha au video haikupakiwa kutoka kiungo hiki'],
  'preview.mediaNotLoaded': [
    'The media shows here once the link is a full web address',
    'Picha au video itaonekana hapa kiungo kikiwa anwani kamili ya wavuti',
  ],
  'preview.mediaById': [
    'Uploaded to WhatsApp by media ID; not shown here',
    'Imepakiwa WhatsApp kwa kitambulisho cha faili; haionyeshwi hapa',
  ],
  'preview.sendLocation': ['Send location', 'Tuma mahali'],
  'preview.viewItems': ['View items', 'Tazama bidhaa'],
  'preview.viewCatalog': ['View catalog', 'Tazama katalogi'],
  'preview.viewProduct': ['View', 'Tazama'],
  'preview.callNow': ['Call Now', 'Piga simu sasa'],
  'preview.noButtons': ['No reply buttons', 'Hakuna vitufe vya kujibu'],
  'preview.noCards': ['No cards', 'Hakuna kadi'],
  'preview.fewCards': ['WhatsApp needs at least {min} cards', 'WhatsApp inahitaji angalau kadi {min}'],
  'preview.untitledButton': ['Button with no text yet', 'Kitufe bado hakina maandishi'],
  'preview.untitledRow': ['Row with no title yet', 'Safu bado haina jina'],
  'preview.callPermission.title': ['Allow calls from this business?', 'Ruhusu simu kutoka kwa biashara hii?'],
  'preview.callPermission.allow': ['Allow', 'Ruhusu'],
  'preview.callPermission.decline': ["Don't allow", 'Usiruhusu'],
  'preview.address': ['Provide address', 'Tuma anwani'],
  'preview.product': ['Product', 'Bidhaa'],
  'preview.productCount': [{ one: '{count} item', other: '{count} items' }, 'Bidhaa {count}'],
  'preview.catalog': ['Catalog', 'Katalogi'],
  'preview.opensInBrowser': ['Opens {url} in a new tab', 'Hufungua {url} kwenye kichupo kipya'],
  'preview.unsafeUrl': [
    'This link is not a web address and will not open',
    'Kiungo hiki si anwani ya wavuti na hakitafunguka',
  ],
  'preview.carousel': ['Cards', 'Kadi'],
  'preview.carouselCard': ['Card {index} of {count}', 'Kadi {index} kati ya {count}'],
  'preview.sheet.close': ['Close', 'Funga'],
  'preview.sheet.send': ['Send', 'Tuma'],
  // Why Send does nothing yet: WhatsApp greys it out until a row is chosen.
  'preview.sheet.chooseFirst': ['Choose an option first', 'Chagua chaguo kwanza'],
  'preview.sheet.options': ['Options', 'Chaguo'],
  'preview.sheet.noRows': ['No rows', 'Hakuna safu'],
  'preview.sheet.untitledSection': ['Section with no title yet', 'Sehemu bado haina kichwa'],
  'preview.sheet.hiddenRows': [
    {
      one: '{count} more row not shown (WhatsApp shows at most {max})',
      other: '{count} more rows not shown (WhatsApp shows at most {max})',
    },
    {
      one: 'Safu {count} zaidi haijaonyeshwa (WhatsApp huonyesha safu {max} tu)',
      other: 'Safu {count} zaidi hazijaonyeshwa (WhatsApp huonyesha safu {max} tu)',
    },
  ],
  'preview.productNamesMore': ['{names} and {count} more', '{names} na nyingine {count}'],
  'preview.reply.you': ['You', 'Wewe'],
  'preview.reply.sent': ['Sent', 'Imetumwa'],
  'preview.reply.delivered': ['Delivered', 'Imewasilishwa'],
  'preview.reply.read': ['Read', 'Imesomwa'],
  'preview.reply.location': ['Shared a location: {place}', 'Ametuma mahali: {place}'],
  'preview.reply.callsAllowed': ['Allowed calls', 'Ameruhusu simu'],
  'preview.reply.callsDeclined': ['Declined calls', 'Amekataa simu'],
  'preview.reply.flowCompleted': ['Completed the flow', 'Amekamilisha flow'],
  'preview.reply.addressSent': ['Sent an address', 'Ametuma anwani'],
  'preview.reply.addressSentAs': ['Sent an address: {address}', 'Ametuma anwani: {address}'],
} as const satisfies Record<string, Wording>
