import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { InteractiveReply } from './interactive-reply.ts'
import { parseReplyResponse, readReply } from './read-reply.ts'

const nfm = (name: string, responseJson: string, body?: string): InteractiveReply => ({
  type: 'nfm_reply',
  nfm_reply: { name, response_json: responseJson, ...(body === undefined ? {} : { body }) },
})
const location = (place: { name?: string; address?: string }): InteractiveReply => ({
  type: 'location',
  location: { latitude: -6.8163, longitude: 39.2733, ...place },
})

describe('readReply', () => {
  it('reads a button or list tap with its id, title and a row’s description', () => {
    expect(readReply({ type: 'button_reply', button_reply: { id: 'yes', title: 'Ndiyo' } })).toEqual({
      kind: 'tap',
      id: 'yes',
      title: 'Ndiyo',
    })
    expect(readReply({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'More' } })).toEqual({
      kind: 'tap',
      id: 'r1',
      title: 'Row',
      description: 'More',
    })
  })

  it('names a shared location by its name, else its address, else its coordinates', () => {
    expect(readReply(location({ name: 'Kariakoo Market', address: 'Mkunguni St' }))).toEqual({
      kind: 'location',
      place: 'Kariakoo Market',
      latitude: -6.8163,
      longitude: 39.2733,
    })
    expect(readReply(location({ name: '', address: 'Mkunguni St' }))).toMatchObject({ place: 'Mkunguni St' })
    expect(readReply(location({}))).toMatchObject({ place: '-6.8163, 39.2733' })
  })

  it('reads a call permission answer: allowed or not, for good or until when', () => {
    expect(
      readReply({
        type: 'call_permission_reply',
        call_permission_reply: { response: 'accept', is_permanent: false, expiration_timestamp: 1_700_000_000 },
      }),
    ).toEqual({ kind: 'call_permission', allowed: true, permanent: false, expiresAt: 1_700_000_000 })
    expect(readReply({ type: 'call_permission_reply', call_permission_reply: { response: 'reject' } })).toEqual({
      kind: 'call_permission',
      allowed: false,
      permanent: false,
    })
  })

  it('reads a flow’s response_json parsed, with its flow_token, keeping the raw string', () => {
    // Meta, Receive a Flow response guide: the example webhook's nfm_reply.
    const raw = '{"flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s.", "optional_param1": "<value1>"}'
    expect(readReply(nfm('flow', raw, 'Sent'))).toEqual({
      kind: 'flow',
      name: 'flow',
      flowToken: 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.',
      response: { ok: true, raw, value: { flow_token: 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.', optional_param1: '<value1>' } },
    })
    // Any name but address_message is a flow; a token that is not text is not offered as one.
    expect(readReply(nfm('booking_form', '{"flow_token":7}'))).toEqual({
      kind: 'flow',
      name: 'booking_form',
      response: { ok: true, raw: '{"flow_token":7}', value: { flow_token: 7 } },
    })
  })

  it('reads an address: its words, its text values and the saved address picked', () => {
    // Meta, Address messages guide: the example webhook's nfm_reply.
    const raw =
      '{"saved_address_id":"address1","values":{"in_pin_code":"400063","building_name":"","landmark_area":"Goregaon","city":"Mumbai","floor_number":8}}'
    const body = 'CUSTOMER_NAME\n +91xxxxxxxxxx\n 400063, Goregaon, Mumbai, 8'
    const reading = readReply(nfm('address_message', raw, body))
    expect(reading).toEqual({
      kind: 'address',
      address: body,
      values: { in_pin_code: '400063', building_name: '', landmark_area: 'Goregaon', city: 'Mumbai' },
      savedAddressId: 'address1',
      response: { ok: true, raw, value: JSON.parse(raw) },
    })
    // A number where Meta sends text stays in response.value, not in values.
    expect(reading.kind === 'address' && reading.response.ok && reading.response.value).toMatchObject({
      values: { floor_number: 8 },
    })
    // Every text value is kept as sent, one under a key Object.prototype also names too.
    const odd = readReply(nfm('address_message', '{"values":{"__proto__":"x","constructor":"y"}}', ''))
    expect(odd.kind === 'address' && Object.entries(odd.values)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ])
    expect(readReply(nfm('address_message', '{}', ''))).toEqual({
      kind: 'address',
      values: {},
      response: { ok: true, raw: '{}', value: {} },
    })
  })

  it('a broken response_json is a result with the raw string, never an exception', () => {
    expect(readReply(nfm('flow', '{"flow_token": "t"', 'Sent'))).toEqual({
      kind: 'flow',
      name: 'flow',
      response: { ok: false, raw: '{"flow_token": "t"', reason: 'not_json' },
    })
    expect(readReply(nfm('address_message', '["a"]', 'Dar'))).toEqual({
      kind: 'address',
      address: 'Dar',
      values: {},
      response: { ok: false, raw: '["a"]', reason: 'not_json_object' },
    })
  })
})

describe('parseReplyResponse', () => {
  it('never throws: any string is parsed or refused with a reason, raw kept', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    for (const raw of ['', 'null', '"x"', '12', 'true', '{', deep, '{"__proto__":{"x":1}}']) {
      const parsed = parseReplyResponse(raw)
      expect(parsed.raw).toBe(raw)
    }
    expect(parseReplyResponse('null')).toEqual({ ok: false, raw: 'null', reason: 'not_json_object' })
    expect(parseReplyResponse('')).toEqual({ ok: false, raw: '', reason: 'not_json' })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const parsed = parseReplyResponse(raw)
        expect(parsed.raw).toBe(raw)
        if (parsed.ok) expect(JSON.parse(raw)).toEqual(parsed.value)
      }),
    )
  })

  it('a __proto__ key is the payload’s own field, not the object’s prototype', () => {
    const parsed = parseReplyResponse('{"__proto__":{"polluted":true}}')
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
