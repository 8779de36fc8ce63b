import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'

/**
 * Example drafts for the preview: the workspace's one example per interactive type, the other
 * header kinds and variants the preview draws differently, then incomplete or invalid drafts
 * that must still render. Stories, browser tests, screenshots and the benchmark all read these,
 * so each name is stable.
 *
 * Content is set in Dar es Salaam (Swahili and English, TZS prices, M-Pesa, DART buses).
 */

const IMAGE = 'https://images.example.co.tz/kariakoo-sale.jpg'
const VIDEO = 'https://media.example.co.tz/msasani-tour.mp4'
const DOC = 'https://files.example.co.tz/invoice-INV-2041.pdf'

/** Valid drafts, one per interactive type and header kind. */
export const validFixtures = {
  /** Reply buttons with a bold text header and a footer. */
  buttonTextHeader: INTERACTIVE_EXAMPLES.button,
  /** Reply buttons under an image header. */
  buttonImageHeader: {
    type: 'button',
    header: { type: 'image', image: { link: IMAGE } },
    body: { text: 'Black Friday Kariakoo 🎉 Punguzo la *30%* kwa vitenge vyote hadi Jumapili.' },
    footer: { text: 'Ofa inaisha 30 Nov' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'show_vitenge', title: 'Onyesha vitenge' } },
        { type: 'reply', reply: { id: 'no_thanks', title: 'Hapana, asante' } },
      ],
    },
  },
  /** Reply buttons under a video header. */
  buttonVideoHeader: {
    type: 'button',
    header: { type: 'video', video: { link: VIDEO } },
    body: { text: 'Take a 1-minute tour of the new Msasani apartment before you book a viewing.' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'book_viewing', title: 'Book a viewing' } },
        { type: 'reply', reply: { id: 'more_photos', title: 'More photos' } },
      ],
    },
  },
  /** Reply buttons under a document header (file card). */
  buttonDocumentHeader: {
    type: 'button',
    header: { type: 'document', document: { link: DOC, filename: 'Ankara-INV-2041.pdf' } },
    body: {
      text: 'Your invoice for November is attached: *TZS 185,000* due on 5 Dec.\nPay with M-Pesa Lipa Namba `551 204`.',
    },
    footer: { text: 'Msasani Fibre Ltd' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'paid', title: 'I have paid' } },
        { type: 'reply', reply: { id: 'talk_agent', title: 'Talk to an agent' } },
      ],
    },
  },
  /** A list with three titled sections, descriptions on most rows. */
  list: INTERACTIVE_EXAMPLES.list,
  /** A list with one untitled section (allowed with exactly one section). */
  listSingleSection: {
    type: 'list',
    body: { text: 'Which size would you like?' },
    action: {
      button: 'Choose size',
      sections: [
        {
          rows: [
            { id: 'size_s', title: 'Small', description: 'Fits 2 people' },
            { id: 'size_m', title: 'Medium', description: 'Fits 4 people' },
            { id: 'size_l', title: 'Large', description: 'Fits 6 people' },
          ],
        },
      ],
    },
  },
  /** A call-to-action URL button. */
  ctaUrl: INTERACTIVE_EXAMPLES.cta_url,
  /** A location request ("Send location" label comes from WhatsApp). */
  locationRequest: INTERACTIVE_EXAMPLES.location_request_message,
  /** A WhatsApp Flow CTA. */
  flow: INTERACTIVE_EXAMPLES.flow,
  /** A single-product message. */
  product: INTERACTIVE_EXAMPLES.product,
  /** A multi-product message with two sections. */
  productList: INTERACTIVE_EXAMPLES.product_list,
  /** A catalog message. */
  catalog: INTERACTIVE_EXAMPLES.catalog_message,
  /** A media carousel whose cards carry a URL button. */
  carouselCtaUrl: {
    type: 'carousel',
    body: { text: 'Hoteli tatu bora Zanzibar kwa wikendi hii 🌴' },
    action: {
      cards: [0, 1, 2].map((i) => ({
        card_index: i,
        type: 'cta_url',
        header: { type: 'image', image: { link: `https://images.example.co.tz/hotel-${i + 1}.jpg` } },
        body: {
          text: ['*Nungwi Beach* · TZS 320,000', '*Stone Town Inn* · TZS 180,000', '*Paje Kite* · TZS 250,000'][i],
        },
        action: {
          name: 'cta_url',
          parameters: { display_text: 'Weka nafasi', url: `https://zanzibar.example.co.tz/hotel/${i + 1}` },
        },
      })),
    },
  },
  /** A media carousel whose cards carry quick replies (one with a video header). */
  carouselQuickReply: {
    type: 'carousel',
    body: { text: 'Which plan suits you best?' },
    action: {
      cards: [
        {
          card_index: 0,
          type: 'cta_url',
          header: { type: 'image', image: { link: 'https://images.example.co.tz/plan-basic.jpg' } },
          body: { text: 'Basic · 10 Mbps\nTZS 45,000 / month' },
          action: {
            buttons: [
              { type: 'quick_reply', quick_reply: { id: 'basic_buy', title: 'Choose Basic' } },
              { type: 'quick_reply', quick_reply: { id: 'basic_info', title: 'Details' } },
            ],
          },
        },
        {
          card_index: 1,
          type: 'cta_url',
          header: { type: 'video', video: { link: 'https://media.example.co.tz/plan-pro.mp4' } },
          body: { text: 'Pro · 50 Mbps\nTZS 95,000 / month' },
          action: {
            buttons: [
              { type: 'quick_reply', quick_reply: { id: 'pro_buy', title: 'Choose Pro' } },
              { type: 'quick_reply', quick_reply: { id: 'pro_info', title: 'Details ' } },
            ],
          },
        },
      ],
    },
  },
  /** A product carousel. */
  carouselProducts: INTERACTIVE_EXAMPLES.carousel,
  /** A WhatsApp call button with a custom label. */
  voiceCall: INTERACTIVE_EXAMPLES.voice_call,
  /** A WhatsApp call button with the default "Call Now" label. */
  voiceCallDefault: {
    type: 'voice_call',
    body: { text: 'Need help with your delivery? Call us.' },
    action: { name: 'voice_call' },
  },
  /** A request for permission to call the customer. */
  callPermissionRequest: INTERACTIVE_EXAMPLES.call_permission_request,
  /** An address request (India-only on WhatsApp; rendered for completeness). */
  address: INTERACTIVE_EXAMPLES.address_message,
} as const

