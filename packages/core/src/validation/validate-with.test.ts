import { describe, expect, it } from 'vitest'
import { validateInteractive } from './validate-interactive.ts'

// The address form's fields in the sender's own order (in_pin_code last), and in the schema's.
const given = { name: 'Asha', city: 'Pune', in_pin_code: '411001' }
const inSchemaOrder = { name: 'Asha', in_pin_code: '411001', city: 'Pune' }
const address = (validationErrors: Record<string, unknown>, values: Record<string, string> = given) => ({
  type: 'address_message',
  body: { text: 'Where should we deliver?' },
  action: { name: 'address_message', parameters: { country: 'IN', values, validation_errors: validationErrors } },
})

describe('validateWith', () => {
  it('hands back the checked value the same way with or without warnings', () => {
    const clean = { city: 'We do not deliver there' }
    const warned = { city: 'We do not deliver there', pin: 'Check the PIN' }
    const cleanResult = validateInteractive(address(clean))
    const warnedResult = validateInteractive(address(warned))
    expect(cleanResult.ok && cleanResult.warnings).toEqual([])
    expect(warnedResult.ok && warnedResult.warnings.map((warning) => warning.reason)).toEqual(['address_error_key'])
    expect(JSON.stringify(cleanResult.ok && cleanResult.value)).toBe(JSON.stringify(address(clean, inSchemaOrder)))
    expect(JSON.stringify(warnedResult.ok && warnedResult.value)).toBe(JSON.stringify(address(warned, inSchemaOrder)))
  })

  it('hands back the value as it was checked, not the input read again, when it warns', () => {
    let reads = 0
    const values = Object.defineProperty({ name: 'Asha' }, 'city', {
      enumerable: true,
      get: () => (++reads === 1 ? 'Pune' : 'P'.repeat(1000)),
    })
    const result = validateInteractive(address({ pin: 'Check the PIN' }, values))
    expect(result.ok && result.warnings.map((warning) => warning.reason)).toEqual(['address_error_key'])
    expect(JSON.stringify(result.ok && result.value)).toContain('"city":"Pune"')
  })

  // fast-check seed 11661604 (accepted-serializes, address validation_errors): a key that names
  // no field but holds undefined warns, and JSON leaves it out, so the text sent warned no more.
  it('serialises what it accepted with a warning as it reads that text back', () => {
    const result = validateInteractive(address({ '': undefined }))
    expect(result.ok && result.warnings.length).toBe(1)
    const text = JSON.stringify(result.ok ? result.value : null)
    const again = validateInteractive(JSON.parse(text))
    expect(again.ok && again.warnings).toEqual([])
    expect(JSON.stringify(again.ok ? again.value : null)).toBe(text)
  })
})
