import { HttpResponse, http, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { LIMITS } from '../limits.ts'
import { createBriqClient } from './create-briq-client.ts'

const API = 'https://app.test/api/briq'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.unstubAllGlobals()
})
afterAll(() => server.close())

const envelope = (data: unknown) => ({ success: true, data, errors: null, request_id: 'req-1' })

const reply = {
  id: 'in-1',
  message_id: 'wamid.in',
  conversation_id: 'c-1',
  is_outbound: false,
  message_type: 'interactive',
  content: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } },
  created_at: '2026-11-25T10:00:00Z',
  paired_message_id: 'm/1',
}
const detail = {
  id: 'm/1',
  status: 'read',
  provider_message_id: 'wamid.x',
  error_code: null,
  error_message: null,
  reply,
}
const conversation = {
  id: 'c 1',
  sender_id: 's-1',
  recipient_phone: '255712345678',
  is_active: true,
  unread_count: 1,
  contact_profile_name: 'Amina',
  last_message_at: '2026-11-25T10:00:00Z',
  window: { open: true, expires_at: '2026-11-26T10:00:00Z' },
  created_at: '2026-11-20T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
}
const sender = { id: 's-1', display_number: '255700000001', label: 'Support line', is_default: true, is_active: true }

/** Records what the handler saw, then answers with `body`. */
function capture(method: 'get' | 'post', path: string, body: JsonBodyType) {
  const seen: { url: URL; headers: Headers; body: unknown }[] = []
  server.use(
    http[method](`${API}${path}`, async ({ request }) => {
      const text = await request.text()
      seen.push({
        url: new URL(request.url),
        headers: request.headers,
        body: text === '' ? undefined : JSON.parse(text),
      })
      return HttpResponse.json(body)
    }),
  )
  return seen
}

describe('createBriqClient: reads', () => {
  it('getMessage encodes the id and returns the detail with its paired reply', async () => {
    const seen = capture('get', '/v1/whatsapp/messages/:id', envelope(detail))
    const result = await createBriqClient({ endpoint: `${API}/` }).getMessage('m/1')
    expect(result.reply?.content).toEqual(reply.content)
    expect(result.status).toBe('read')
    expect(seen[0]?.url.pathname).toBe('/api/briq/v1/whatsapp/messages/m%2F1')
    expect(seen[0]?.headers.get('accept')).toBe('application/json')
    expect(seen[0]?.headers.get('content-type')).toBeNull()
  })

  it('listMessages sends the filters as a query string, dates as ISO 8601, empty ones left out', async () => {
    const page = { items: [reply], total: 1, limit: 20, offset: 0 }
    const seen = capture('get', '/v1/whatsapp/messages', envelope(page))
    const result = await createBriqClient({ endpoint: API }).listMessages({
      conversation_id: 'c-1',
      direction: 'inbound',
      message_type: 'interactive',
      status: 'delivered',
      since: new Date('2026-06-24T00:00:00Z'),
      until: '2026-06-25T00:00:00Z',
      limit: 20,
      offset: 0,
    })
    expect(result).toEqual(page)
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({
      conversation_id: 'c-1',
      direction: 'inbound',
      message_type: 'interactive',
      status: 'delivered',
      since: '2026-06-24T00:00:00.000Z',
      until: '2026-06-25T00:00:00Z',
      limit: '20',
      offset: '0',
    })
  })

  it('listMessages without a query sends no query string', async () => {
    const seen = capture('get', '/v1/whatsapp/messages', envelope({ items: [], total: 0, limit: 100, offset: 0 }))
    await createBriqClient({ endpoint: API }).listMessages()
    expect(seen[0]?.url.search).toBe('')
  })

  it('listConversations and getConversation', async () => {
    const list = capture(
      'get',
      '/v1/whatsapp/conversations',
      envelope({ items: [conversation], total: 1, limit: 50, offset: 0 }),
    )
    const one = capture('get', '/v1/whatsapp/conversations/:id', envelope(conversation))
    const client = createBriqClient({ endpoint: API })
    const page = await client.listConversations({ status: 'unread', recipient: '+255712345678', search: '', limit: 5 })
    expect(page.items[0]?.window?.open).toBe(true)
    expect(list[0]?.url.search).toBe('?status=unread&recipient=%2B255712345678&limit=5')
    expect((await client.getConversation('c 1')).id).toBe('c 1')
    expect(one[0]?.url.pathname).toBe('/api/briq/v1/whatsapp/conversations/c%201')
  })

  it("reads a conversation in Briq's older shape (no sender_id, unread_count or window)", async () => {
    // docs.briq.tz guides/whatsapp-conversations: the older, bare answer.
    const older = {
      id: 'c-2',
      whatsapp_account_id: 'acc-1',
      whatsapp_sender_number_id: 'num-1',
      recipient_phone: '+255712345678',
      is_active: true,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
      last_message_at: '2026-11-25T10:00:00Z',
    }
    capture('get', '/v1/whatsapp/conversations', { items: [older, conversation], total: 2, limit: 50, offset: 0 })
    capture('get', '/v1/whatsapp/conversations/:id', older)
    const client = createBriqClient({ endpoint: API })
    const page = await client.listConversations()
    expect(page.items).toEqual([older, conversation])
    const one = await client.getConversation('c-2')
    expect(one).toEqual(older)
    expect(one.window).toBeUndefined()
    expect(one.sender_id).toBeUndefined()
    expect(one.whatsapp_sender_number_id).toBe('num-1')
  })

  it("still refuses a conversation without what both of Briq's shapes have", async () => {
    const client = createBriqClient({ endpoint: API })
    for (const missing of ['id', 'recipient_phone', 'is_active', 'created_at', 'updated_at']) {
      const { [missing]: _, ...rest } = conversation as Record<string, unknown>
      server.resetHandlers()
      capture('get', '/v1/whatsapp/conversations/:id', envelope(rest))
      await expect(client.getConversation('c 1'), missing).rejects.toMatchObject({ kind: 'invalid_response' })
    }
    // Where the newer fields are present, they are still checked.
    for (const bad of [{ window: { expires_at: null } }, { unread_count: '1' }, { sender_id: 7 }, { window: null }]) {
      server.resetHandlers()
      capture('get', '/v1/whatsapp/conversations/:id', envelope({ ...conversation, ...bad }))
      await expect(client.getConversation('c 1'), JSON.stringify(bad)).rejects.toMatchObject({
        kind: 'invalid_response',
      })
    }
  })

  it('listSenders reads the bare array Briq documents, with boolean filters', async () => {
    const seen = capture('get', '/v1/whatsapp/senders', [sender])
    const senders = await createBriqClient({ endpoint: API }).listSenders({ is_active: true, is_default: false })
    expect(senders).toEqual([sender])
    expect(seen[0]?.url.search).toBe('?is_active=true&is_default=false')
  })

  it('listSenders also accepts an enveloped array or an {items} page', async () => {
    const client = createBriqClient({ endpoint: API })
    capture('get', '/v1/whatsapp/senders', envelope([sender]))
    expect(await client.listSenders()).toEqual([sender])
    server.resetHandlers()
    capture('get', '/v1/whatsapp/senders', { items: [sender], total: 1 })
    expect(await client.listSenders()).toEqual([sender])
  })
})

