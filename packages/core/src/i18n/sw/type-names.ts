/** Swahili names of the message types, as a shop clerk says them. */
const TYPES: Record<string, string> = {
  button: 'vitufe vya majibu',
  list: 'orodha',
  cta_url: 'kitufe cha kiungo',
  location_request_message: 'ombi la mahali',
  flow: 'WhatsApp Flow',
  product: 'bidhaa moja',
  product_list: 'orodha ya bidhaa',
  catalog_message: 'katalogi',
  carousel: 'kadi za kusogeza',
  voice_call: 'kitufe cha kupiga simu',
  call_permission_request: 'ombi la ruhusa ya kupiga simu',
  address_message: 'ombi la anwani',
}

/** Names a message type in Swahili: "vitufe vya majibu", "orodha". */
export const typeSw = (value: unknown): string => (typeof value === 'string' && TYPES[value]) || 'aina hii'
