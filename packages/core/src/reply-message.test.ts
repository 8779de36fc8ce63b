import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { interactiveReplyFromContent } from './client/interactive-reply-from-content.ts'
import type { InteractiveReply } from './interactive-reply.ts'
import { readReply } from './read-reply.ts'
import { addressOnOneLine, addressReply, addressReplyBody, flowReply, replyMessage } from './reply-message.ts'

const text = fc.string({ maxLength: 8 })
const optional = <T>(key: string, value: fc.Arbitrary<T>) =>
  fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }))
const coordinate = fc.double({ min: -180, max: 180, noNaN: true })

const anyReply: fc.Arbitrary<InteractiveReply> = fc.oneof(
  fc.record({ id: text, title: text }).map((button_reply) => ({ type: 'button_reply' as const, button_reply })),
  fc
    .tuple(text, text, optional('description', text))
    .map(([id, title, rest]) => ({ type: 'list_reply' as const, list_reply: { id, title, ...rest } })),
  fc
    .tuple(coordinate, coordinate, optional('name', text), optional('address', text))
    .map(([latitude, longitude, name, address]) => ({
      type: 'location' as const,
      location: { latitude, longitude, ...name, ...address },
    })),
  fc
    .tuple(
      fc.constantFrom('accept' as const, 'reject' as const),
      optional('is_permanent', fc.boolean()),
      optional('expiration_timestamp', fc.integer({ min: 0 })),
      optional('response_source', text),
    )
    .map(([response, ...rest]) => ({
      type: 'call_permission_reply' as const,
      call_permission_reply: Object.assign({ response }, ...rest),
    })),
  fc
    .tuple(fc.constantFrom('flow', 'address_message'), optional('body', text), fc.json())
    .map(([name, body, response_json]) => ({
      type: 'nfm_reply' as const,
      nfm_reply: { name, ...body, response_json },
    })),
)

describe('replyMessage', () => {
  it('a location is a location message of the bare object; any other answer an interactive one', () => {
    expect(replyMessage({ type: 'location', location: { latitude: -6.8, longitude: 39.3, name: 'Kariakoo' } })).toEqual(
      { messageType: 'location', content: { latitude: -6.8, longitude: 39.3, name: 'Kariakoo' } },
    )
    expect(replyMessage({ type: 'button_reply', button_reply: { id: 'a', title: 'A' } })).toEqual({
      messageType: 'interactive',
      content: { type: 'button_reply', button_reply: { id: 'a', title: 'A' } },
    })
  })

  it('is read back by interactiveReplyFromContent as the same answer', () => {
    fc.assert(
      fc.property(anyReply, (reply) => {
        const { messageType, content } = replyMessage(reply)
        expect(interactiveReplyFromContent(content, messageType)).toEqual(reply)
      }),
      { numRuns: 500 },
    )
  })
})

describe('flowReply and addressReply', () => {
  it('build the nfm_reply Meta sends, which readReply reads back', () => {
    const flow = flowReply({ flow_token: 'tok-1', date: '2026-12-05' })
    expect(flow).toEqual({
      type: 'nfm_reply',
      nfm_reply: { name: 'flow', body: 'Sent', response_json: '{"flow_token":"tok-1","date":"2026-12-05"}' },
    })
    expect(readReply(flow)).toMatchObject({ kind: 'flow', flowToken: 'tok-1' })
    const address = addressReply({ city: 'Pune', in_pin_code: '411001' }, 'Pune, 411001')
    expect(address).toEqual({
      type: 'nfm_reply',
      nfm_reply: {
        name: 'address_message',
        body: 'Pune, 411001',
        response_json: '{"values":{"city":"Pune","in_pin_code":"411001"}}',
      },
    })
    expect(readReply(address)).toMatchObject({
      kind: 'address',
      address: 'Pune, 411001',
      values: { city: 'Pune', in_pin_code: '411001' },
    })
  })

  it("words the body as the reply example of Meta's Address messages guide: name, phone, then the rest", () => {
    // The guide's India example: these values (its saved address), and the body it shows for them.
    const values = {
      in_pin_code: '400063',
      building_name: '',
      landmark_area: 'Goregaon',
      address: 'Wing A, Cello Triumph,IB Patel Rd',
      city: 'Mumbai',
      name: 'CUSTOMER_NAME',
      phone_number: '+91xxxxxxxxxx',
      floor_number: '8',
    }
    const metaBody = 'CUSTOMER_NAME\n +91xxxxxxxxxx\n 400063, Goregaon, Wing A, Cello Triumph,IB Patel Rd, Mumbai, 8'
    expect(addressReply(values)).toEqual({
      type: 'nfm_reply',
      nfm_reply: { name: 'address_message', body: metaBody, response_json: JSON.stringify({ values }) },
    })
    expect(readReply(addressReply(values))).toMatchObject({ kind: 'address', address: metaBody })
  })

  it('leaves out the lines of fields not filled in, and a body of nothing for no values', () => {
    expect(addressReplyBody({ city: 'Dodoma', name: '', in_pin_code: '411001' })).toBe('Dodoma, 411001')
    expect(addressReplyBody({ phone_number: '255712345678', city: 'Arusha' })).toBe('255712345678\n Arusha')
    expect(addressReplyBody({ name: 'Asha', count: 3 })).toBe('Asha')
    expect(addressReplyBody({})).toBe('')
  })

  it('puts an address body on one line for a sentence, its lines joined with commas', () => {
    expect(addressOnOneLine(addressReplyBody({ name: 'Asha', phone_number: '255712345678', city: 'Dodoma' }))).toBe(
      'Asha, 255712345678, Dodoma',
    )
    expect(addressOnOneLine('Pune, 411001')).toBe('Pune, 411001')
    expect(addressOnOneLine('Asha\r\n\n  Pune ')).toBe('Asha, Pune')
  })
})