describe('createBriqClient: read receipts', () => {
  it('markRead posts without a body and returns the receipt', async () => {
    const seen = capture('post', '/v1/whatsapp/messages/:id/read', envelope({ message_id: 'in-1', status: 'read' }))
    const receipt = await createBriqClient({ endpoint: API }).markRead('in-1')
    expect(receipt).toEqual({ message_id: 'in-1', status: 'read' })
    expect(seen[0]?.url.pathname).toBe('/api/briq/v1/whatsapp/messages/in-1/read')
    expect(seen[0]?.body).toBeUndefined()
    expect(seen[0]?.headers.get('content-type')).toBeNull()
  })

  it('markRead resolves null when Briq returns no data', async () => {
    capture('post', '/v1/whatsapp/messages/:id/read', envelope(null))
    expect(await createBriqClient({ endpoint: API }).markRead('in-1')).toBeNull()
  })

  it('markConversationRead posts up_to (a Date, a string, or null for now)', async () => {
    const seen = capture(
      'post',
      '/v1/whatsapp/conversations/:id/read',
      envelope({ conversation_id: 'c-1', messages_marked_read: 3 }),
    )
    const client = createBriqClient({ endpoint: API })
    const result = await client.markConversationRead('c-1', { upTo: new Date('2026-11-25T10:00:00Z') })
    expect(result).toEqual({ conversation_id: 'c-1', messages_marked_read: 3 })
    await client.markConversationRead('c-1', { upTo: '2026-11-25T11:00:00Z' })
    await client.markConversationRead('c-1')
    expect(seen.map((request) => request.body)).toEqual([
      { up_to: '2026-11-25T10:00:00.000Z' },
      { up_to: '2026-11-25T11:00:00Z' },
      { up_to: null },
    ])
    expect(seen[0]?.headers.get('content-type')).toBe('application/json')
  })
})

