import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { TEMPLATE_STATUSES } from '../store/records.ts'
import { IMPOSSIBLE_DATE_TIMES } from '../test-support/impossible-date-times.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

// Briq's documented query parameters of its read endpoints (docs.briq.tz: list-poll-messages,
// list-conversations, list-senders, list-templates). In strict mode the mock takes exactly
// these values and answers anything else with 422 and Briq's WaErrorEnvelope naming the field.
const http = TRANSPORTS.find((t) => t.name === 'node:http server')!
const e = encodeURIComponent
const UUID = FIXTURE_IDS.openConversation

interface Endpoint {
  path: string
  accepted: string[]
  refused: [query: string, field: string][]
}

const ENDPOINTS: Endpoint[] = [
  {
    path: '/v1/whatsapp/messages',
    accepted: [
      `conversation_id=${UUID}`,
      'message_type=interactive',
      `message_type=${'t'.repeat(100)}`,
      'status=delivered',
      'status=anything-at-all',
      'direction=inbound',
      'direction=outbound',
      'since=2026-06-24T00:00:00Z',
      `since=${e('2026-06-24T03:00:00+03:00')}`,
      'until=2026-06-24T00:00:00.123Z',
      'since=2028-02-29T00:00:00Z',
      'until=2026-12-31T23:59:59Z',
      `until=${e('2026-06-24T00:00:00-23:59')}`,
      'limit=1',
      'limit=200',
      'offset=0',
      'offset=5',
    ],
    refused: [
      ['conversation_id=abc', 'conversation_id'],
      ['conversation_id=', 'conversation_id'],
      ['direction=any', 'direction'],
      ['direction=INBOUND', 'direction'],
      ['direction=', 'direction'],
      ['since=yesterday', 'since'],
      ['since=2026-06-24', 'since'],
      ['since=2026-06-24T00:00:00', 'since'],
      ['until=June%2024%202026', 'until'],
      // Real calendar date-times only: Date.parse alone rolls these over to another day.
      ...IMPOSSIBLE_DATE_TIMES.flatMap((time): [string, string][] => [
        [`since=${e(time)}`, 'since'],
        [`until=${e(time)}`, 'until'],
      ]),
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=1.5', 'limit'],
      ['limit=1e2', 'limit'],
      ['limit=', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=abc', 'offset'],
    ],
  },
  {
    path: '/v1/whatsapp/conversations',
    accepted: [
      `sender_id=${FIXTURE_IDS.salesSender}`,
      'recipient=2557',
      `recipient=${e('+255')}`,
      `recipient=${'2'.repeat(20)}`,
      'status=all',
      'status=open',
      'status=unread',
      `search=${'s'.repeat(64)}`,
      `search=${e('😀'.repeat(64))}`,
      'limit=1',
      'limit=100',
      'offset=0',
    ],
    refused: [
      ['sender_id=x', 'sender_id'],
      ['recipient=255', 'recipient'],
      [`recipient=${'2'.repeat(21)}`, 'recipient'],
      ['status=closed', 'status'],
      ['status=', 'status'],
      [`search=${'s'.repeat(65)}`, 'search'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['offset=-1', 'offset'],
    ],
  },
  {
    path: '/v1/whatsapp/senders',
    accepted: ['is_active=true', 'is_active=false', 'is_default=true', 'is_default=false'],
    refused: [
      ['is_active=maybe', 'is_active'],
      ['is_active=', 'is_active'],
      ['is_active=1', 'is_active'],
      ['is_default=0', 'is_default'],
    ],
  },
  {
    path: '/v1/whatsapp/templates',
    accepted: [
      ...TEMPLATE_STATUSES.map((status) => `status=${status}`),
      'status=PENDING',
      'status=APPROVED&status=REJECTED',
      'category=AUTH',
      'category=AUTHENTICATION',
      'category=UTILITY',
      'category=MARKETING',
      'language=sw&language=en_US',
      `name_or_content=${'n'.repeat(200)}`,
      `sender_id=${FIXTURE_IDS.salesSender}`,
      ...['updated_desc', 'updated_asc', 'created_desc', 'name_asc', 'name_desc'].map((sort) => `sort=${sort}`),
      'limit=1',
      'limit=200',
    ],
    refused: [
      ['status=NOPE', 'status'],
      ['status=approved', 'status'],
      ['status=APPROVED,REJECTED', 'status'],
      ['category=OTHER', 'category'],
      [`name_or_content=${'n'.repeat(201)}`, 'name_or_content'],
      ['sort=name', 'sort'],
      ['sender_id=x', 'sender_id'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
    ],
  },
]

describe('read endpoints take exactly Briq’s documented query values (strict)', () => {
  const api = useMock(http, { clock: 'manual', strict: true })

  describe.each(ENDPOINTS)('$path', ({ path, accepted, refused }) => {
    it.each(accepted)('accepts %s', async (query) => {
      const res = await api.call('GET', `${path}?${query}`)
      expect(res.status, JSON.stringify(res.json)).toBe(200)
    })

    it.each(refused)('refuses %s with 422 naming %s', async (query, field) => {
      const res = await api.call('GET', `${path}?${query}`)
      expect(res.status).toBe(422)
      expect(res.json).toEqual({
        success: false,
        data: null,
        errors: [{ code: 'VALIDATION_ERROR', message: expect.any(String), field }],
        request_id: res.headers.get('x-request-id'),
      })
    })
  })

  it('uses Briq’s defaults: messages limit 100, conversations 50, offset 0', async () => {
    expect((await api.call('GET', '/v1/whatsapp/messages')).json.data).toMatchObject({ limit: 100, offset: 0 })
    expect((await api.call('GET', '/v1/whatsapp/conversations')).json.data).toMatchObject({ limit: 50, offset: 0 })
  })

  // The README: an empty free-text parameter (a filter form's blank field) filters nothing.
  it.each([
    ['/v1/whatsapp/messages', 'message_type='],
    ['/v1/whatsapp/messages', 'status='],
    ['/v1/whatsapp/messages', 'message_type=&status=&limit=2&offset=1'],
    ['/v1/whatsapp/conversations', 'search='],
    ['/v1/whatsapp/templates', 'name_or_content='],
  ])('reads an empty free-text filter on %s (%s) as not given', async (path, query) => {
    const page = (res: { json: { data?: unknown } }) => res.json.data ?? res.json
    const extra = new URLSearchParams(query)
    for (const [name, value] of [...extra]) if (value === '') extra.delete(name)
    const unfiltered = page(await api.call('GET', `${path}?${extra}`))
    const blank = await api.call('GET', `${path}?${query}`)
    expect(blank.status, JSON.stringify(blank.json)).toBe(200)
    expect(page(blank)).toEqual(unfiltered)
    expect(unfiltered).toHaveProperty('items.0')
  })

  it('matches recipient exactly: an unencoded + (a space) finds nothing, as on Briq', async () => {
    const res = await api.call('GET', '/v1/whatsapp/conversations?recipient=+255713000001')
    expect(res.json.data.items).toEqual([])
  })

  it('says why an unencoded + offset in since or until is refused: the query read it as a space', async () => {
    const res = await api.call('GET', '/v1/whatsapp/messages?since=2026-06-24T00:00:00+03:00')
    expect(res.status).toBe(422)
    expect(res.json.errors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message:
          'since must be a real date-time with an offset, like 2026-06-24T00:00:00Z, got "2026-06-24T00:00:00 03:00": a + in a URL query reads as a space, so send the offset as %2B03:00',
        field: 'since',
      },
    ])
    // No hint where a + would not have made it a date-time either.
    const other = await api.call('GET', '/v1/whatsapp/messages?until=2026-02-30T00:00:00+03:00')
    expect(other.json.errors[0].message).not.toContain('%2B')
  })

  // Briq (FastAPI) reads a parameter that is not a list with Starlette's QueryParams.get, which
  // keeps the last of a repeated key (ImmutableMultiDict, starlette/datastructures.py).
  it('reads the last value of a repeated single-valued parameter, as Briq does', async () => {
    const page = await api.call(
      'GET',
      '/v1/whatsapp/conversations?limit=1&limit=2&recipient=255712345678&recipient=255713000001',
    )
    expect(page.json.data).toMatchObject({ limit: 2, items: [{ id: FIXTURE_IDS.closedConversation }] })
    const refused = await api.call('GET', '/v1/whatsapp/messages?limit=5&limit=0')
    expect(refused.status).toBe(422)
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ field: 'limit', message: expect.stringContaining('"0"') }),
    ])
    expect((await api.call('GET', '/v1/whatsapp/senders?is_default=false&is_default=true')).json).toEqual([
      expect.objectContaining({ id: FIXTURE_IDS.supportSender, is_default: true }),
    ])
    const first = await api.call('GET', '/v1/whatsapp/templates?limit=1&sort=name_asc')
    const next = await api.call(
      'GET',
      `/v1/whatsapp/templates?limit=1&sort=name_asc&cursor=stale&cursor=${first.json.cursor_next}`,
    )
    expect(next.status).toBe(200)
    expect(next.json.items[0].name).not.toBe(first.json.items[0].name)
  })
})