/** Incomplete, invalid or hard-to-render drafts; the preview must render each without crashing. */
export const edgeFixtures = {
  /** A button message whose body is missing: quiet placeholder expected. */
  missingBody: {
    type: 'button',
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
  },
  /** A text header chosen but not written yet, and no body: a quiet placeholder for each. */
  unwrittenHeader: {
    type: 'button',
    header: { type: 'text', text: '' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
  },
  /** A header and a footer on a location request, which takes neither (Meta's guide): both barred. */
  notAllowedParts: {
    type: 'location_request_message',
    header: { type: 'text', text: 'Karibu Mama Neema' },
    body: { text: 'Tutumie mahali ulipo ili tukuletee oda yako.' },
    footer: { text: 'Usafirishaji bure Kariakoo' },
    action: { name: 'send_location' },
  },
  /**
   * A header and a footer there but not readable, as a JSON tab or a host may give them: a header
   * of no kind WhatsApp knows and an empty footer. Each says what is wrong where it would be, barred.
   */
  unreadableParts: {
    type: 'button',
    header: { type: 'location' },
    body: { text: 'Karibu Mama Neema! Chagua huduma.' },
    footer: { text: '' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
  },
  /** Reply buttons with none (WhatsApp takes 1 to 3): the place they go says so, barred. */
  noButtons: {
    type: 'button',
    body: { text: 'Ungependa tukuletee oda lini?' },
    action: { buttons: [] },
  },
  /** A carousel with no card (WhatsApp takes 2 to 10): one card's room says so, barred. */
  noCards: {
    type: 'carousel',
    body: { text: 'Angalia ofa zetu za wiki hii.' },
    action: { cards: [] },
  },
  /** A list whose second section has no title and no rows (Meta's guide needs both): the sheet says so, barred. */
  listMissingParts: {
    type: 'list',
    body: { text: 'Chagua wilaya yako.' },
    action: {
      button: 'Wilaya',
      sections: [{ title: 'Dar es Salaam', rows: [{ id: 'kinondoni', title: 'Kinondoni' }] }, { rows: [] }],
    },
  },
  /** A carousel whose second card is of no type WhatsApp knows: drawn as far as it reads, barred. */
  carouselMalformedCard: {
    ...validFixtures.carouselCtaUrl,
    action: {
      cards: validFixtures.carouselCtaUrl.action.cards
        .slice(0, 2)
        .map((card) => (card.card_index === 1 ? { ...card, type: 'hotel' } : card)),
    },
  },
  /** A carousel whose first card's body cannot be read (null) and second's text is a number. */
  carouselUnreadableCardBody: {
    ...validFixtures.carouselCtaUrl,
    action: {
      cards: validFixtures.carouselCtaUrl.action.cards.map((card) =>
        card.card_index === 0 ? { ...card, body: null } : card.card_index === 1 ? { ...card, body: { text: 5 } } : card,
      ),
    },
  },
  /** Titles past their limits: header (60), buttons (20), footer (60). */
  overLongTitles: {
    type: 'button',
    header: { type: 'text', text: 'Karibu kwenye huduma yetu mpya ya usafirishaji wa mizigo Dar es Salaam' },
    body: { text: 'Chagua huduma.' },
    footer: { text: 'Huduma hii inapatikana Dar es Salaam, Arusha, Mwanza, Dodoma na Mbeya' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'a', title: 'Usafirishaji wa haraka sana' } },
        { type: 'reply', reply: { id: 'b', title: 'Kawaida' } },
      ],
    },
  },
  /** A list with 11 rows (over the 10-row total) and an over-long row title. */
  elevenRows: {
    type: 'list',
    body: { text: 'Chagua wilaya yako.' },
    action: {
      button: 'Wilaya',
      sections: [
        {
          title: 'Dar es Salaam',
          rows: ['Ilala', 'Kinondoni', 'Temeke', 'Ubungo', 'Kigamboni'].map((t) => ({ id: t.toLowerCase(), title: t })),
        },
        {
          title: 'Pwani',
          rows: ['Bagamoyo', 'Kibaha', 'Kisarawe', 'Mkuranga', 'Rufiji', 'Kibiti na Mafia kisiwani kwa boti'].map(
            (t) => ({ id: t.toLowerCase().replaceAll(' ', '_'), title: t }),
          ),
        },
      ],
    },
  },
  /** Emoji everywhere, including titles that fit in code points but not in UTF-16. */
  emojiHeavy: {
    type: 'button',
    header: { type: 'text', text: '🎉🎊🥳 Hongera! 🇹🇿' },
    body: { text: '👋🏾 Karibu! 🌍🌴🦁🦒🐘 Umeshinda 🎁 zawadi ya 👨‍👩‍👧‍👦 familia nzima! ❤️🔥✨' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'claim', title: '🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁' } },
        { type: 'reply', reply: { id: 'later', title: '⏰ Baadaye 👍🏽' } },
      ],
    },
  },
  /** Right-to-left Arabic body, Hebrew footer, mixed-direction buttons. */
  rtl: {
    type: 'button',
    header: { type: 'text', text: 'تأكيد الحجز' },
    body: { text: 'مرحباً أحمد! تم تأكيد حجزك في *فندق زنجبار* ليوم ١٤ ديسمبر.\nهل تحتاج إلى نقل من المطار؟' },
    footer: { text: 'תודה שבחרתם בנו' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'yes', title: 'نعم، من فضلك' } },
        { type: 'reply', reply: { id: 'no', title: 'لا شكراً' } },
      ],
    },
  },
  /** Long unbroken words and URLs that must wrap inside the bubble. */
  longWords: {
    type: 'cta_url',
    header: { type: 'text', text: 'Pneumonoultramicroscopicsilicovolcanoconiosis' },
    body: {
      text: 'Kiungo: https://example.co.tz/a/very/long/path/that/never/breaks/anywhere/at/all/oda-namba-TZ-000000000000000048214821 na neno Supercalifragilisticexpialidocious­Mchanganyiko',
    },
    action: {
      name: 'cta_url',
      parameters: { display_text: 'Fungua', url: 'https://example.co.tz/a/very/long/path' },
    },
  },
  /** Every WhatsApp formatting construct in one body. */
  formattingRich: {
    type: 'button',
    body: {
      text: [
        '*Bold* _italic_ ~strike~ and `inline code`',
        '```monospace block```',
        '> Nukuu: "Haraka haraka haina baraka"',
        '* Mchele',
        '- Maharage',
        '1. Lipa',
        '2. Pokea',
        '*_nested bold italic_* and a link https://briq.tz/docs',
        '*Soma https://briq.tz/ofa*',
      ].join('\n'),
    },
    action: { buttons: [{ type: 'reply', reply: { id: 'ok', title: 'Sawa' } }] },
  },
  /** A valid body of 900 characters: WhatsApp shows its first 768, "…" and "Read more". */
  longBody: {
    type: 'button',
    header: { type: 'text', text: 'Masharti ya ofa' },
    body: {
      text: `${'Ofa hii ni ya wateja waliosajiliwa tu, na inahusu bidhaa zilizo kwenye orodha ya wiki hii. '.repeat(10).slice(0, 880)}Asante sana kwa kununua!`,
    },
    footer: { text: 'Duka la Mama Neema' },
    action: { buttons: [{ type: 'reply', reply: { id: 'kubali', title: 'Nakubali' } }] },
  },
  /** Markup and script in every text field: must render as plain text. */
  injection: {
    type: 'button',
    header: { type: 'text', text: '<img src=x onerror=alert(1)>' },
    body: { text: '<script>alert("body")</script> [click](javascript:alert(1)) javascript:alert(2)' },
    footer: { text: '<b>footer</b>' },
    action: {
      buttons: [{ type: 'reply', reply: { id: '<i>id</i>', title: '<a href=x>hi</a>' } }],
    },
  },
  /** A CTA whose URL is a javascript: URL: never becomes a live link. */
  javascriptUrl: {
    type: 'cta_url',
    body: { text: 'Bonyeza hapa' },
    action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'javascript:alert(1)' } },
  },
  /** A carousel with one card (needs two) and no body. */
  carouselIncomplete: {
    type: 'carousel',
    action: {
      cards: [{ card_index: 0, type: 'cta_url', header: { type: 'image', image: {} }, action: { buttons: [] } }],
    },
  },
  /** A draft whose type is unknown. */
  unknownType: { type: 'poll', body: { text: 'Kura: chai au kahawa?' } },
  /** An empty object. */
  empty: {},
} as const

/** Every fixture name the stories and tests iterate over. */
export type ValidFixtureName = keyof typeof validFixtures
/** Every edge-case fixture name. */
export type EdgeFixtureName = keyof typeof edgeFixtures

/** A fixed timestamp so server render, hydration and screenshots are deterministic (09:41 local). */
export const FIXTURE_TIME = '2026-11-24T09:41:00'