describe('createBriqClient: headers and fetch', () => {
  it('sends static, per-client-function and per-call headers, and never an API key', async () => {
    const seen = capture('get', '/v1/whatsapp/senders', [])
    let token = 0
    const client = createBriqClient({ endpoint: API, headers: () => ({ authorization: `Bearer t${++token}` }) })
    await client.listSenders(undefined, { headers: { 'x-trace': 'abc', accept: 'text/html' } })
    await client.listSenders()
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer t1')
    expect(seen[0]?.headers.get('x-trace')).toBe('abc')
    expect(seen[0]?.headers.get('accept')).toBe('application/json')
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer t2')
    expect(seen[0]?.headers.has('x-api-key')).toBe(false)

    await createBriqClient({ endpoint: API, headers: { authorization: 'Bearer fixed' } }).listSenders()
    expect(seen[2]?.headers.get('authorization')).toBe('Bearer fixed')
  })

  it('lets a per-call header replace the client’s header of that name', async () => {
    const seen = capture('get', '/v1/whatsapp/senders', [])
    const client = createBriqClient({ endpoint: API, headers: { authorization: 'Bearer client', 'x-trace': 'client' } })
    await client.listSenders(undefined, { headers: { authorization: 'Bearer call' } })
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer call')
    expect(seen[0]?.headers.get('x-trace')).toBe('client')
  })

  it('looks up globalThis.fetch at call time, after the client was created', async () => {
    const client = createBriqClient({ endpoint: '/api/briq' })
    const fetchSpy = vi.fn(async (_input: string, _init?: RequestInit) => Response.json([sender]))
    vi.stubGlobal('fetch', fetchSpy)
    expect(await client.listSenders()).toEqual([sender])
    expect(fetchSpy).toHaveBeenCalledOnce()
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/briq/v1/whatsapp/senders')
  })

  it('says so when there is no fetch at all, without retrying', async () => {
    vi.stubGlobal('fetch', undefined)
    const error = createBriqClient({ endpoint: API }).listSenders()
    await expect(error).rejects.toMatchObject({ kind: 'network' })
    await expect(error).rejects.toThrow(
      'GET /v1/whatsapp/senders cannot be sent: there is no fetch here; pass one as createBriqClient({ fetch })',
    )
  })

  it('reads a network-error Response from the fetch it was given as fetch would: a network failure', async () => {
    // What the mock's handle() answers for a dropped connection; fetch itself rejects on one.
    const fetchSpy = vi.fn(async () => Response.error())
    const client = createBriqClient({ endpoint: API, fetch: fetchSpy, retry: false })
    const error = client.listSenders()
    await expect(error).rejects.toMatchObject({ kind: 'network', status: undefined })
    await expect(error).rejects.toThrow(`GET /v1/whatsapp/senders could not reach ${API}:`)
  })

  it('uses the fetch it was given', async () => {
    const fetchSpy = vi.fn(async () => Response.json(envelope(detail)))
    const client = createBriqClient({ endpoint: '/api/briq/', fetch: fetchSpy })
    expect((await client.getMessage('m-1')).status).toBe('read')
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/briq/v1/whatsapp/messages/m-1',
      expect.objectContaining({ method: 'GET' }),
    )
  })

  it('refuses an empty id before any request (it would hit the list path)', async () => {
    const fetchSpy = vi.fn(async () => Response.json({}))
    const client = createBriqClient({ endpoint: API, fetch: fetchSpy })
    await expect(client.getMessage('')).rejects.toMatchObject({ kind: 'validation', errors: [{ field: 'messageId' }] })
    await expect(client.markConversationRead('c-1', { upTo: new Date('nope') })).rejects.toMatchObject({
      kind: 'validation',
    })
    await expect(client.listMessages({ since: new Date('nope') })).rejects.toMatchObject({ kind: 'validation' })
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('createBriqClient: validation options', () => {
  const list = (body: string) => ({
    to: '255712345678',
    interactive: {
      type: 'list' as const,
      body: { text: body },
      action: { button: 'Menu', sections: [{ title: 'All', rows: [{ id: 'a', title: 'A' }] }] },
    },
  })
  const longBody = 'x'.repeat(LIMITS.body.text.max + 1)
  const sent = {
    message_id: 'm-1',
    conversation_id: 'c-1',
    sender_id: 's-1',
    sender: '1107264639145282',
    provider_message_id: null,
    status: 'pending',
  }

  it('checks each send with the options it was given', async () => {
    const fetchSpy = vi.fn(async () => Response.json(envelope(sent), { status: 202 }))
    const client = createBriqClient({ endpoint: API, fetch: fetchSpy, validation: { extendedListBody: true } })
    await expect(client.sendInteractive(list(longBody))).resolves.toMatchObject({ message_id: 'm-1' })
    expect(fetchSpy).toHaveBeenCalledTimes(1)
  })

  // A JavaScript caller's null is no options, as the validators read it: the defaults refuse the
  // long body before any request.
  it('reads null as no options', async () => {
    const fetchSpy = vi.fn(async () => Response.json(envelope(sent), { status: 202 }))
    const client = createBriqClient({ endpoint: API, fetch: fetchSpy, validation: null as never })
    await expect(client.sendInteractive(list(longBody))).rejects.toMatchObject({
      kind: 'validation',
      issues: [{ path: ['interactive', 'body', 'text'], code: 'too_long', limit: LIMITS.body.text.max }],
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
