import { ownEntry } from '../../own-entry.ts'
import type { InteractiveType } from '../../schemas/interactive.ts'

/** Swahili names of the message types, as a shop clerk says them. */
const TYPES: Record<string, string> = {
  button: 'vitufe vya kujibu',
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

/**
 * The message types in Swahili as a person picks them: the builder's type picker shows these, and
 * an unknown type's issue lists them (with the API name, which is what JSON takes).
 */
export const TYPE_NAMES_SW: Readonly<Record<InteractiveType, string>> = {
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

/** Names a message type in Swahili: "vitufe vya kujibu", "orodha". */
export const typeSw = (value: unknown): string => (typeof value === 'string' && ownEntry(TYPES, value)) || 'aina hii'
