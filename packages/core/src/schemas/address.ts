import type * as z from 'zod/mini'
import { ADDRESS_MESSAGE_COUNTRY, LIMITS } from '../limits.ts'
import { ADDRESS_FIELDS, type AddressField } from './address-fields.ts'
import { text } from './anything.ts'
import { checkUnique, listOf } from './count.ts'
import { crossCheck } from './cross-check.ts'
import { field, items, report, stringField } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { literal } from './literal.ts'
import { MESSAGE_PARTS } from './message-parts.ts'
import { object, optional } from './object.ts'
import { partFields } from './part-fields.ts'
import { plainObject } from './plain-object.ts'
import { identifier, limitedText } from './text.ts'

// Each value prefills one field of the address form WhatsApp opens (Meta's Address messages guide,
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/address-messages/:
// "name", "city", "in_pin_code", … each a field of the form): a one-line input, where a line break
// cannot show and a tab does not belong, so both are warned of as in a title.
const addressText = optional(limitedText(LIMITS.address.field, 'line'))

const addressValuesShape = {
  name: addressText,
  phone_number: addressText,
  in_pin_code: optional(limitedText(LIMITS.address.inPinCode, 'line')),
  house_number: addressText,
  floor_number: addressText,
  tower_number: addressText,
  building_name: addressText,
  address: addressText,
  landmark_area: addressText,
  city: addressText,
  state: addressText,
} satisfies Record<AddressField, unknown>

/** An ISO 3166-1 alpha-2 country code, as an address message's `country` takes it (Meta, Address messages guide). */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/

/** Prefilled or saved address values (Meta, Address messages guide). */
export const addressValuesSchema = object(addressValuesShape)

// Meta's Address messages guide: validation_errors maps an address field to the error shown
// at it; a key naming no field has nowhere to show (a warning: Meta does not say it is refused).
const validationErrors = plainObject('string', { keys: ADDRESS_FIELDS, reason: 'address_error_key' })

/** An address request (India businesses to India users only). */
export const addressInteractiveSchema = object(
  {
    type: literal('address_message'),
    ...partFields(MESSAGE_PARTS.address_message),
    action: object({
      name: literal('address_message'),
      parameters: object({
        /** ISO 3166 alpha-2 country; Meta supports only `ADDRESS_MESSAGE_COUNTRY.iso`. */
        country: hint(
          text().check((payload) => {
            // A code that is right but for spaces at its ends (" IN") says so: "must be a
            // two-letter code" would not tell the operator what to change.
            if (!COUNTRY_CODE_PATTERN.test(payload.value) && COUNTRY_CODE_PATTERN.test(payload.value.trim())) {
              report(payload, { code: 'invalid_value', reason: 'spaces_around' })
            } else if (!COUNTRY_CODE_PATTERN.test(payload.value)) {
              report(payload, { code: 'invalid_value', reason: 'country_code' })
            } else if (payload.value !== ADDRESS_MESSAGE_COUNTRY.iso) {
              report(payload, { code: 'not_recommended', reason: 'country_india_only', warning: true })
            }
          }),
          'country',
        ),
        values: optional(addressValuesSchema),
        saved_addresses: optional(
          listOf(object({ id: identifier(LIMITS.address.savedAddressId), value: addressValuesSchema })),
        ),
        validation_errors: optional(validationErrors),
      }),
    }),
  },
  // Meta documents no uniqueness for saved address ids, but the customer's nfm_reply names the
  // chosen one by saved_address_id: a repeated id could not say which was chosen.
  crossCheck((value, ctx) => {
    const saved = items(field(field(field(value, 'action'), 'parameters'), 'saved_addresses'))
    const ids = saved.map((address, i) => ({
      value: stringField(address, 'id'),
      path: ['action', 'parameters', 'saved_addresses', i, 'id'],
    }))
    checkUnique(ctx, ids, 'id', 'repeated_reply_id')
  }),
)

/** An address message. */
export type AddressInteractive = z.infer<typeof addressInteractiveSchema>