describe('the conveniences the mock offers outside strict mode (see its README)', () => {
  const api = useMock(http, { clock: 'manual' })

  it.each([
    ['/v1/whatsapp/senders?is_active=1', 200],
    ['/v1/whatsapp/templates?status=approved,rejected', 200],
    ['/v1/whatsapp/templates?category=authentication', 200],
  ])('reads %s', async (path, status) => {
    expect((await api.call('GET', path)).status).toBe(status)
  })

  it('reads an unencoded + in recipient as the +', async () => {
    const res = await api.call('GET', '/v1/whatsapp/conversations?recipient=+255713000001')
    expect(res.json.data.items.map((c: { id: string }) => c.id)).toEqual([FIXTURE_IDS.closedConversation])
  })

  it('is never more lenient than Briq on a documented value', async () => {
    for (const path of [
      '/v1/whatsapp/messages?direction=any',
      '/v1/whatsapp/messages?limit=201',
      '/v1/whatsapp/conversations?status=closed',
      '/v1/whatsapp/templates?status=NOPE',
      '/v1/whatsapp/messages?since=2026-02-30T00:00:00Z',
      '/v1/whatsapp/messages?until=2026-04-31T00:00:00Z',
    ]) {
      expect((await api.call('GET', path)).status, path).toBe(422)
    }
  })
})
