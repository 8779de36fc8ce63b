import { LIMITS } from '../limits.ts'
import { ADDRESS_FIELDS, type AddressField } from '../schemas/address-fields.ts'
import { field, group } from './description-nodes.ts'
import type { DraftNode } from './draft-description.ts'
import type { DraftLabelKey } from './draft-label-keys.ts'
import type { DraftPath } from './draft-path.ts'

const parameters = (...rest: (string | number)[]): DraftPath => ['action', 'parameters', ...rest]

// The form's values in the address schema's order (one list: a field added there appears here).
const ADDRESS_VALUE_KEYS = ADDRESS_FIELDS as readonly AddressField[]

// The keyboard a phone shows for a value: a keypad for the phone number, digits for India's
// six-digit PIN code.
const KEYBOARDS: Partial<Record<AddressField, 'tel' | 'numeric'>> = {
  phone_number: 'tel',
  in_pin_code: 'numeric',
}

// A saved address's values are numbered with it ("Saved address 2 city"), as a card's fields are:
// otherwise the page holds two "City" fields, the prefilled one and the saved one.
const addressValues = (base: DraftPath, saved: boolean, optionalParent?: DraftPath): DraftNode => ({
  node: 'fieldset',
  labelKey: saved ? 'group.savedAddress.values' : 'group.address.values',
  fields: ADDRESS_VALUE_KEYS.map((key) => {
    const keyboard = KEYBOARDS[key]
    return field(
      'text',
      saved ? (`field.savedAddress.${key}` satisfies DraftLabelKey) : (`field.address.${key}` satisfies DraftLabelKey),
      [...base, key],
      key === 'in_pin_code' ? LIMITS.address.inPinCode : LIMITS.address.field,
      {
        optional: true,
        ...(optionalParent === undefined ? {} : { optionalParent }),
        ...(keyboard === undefined ? {} : { keyboard }),
      },
    )
  }),
})

/** An address request's fields: the country, prefilled values, saved addresses, validation errors. */
export function addressDescription(): DraftNode[] {
  return [
    field('text', 'field.address.country', parameters('country'), undefined, { hintKey: 'hint.address.country' }),
    addressValues(parameters('values'), false, parameters('values')),
    group({
      item: 'savedAddress',
      labelKey: 'group.savedAddress',
      addLabelKey: 'action.addSavedAddress',
      path: parameters('saved_addresses'),
      fields: [
        field('id', 'field.savedAddress.id', ['id'], LIMITS.address.savedAddressId, {
          unique: true,
          hintKey: 'hint.savedAddress.id',
        }),
        addressValues(['value'], true),
      ],
    }),
    field('json', 'field.address.validationErrors', parameters('validation_errors'), undefined, {
      optional: true,
      hintKey: 'hint.address.validationErrors',
    }),
  ]
}
