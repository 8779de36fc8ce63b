import { describe, expect, it } from 'vitest'
import {
  briqEnvelopeSchema,
  conversationPageSchema,
  messageDetailSchema,
  senderSchema,
  sendResultSchema,
} from './responses.ts'

const sendResult = {
  message_id: 'm-1',
  conversation_id: 'c-1',
  sender_id: 's-1',
  sender: '1107264639145282',
  provider_message_id: null,
  status: 'pending',
}

describe('response schemas', () => {
  it('parses the documented send envelope and keeps unknown keys', () => {
    const body = { success: true, data: { ...sendResult, added_later: 1 }, errors: null, request_id: 'r-1', trace: 'x' }
    const parsed = briqEnvelopeSchema(sendResultSchema).parse(body)
    expect(parsed.data).toEqual({ ...sendResult, added_later: 1 })
    expect(parsed.request_id).toBe('r-1')
  })
  it('parses an error envelope with null data', () => {
    const body = {
      success: false,
      data: null,
      errors: [{ code: 'WINDOW_CLOSED', message: 'Window closed', field: null }],
      request_id: 'r-2',
    }
    expect(briqEnvelopeSchema(sendResultSchema).parse(body).errors?.[0]?.code).toBe('WINDOW_CLOSED')
  })
  it('rejects a send result without a message id', () => {
    const { message_id: _omitted, ...rest } = sendResult
    expect(sendResultSchema.safeParse(rest).success).toBe(false)
  })
  it('accepts a status Briq may add later', () => {
    expect(sendResultSchema.parse({ ...sendResult, status: 'accepted' }).status).toBe('accepted')
  })
  it('parses a message detail with a paired reply, and the guide example without an id', () => {
    const reply = {
      id: 'in-1',
      message_id: 'wamid.in',
      conversation_id: 'c-1',
      is_outbound: false,
      message_type: 'interactive',
      content: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } },
      created_at: '2026-11-25T10:00:00Z',
      paired_message_id: 'm-1',
    }
    const detail = {
      id: 'm-1',
      status: 'read',
      provider_message_id: 'wamid.x',
      error_code: null,
      error_message: null,
      reply,
    }
    expect(messageDetailSchema.parse(detail).reply?.paired_message_id).toBe('m-1')
    expect(messageDetailSchema.parse({ status: 'delivered', provider_message_id: 'wamid.x', reply: null }).status).toBe(
      'delivered',
    )
  })
  it('parses a conversation page and a sender', () => {
    const conversation = {
      id: 'c-1',
      sender_id: 's-1',
      recipient_phone: '255712345678',
      is_active: true,
      unread_count: 2,
      contact_profile_name: 'Amina',
      last_message_at: '2026-11-25T10:00:00Z',
      window: { open: true, expires_at: '2026-11-26T10:00:00Z' },
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
    }
    const page = conversationPageSchema.parse({ items: [conversation], total: 1, limit: 50, offset: 0 })
    expect(page.items[0]?.window?.open).toBe(true)
    const sender = {
      id: 's-1',
      display_number: '255700000001',
      label: 'Support line',
      is_default: true,
      is_active: true,
    }
    expect(senderSchema.parse(sender).label).toBe('Support line')
    expect(senderSchema.safeParse({ ...sender, is_active: 'yes' }).success).toBe(false)
  })
})
