import { describe, expect, it } from 'vitest'
import { draftFixIts } from '../draft/fixes/draft-fix-its.ts'
import { describeField, formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import type { Issue, IssuePath } from '../issue.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

describe('voice_call', () => {
  const call = (parameters?: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
    type: 'voice_call',
    body: { text: 'Talk to our team' },
    action: { name: 'voice_call', ...(parameters ? { parameters } : {}) },
    ...overrides,
  })
  it('accepts no parameters and parameters at their limits', () => {
    expectClean(validateInteractive(call()))
    expectClean(validateInteractive(call({ display_text: chars(20), ttl_minutes: 43200, payload: chars(512) })))
    expectClean(validateInteractive(call({ ttl_minutes: 1 })))
  })
  it('rejects values past the limits', () => {
    const at = (key: string) => ['action', 'parameters', key]
    expectIssue(validateInteractive(call({ display_text: chars(21) })), at('display_text'), 'too_long', { limit: 20 })
    expectIssue(validateInteractive(call({ ttl_minutes: 43201 })), at('ttl_minutes'), 'too_big', { limit: 43200 })
    expectIssue(validateInteractive(call({ ttl_minutes: 0 })), at('ttl_minutes'), 'too_small', { limit: 1 })
    expectIssue(validateInteractive(call({ payload: chars(513) })), at('payload'), 'too_long', { limit: 512 })
  })
  it('says a fraction, or text, in ttl_minutes is not a whole number', () => {
    const at = ['action', 'parameters', 'ttl_minutes']
    for (const ttl of [1.5, '1.5']) {
      const issue = expectIssue(validateInteractive(call({ ttl_minutes: ttl })), at, 'invalid_type')
      expect(issue.message).toBe('Button validity (minutes) must be a whole number for WhatsApp')
    }
  })
  it('says a number too large for JSON (1e400, read as Infinity) is too large, not a fraction', () => {
    const at = ['action', 'parameters', 'ttl_minutes']
    const result = validateInteractive(call(JSON.parse('{"ttl_minutes": 1e400}')))
    const issues = result.ok ? [] : result.issues
    expect(issues).toEqual([expect.objectContaining({ path: at, code: 'too_big', reason: 'number_too_big' })])
    expect(issues[0]?.message).toBe(
      'Button validity (minutes) is a number too large to read (JSON numbers past about 1.8e308 read as infinity); WhatsApp allows 1–43200',
    )
    expect(formatIssue(issues[0] as Issue, coreMessagesSw)).toBe(
      'Muda wa kitufe (dakika) ni namba kubwa mno kuweza kusomwa (namba za JSON zaidi ya takriban 1.8e308 husomwa kama zisizo na kikomo); WhatsApp inaruhusu 1–43200',
    )
    const negative = validateInteractive(call(JSON.parse('{"ttl_minutes": -1e400}')))
    expect(negative.ok ? [] : negative.issues).toEqual([
      expect.objectContaining({ code: 'too_small', reason: 'number_too_big', limit: 1 }),
    ])
  })
  it('says a number past the safe integers in ttl_minutes once, by its range', () => {
    const at = ['action', 'parameters', 'ttl_minutes']
    for (const [ttl, code] of [
      [2 ** 53, 'too_big'],
      [1e21, 'too_big'],
      [-(2 ** 53), 'too_small'],
    ] as const) {
      const result = validateInteractive(call({ ttl_minutes: ttl }))
      expect(result.ok ? [] : result.issues).toEqual([
        expect.objectContaining({ path: at, code, reason: 'ttl_range', actual: ttl }),
      ])
    }
  })
  it('requires a body and rejects header and footer', () => {
    expectIssue(validateInteractive(call(undefined, { body: undefined })), ['body'], 'required')
    expectIssue(validateInteractive(call(undefined, { footer: { text: 'x' } })), ['footer'], 'not_allowed')
  })
})

describe('call_permission_request', () => {
  it('accepts an optional body and rejects a header', () => {
    expectClean(validateInteractive({ type: 'call_permission_request', action: { name: 'call_permission_request' } }))
    const withBody = {
      type: 'call_permission_request',
      body: { text: 'May we call you?' },
      action: { name: 'call_permission_request' },
    }
    expectClean(validateInteractive(withBody))
    expectIssue(validateInteractive({ ...withBody, header: { type: 'text', text: 'x' } }), ['header'], 'not_allowed')
  })
})

