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

// The type picker's names ("Type picker" labels of @briq-interactive/react), for a message whose
// type is unknown: the person picks from these, and types the API name in JSON.
const PICKED: Record<string, string> = {
  button: 'Vitufe vya kujibu',
  list: 'Orodha',
  cta_url: 'Kitufe cha kiungo',
  location_request_message: 'Ombi la mahali',
  flow: 'Flow',
  product: 'Bidhaa',
  product_list: 'Orodha ya bidhaa',
  catalog_message: 'Katalogi',
  carousel: 'Kadi za kusogeza',
  voice_call: 'Kitufe cha kupiga simu',
  call_permission_request: 'Ruhusa ya kupiga simu',
  address_message: 'Ombi la anwani',
}

/** A message type as the type picker names it, with its API name: `Vitufe vya kujibu ("button")`. */
export const pickedTypeSw = (value: string): string => (PICKED[value] ? `${PICKED[value]} ("${value}")` : `"${value}"`)

/** Names a message type in Swahili: "vitufe vya majibu", "orodha". */
export const typeSw = (value: unknown): string => (typeof value === 'string' && TYPES[value]) || 'aina hii'
