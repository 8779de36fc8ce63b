import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { interactiveReplyFromContent } from './interactive-reply-from-content.ts'

// What the reader replaced: Meta's two reply shapes as zod schemas, extra keys allowed.
const zodReply = z.union([
  z.looseObject({
    type: z.literal('button_reply'),
    button_reply: z.looseObject({ id: z.string(), title: z.string() }),
  }),
  z.looseObject({
    type: z.literal('list_reply'),
    list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.optional(z.nullable(z.string())) }),
  }),
])
const byZod = (content: unknown) => {
  const read = (value: unknown) => {
    const parsed = zodReply.safeParse(value)
    if (!parsed.success) return null
    const reply = parsed.data
    if (reply.type === 'button_reply')
      return { type: reply.type, button_reply: { id: reply.button_reply.id, title: reply.button_reply.title } }
    const { id, title, description } = reply.list_reply
    return { type: reply.type, list_reply: description == null ? { id, title } : { id, title, description } }
  }
  const nested =
    typeof content === 'object' && content !== null && Object.hasOwn(content, 'interactive')
      ? (content as { interactive: unknown }).interactive
      : undefined
  return read(content) ?? read(nested)
}

describe('interactiveReplyFromContent', () => {
  it('reads a top-level button_reply and drops extra keys', () => {
    const content = { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes', extra: 1 }, more: true }
    expect(interactiveReplyFromContent(content)).toEqual({
      type: 'button_reply',
      button_reply: { id: 'yes', title: 'Yes' },
    })
  })
  it('reads a list_reply with and without a description', () => {
    expect(
      interactiveReplyFromContent({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'D' } }),
    ).toEqual({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'D' } })
    expect(interactiveReplyFromContent({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row' } })).toEqual({
      type: 'list_reply',
      list_reply: { id: 'r1', title: 'Row' },
    })
    // A serializer that writes every field sends null for a row without one.
    expect(
      interactiveReplyFromContent({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: null } }),
    ).toEqual({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row' } })
  })
  it("reads Meta's nested webhook shape", () => {
    const content = {
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'no', title: 'No' } },
    }
    expect(interactiveReplyFromContent(content)).toEqual({
      type: 'button_reply',
      button_reply: { id: 'no', title: 'No' },
    })
  })
  it('reads exactly what the zod schemas it replaced read', () => {
    const text = fc.oneof(fc.string(), fc.anything())
    const fields = fc.record(
      {
        id: text,
        title: text,
        description: fc.oneof(text, fc.constant(undefined), fc.constant(null)),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    )
    const reply = fc.record(
      {
        type: fc.oneof(fc.constantFrom('button_reply', 'list_reply', 'interactive'), fc.anything()),
        button_reply: fc.oneof(fields, fc.anything()),
        list_reply: fc.oneof(fields, fc.anything()),
      },
      { requiredKeys: [] },
    )
    const content = fc.oneof(reply, fc.record({ type: fc.constant('interactive'), interactive: reply }), fc.anything())
    fc.assert(
      fc.property(content, (value) => {
        expect(interactiveReplyFromContent(value)).toEqual(byZod(value))
      }),
      { numRuns: 500 },
    )
  })
  it('returns null for other content', () => {
    expect(interactiveReplyFromContent({ body: 'hello' })).toBeNull()
    expect(interactiveReplyFromContent({ type: 'button_reply', button_reply: { id: 1, title: 'x' } })).toBeNull()
    expect(interactiveReplyFromContent(null)).toBeNull()
    expect(interactiveReplyFromContent('text')).toBeNull()
    expect(interactiveReplyFromContent({ type: 'interactive', interactive: null })).toBeNull()
  })

  it('reads a shared location, nested or bare under message_type location', () => {
    const place = { latitude: -6.8163, longitude: 39.2733, name: 'Kariakoo Market', address: 'Kariakoo, Dar es Salaam' }
    const expected = { type: 'location', location: place }
    expect(interactiveReplyFromContent({ type: 'location', location: place })).toEqual(expected)
    expect(interactiveReplyFromContent(place, 'location')).toEqual(expected)
    expect(interactiveReplyFromContent({ latitude: 1, longitude: 2, name: null }, 'location')).toEqual({
      type: 'location',
      location: { latitude: 1, longitude: 2 },
    })
    // Coordinates alone are not a location unless the message says it is one.
    expect(interactiveReplyFromContent(place)).toBeNull()
    expect(interactiveReplyFromContent(place, 'text')).toBeNull()
    expect(interactiveReplyFromContent({ latitude: '-6.8', longitude: 39.2 }, 'location')).toBeNull()
    expect(interactiveReplyFromContent({ latitude: Number.NaN, longitude: 39.2 }, 'location')).toBeNull()
    expect(interactiveReplyFromContent({ latitude: 1, longitude: 2, name: 3 }, 'location')).toBeNull()
  })
  it('reads a call permission answer, top level or nested', () => {
    const accepted = {
      response: 'accept',
      is_permanent: false,
      expiration_timestamp: 1_765_000_000,
      response_source: 'user_action',
    }
    expect(interactiveReplyFromContent({ type: 'call_permission_reply', call_permission_reply: accepted })).toEqual({
      type: 'call_permission_reply',
      call_permission_reply: accepted,
    })
    expect(
      interactiveReplyFromContent({
        type: 'interactive',
        interactive: {
          type: 'call_permission_reply',
          call_permission_reply: { response: 'reject', expiration_timestamp: null },
        },
      }),
    ).toEqual({ type: 'call_permission_reply', call_permission_reply: { response: 'reject' } })
    for (const bad of [
      { response: 'maybe' },
      { response: 'accept', is_permanent: 'no' },
      { response: 'accept', expiration_timestamp: '1765000000' },
      {},
    ]) {
      expect(interactiveReplyFromContent({ type: 'call_permission_reply', call_permission_reply: bad })).toBeNull()
    }
    expect(interactiveReplyFromContent({ type: 'call_permission_reply' })).toBeNull()
  })
  it('reads a completed flow and a submitted address (nfm_reply)', () => {
    const flow = { name: 'flow', body: 'Sent', response_json: '{"flow_token":"unused"}' }
    expect(interactiveReplyFromContent({ type: 'nfm_reply', nfm_reply: flow })).toEqual({
      type: 'nfm_reply',
      nfm_reply: flow,
    })
    const address = { name: 'address_message', response_json: '{"values":{}}', body: null }
    expect(
      interactiveReplyFromContent({ type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: address } }),
    ).toEqual({ type: 'nfm_reply', nfm_reply: { name: 'address_message', response_json: '{"values":{}}' } })
    for (const bad of [
      { name: 'flow', body: 'Sent' },
      { name: 'flow', response_json: { flow_token: 'x' } },
      { body: 'Sent', response_json: '{}' },
      { name: 'flow', body: 1, response_json: '{}' },
    ]) {
      expect(interactiveReplyFromContent({ type: 'nfm_reply', nfm_reply: bad })).toBeNull()
    }
  })
})
