const FIELDS = [
  'name',
  'phone_number',
  'in_pin_code',
  'house_number',
  'floor_number',
  'tower_number',
  'building_name',
  'address',
  'landmark_area',
  'city',
  'state',
] as const

/** One of `ADDRESS_FIELDS`. */
export type AddressField = (typeof FIELDS)[number]

/**
 * The address form's fields: the keys of an address message's `values`, and what its
 * `validation_errors` may name (Meta, Address messages guide). Apart from the schema, so the
 * words for a field path read them without building any schema.
 */
export const ADDRESS_FIELDS: readonly string[] = FIELDS