describe('address_message', () => {
  const address = (parameters: Record<string, unknown>) => ({
    type: 'address_message',
    body: { text: 'Where should we deliver?' },
    action: { name: 'address_message', parameters },
  })
  it('accepts India with prefilled values and saved addresses', () => {
    expectClean(
      validateInteractive(
        address({
          country: 'IN',
          values: { name: 'Asha', in_pin_code: '400063', city: 'Mumbai' },
          saved_addresses: [{ id: 'home', value: { name: 'Asha', in_pin_code: '400063' } }],
          validation_errors: { in_pin_code: 'We do not deliver there' },
        }),
      ),
    )
  })
  it('accepts an empty field, as Meta\'s saved-address example sends building_name: ""', () => {
    // Address messages guide, "Send an address message with saved addresses": the example's
    // saved address has an empty building name, and the customer's nfm_reply echoes it.
    const saved = { name: 'Asha', in_pin_code: '400063', floor_number: '8', building_name: '', city: 'Mumbai' }
    expectClean(validateInteractive(address({ country: 'IN', saved_addresses: [{ id: 'address1', value: saved }] })))
    const blank = Object.fromEntries(['name', 'phone_number', 'in_pin_code', 'city', 'state'].map((key) => [key, '']))
    expectClean(validateInteractive(address({ country: 'IN', values: blank })))
  })
  it('warns of spaces around a saved address id, which the customer’s reply names', () => {
    const result = validateInteractive(address({ country: 'IN', saved_addresses: [{ id: 'home ', value: {} }] }))
    expect(result.ok).toBe(true)
    const path = ['action', 'parameters', 'saved_addresses', 0, 'id']
    expect(expectWarning(result, path, 'not_recommended').reason).toBe('spaces_around')
  })
  it('requires a country code, warns outside India, limits the PIN code to 6', () => {
    expectIssue(validateInteractive(address({})), ['action', 'parameters', 'country'], 'required')
    expectIssue(
      validateInteractive(address({ country: 'india' })),
      ['action', 'parameters', 'country'],
      'invalid_value',
    )
    expectWarning(
      validateInteractive(address({ country: 'TZ' })),
      ['action', 'parameters', 'country'],
      'not_recommended',
    )
    expectIssue(
      validateInteractive(address({ country: 'IN', values: { in_pin_code: '4000631' } })),
      ['action', 'parameters', 'values', 'in_pin_code'],
      'too_long',
      { limit: 6 },
    )
  })
  it('warns at validation_errors about a key that names no address field, naming the key (en, sw)', () => {
    const at = ['action', 'parameters', 'validation_errors']
    const result = validateInteractive(
      address({ country: 'IN', validation_errors: { in_pin_code: 'We do not deliver there', planet: 'x' } }),
    )
    expect(result.ok).toBe(true)
    const warning = expectWarning(result, at, 'not_recommended')
    expect(warning).toMatchObject({ reason: 'address_error_key', params: { key: 'planet' } })
    expect(warning.message).toMatch(/^Validation errors: the key "planet" names no address field/)
    expect(warning.message).toContain('name, phone_number, in_pin_code')
    expect(result.warnings).toHaveLength(1)
    const sw = formatIssue(warning, coreMessagesSw)
    expect(sw).toContain('kipengele "\u2068planet\u2069", ambacho si kipengele cha anwani')
    expect(sw).not.toMatch(/\bkey\b|names/)
  })
  it('warns about every key of validation_errors that names no address field, each with its fix-it', () => {
    const draft = address({ country: 'IN', validation_errors: { planet: 'x', city: 'Not Pune', moon: 'y' } })
    const result = validateInteractive(draft)
    expect(result.warnings.map((warning) => warning.params?.key)).toEqual(['planet', 'moon'])
    expect(draftFixIts(draft, result).map((fix) => fix.id)).toEqual([
      'remove-error-key:action.parameters.validation_errors.planet',
      'remove-error-key:action.parameters.validation_errors.moon',
    ])
  })
  it('refuses every validation_errors value that is not text at once, each at its key (en, sw)', () => {
    const at = ['action', 'parameters', 'validation_errors']
    const result = validateInteractive(
      address({
        country: 'IN',
        validation_errors: { city: 1, name: 'Use your full name', state: null, floor_number: [] },
      }),
    )
    const issues = result.ok ? [] : result.issues
    expect(issues.map((issue) => [issue.path, issue.code, issue.params])).toEqual([
      [[...at, 'city'], 'invalid_type', { expected: 'string' }],
      [[...at, 'state'], 'invalid_type', { expected: 'string' }],
      [[...at, 'floor_number'], 'invalid_type', { expected: 'string' }],
    ])
    expect(issues[0]?.message).toBe('Validation errors city must be text for WhatsApp')
    expect(formatIssue(issues[1] as Issue, coreMessagesSw)).toMatch(/^Jimbo la makosa ya uthibitishaji/)
  })
  it('refuses validation_errors with a getter once, at the object, not at each key', () => {
    const at = ['action', 'parameters', 'validation_errors']
    const errors = Object.defineProperty({ city: 1 } as Record<string, unknown>, 'state', {
      enumerable: true,
      get: () => 'Not Goa',
    })
    const result = validateInteractive(address({ country: 'IN', validation_errors: errors }))
    expect((result.ok ? [] : result.issues).map((issue) => [issue.path, issue.reason])).toEqual([[at, 'json_data']])
  })
  it("refuses a repeated saved address id as this kit's rule (the reply names it), not an empty one", () => {
    const saved = (...ids: string[]) => ids.map((id) => ({ id, value: { name: 'Asha' } }))
    const result = validateInteractive(address({ country: 'IN', saved_addresses: saved('home', 'work', 'home') }))
    const issue = expectIssue(result, ['action', 'parameters', 'saved_addresses', 2, 'id'], 'duplicate')
    expect(issue).toMatchObject({
      reason: 'repeated_reply_id',
      rule: 'kit',
      params: { value: 'home', first: ['action', 'parameters', 'saved_addresses', 0, 'id'] },
    })
    expect(result.ok ? [] : result.issues).toHaveLength(1)
    expect(issue.message).toBe(
      'Saved address 3 ID "home" is the same as saved address 1\'s; the customer\'s reply will not tell them apart',
    )
    expect(formatIssue(issue, coreMessagesSw)).toBe(
      'Kitambulisho "\u2068home\u2069" cha anwani iliyohifadhiwa 3 ni sawa na cha anwani iliyohifadhiwa 1; jibu la mteja halitaonyesha ni kipi kilichochaguliwa',
    )
    const empty = validateInteractive(address({ country: 'IN', saved_addresses: saved('', '') }))
    const codes = (empty.ok ? [] : empty.issues).map((each) => each.code)
    expect(codes).toEqual(['too_short', 'too_short'])
  })
  it('names an address value by its own word, never "Address address"', () => {
    const result = validateInteractive(address({ country: 'IN', values: { address: chars(600), city: chars(600) } }))
    const messages = result.warnings.map((issue) => issue.message)
    expect(messages).toContain('Street address is unusually long: 600 characters; no documented limit')
    expect(messages).toContain('City is unusually long: 600 characters; no documented limit')
    expect(describeField(['action', 'parameters', 'values', 'address'], coreMessagesSw)).toBe('Anwani ya mtaa')
    expect(describeField(['action', 'parameters', 'values'])).toBe('Address')
  })
  // As the builder labels them, so that no label holds another: "Name" was in "Building name",
  // "Address" in "Saved addresses".
  it.each<[IssuePath, string, string]>([
    [['action', 'parameters', 'values', 'name'], 'Full name', 'Jina kamili'],
    [
      ['action', 'parameters', 'saved_addresses', 1, 'value', 'name'],
      'Saved address 2 full name',
      'Jina kamili la anwani iliyohifadhiwa 2',
    ],
    [
      ['action', 'parameters', 'validation_errors', 'name'],
      'Validation errors full name',
      'Jina kamili la makosa ya uthibitishaji',
    ],
    [
      ['action', 'parameters', 'validation_errors', 'address'],
      'Validation errors street address',
      'Anwani ya mtaa ya makosa ya uthibitishaji',
    ],
    [['action', 'parameters', 'values', 'building_name'], 'Building name', 'Jina la jengo'],
    [['action', 'name'], 'Action name', 'Jina la kitendo'],
  ])('names %j "%s" (sw "%s")', (path, english, swahili) => {
    expect(describeField(path)).toBe(english)
    expect(describeField(path, coreMessagesSw)).toBe(swahili)
  })
})
