import { describe, expect, it } from 'vitest'
import { CONVERSATION_STATUS_FILTERS, MESSAGE_DIRECTIONS } from './query-values.ts'

// Briq's documented values, typed in from its API reference (docs.briq.tz): the client's query
// types and the mock's checks both read these lists.
describe("Briq's read-endpoint query values", () => {
  it('lists the directions of GET /v1/whatsapp/messages', () => {
    expect(MESSAGE_DIRECTIONS).toEqual(['inbound', 'outbound'])
  })

  it('lists the status filters of GET /v1/whatsapp/conversations, the default first', () => {
    expect(CONVERSATION_STATUS_FILTERS).toEqual(['all', 'open', 'unread'])
  })
})
