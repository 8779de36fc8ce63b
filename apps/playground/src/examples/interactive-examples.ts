import type { InteractiveType } from '@briq-interactive/core'

/**
 * One realistic starting draft per interactive type, set in Tanzania (Swahili and English, TZS,
 * M-Pesa, Dar es Salaam). No example loads media from the network, so the playground stays
 * fully offline.
 */
export const INTERACTIVE_EXAMPLES: Record<InteractiveType, Record<string, unknown>> = {
  button: {
    type: 'button',
    header: { type: 'text', text: 'Oda yako iko tayari 🛒' },
    body: {
      text: 'Habari Amina! Oda *#TZ-4821* ya _Mchele wa Kyela 5kg_ na *Mafuta ya alizeti 3L* iko tayari.\nTuilete lini Sinza?',
    },
    footer: { text: 'Duka la Mama Neema · Kariakoo' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'deliver_today', title: 'Leo jioni' } },
        { type: 'reply', reply: { id: 'deliver_tomorrow', title: 'Kesho asubuhi' } },
        { type: 'reply', reply: { id: 'pickup', title: 'Nitachukua dukani' } },
      ],
    },
  },
  list: {
    type: 'list',
    header: { type: 'text', text: 'Njia ya kulipa' },
    body: { text: 'Jumla ya oda yako ni *TZS 48,500*. Ungependa kulipa vipi?' },
    footer: { text: 'Duka la Mama Neema' },
    action: {
      button: 'Chagua njia',
      sections: [
        {
          title: 'Simu',
          rows: [
            { id: 'pay_mpesa', title: 'M-Pesa', description: 'Lipa Namba 551 204 · Vodacom' },
            { id: 'pay_mixx', title: 'Mixx by Yas', description: 'Lipa Namba 551 204' },
            { id: 'pay_airtel', title: 'Airtel Money' },
          ],
        },
        {
          title: 'Nyingine',
          rows: [
            { id: 'pay_cash', title: 'Pesa taslimu', description: 'Lipa dereva akifika' },
            { id: 'pay_bank', title: 'Benki (CRDB / NMB)', description: 'Tutakutumia namba ya akaunti' },
          ],
        },
      ],
    },
  },
  cta_url: {
    type: 'cta_url',
    header: { type: 'text', text: 'Tiketi za basi' },
    body: { text: 'Nafasi 12 bado zipo kwa basi la Dar es Salaam → Arusha tarehe 14 Desemba, saa 12 asubuhi.' },
    footer: { text: 'Safari Njema Coaches' },
    action: {
      name: 'cta_url',
      parameters: { display_text: 'Lipia tiketi', url: 'https://safarinjema.co.tz/tiketi?safari=DAR-ARU-1412' },
    },
  },
  location_request_message: {
    type: 'location_request_message',
    body: { text: 'Tafadhali tuma mahali ulipo ili dereva wa bodaboda akuletee mzigo wako haraka 🏍️' },
    action: { name: 'send_location' },
  },
  flow: {
    type: 'flow',
    header: { type: 'text', text: 'Fungua akaunti ya akiba' },
    body: { text: 'Jaza fomu fupi kufungua akaunti ya akiba kwa simu yako. Inachukua dakika 2.' },
    footer: { text: 'Benki ya Jamii' },
    action: {
      name: 'flow',
      parameters: {
        flow_message_version: '3',
        flow_id: '1234567890123456',
        flow_cta: 'Anza sasa',
        flow_token: 'akaunti-7c1e',
        flow_action: 'navigate',
        flow_action_payload: { screen: 'KARIBU' },
      },
    },
  },
  product: {
    type: 'product',
    body: { text: 'Hii ndiyo simu uliyouliza jana: Tecno Spark 20, TZS 385,000.' },
    footer: { text: 'Bei ni pamoja na VAT' },
    action: { catalog_id: '367025965434465', product_retailer_id: 'tecno-spark-20' },
  },
  product_list: {
    type: 'product_list',
    header: { type: 'text', text: 'Bidhaa za wiki hii' },
    body: { text: 'Bidhaa mpya zimefika dukani Kariakoo — chagua unachopenda.' },
    footer: { text: 'Tunaleta popote Dar' },
    action: {
      catalog_id: '367025965434465',
      sections: [
        {
          title: 'Nafaka',
          product_items: [{ product_retailer_id: 'mchele-kyela-5kg' }, { product_retailer_id: 'unga-sembe-2kg' }],
        },
        { title: 'Matunda', product_items: [{ product_retailer_id: 'embe-dodo' }, { product_retailer_id: 'nanasi' }] },
      ],
    },
  },
  catalog_message: {
    type: 'catalog_message',
    body: { text: 'Tembelea katalogi yetu uone vitenge na khanga zote za msimu huu. 🛍️' },
    footer: { text: 'Mama Neema Fashion' },
    action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'kitenge-blue-01' } },
  },
  carousel: {
    type: 'carousel',
    body: { text: 'Simu mpya zimefika dukani 📱 Telezesha uone zote.' },
    action: {
      cards: ['tecno-spark-20', 'infinix-hot-40', 'samsung-a15'].map((id, index) => ({
        card_index: index,
        type: 'product',
        action: { product_retailer_id: id, catalog_id: '367025965434465' },
      })),
    },
  },
  voice_call: {
    type: 'voice_call',
    body: { text: 'Una swali kuhusu bima ya pikipiki yako? Piga simu kwa wakala wetu sasa hivi.' },
    action: { name: 'voice_call', parameters: { display_text: 'Piga sasa', ttl_minutes: 1440 } },
  },
  call_permission_request: {
    type: 'call_permission_request',
    body: { text: 'Tunaweza kukupigia kuhusu mkopo wako wa biashara wa TZS 2,000,000?' },
    action: { name: 'call_permission_request' },
  },
  address_message: {
    type: 'address_message',
    body: { text: 'Tafadhali tuma anwani ya kupelekea oda yako.' },
    action: {
      name: 'address_message',
      parameters: { country: 'IN', values: { name: 'Asha Patel', phone_number: '919876543210', city: 'Mumbai' } },
    },
  },
}

/** The type the playground opens with. */
export const DEFAULT_EXAMPLE_TYPE: InteractiveType = 'button'

/** The mock's customer whose 24-hour window is open (Amina Juma). */
export const DEFAULT_RECIPIENT = '0712 345 678'
