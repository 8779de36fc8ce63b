import { BriqError, createBriqClient } from '@briq-interactive/core'
import { FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// The happy path over real HTTP on loopback: fetch → proxy (toNodeHandler) → standalone mock.
const API_KEY = 'mock-api-key'
const TOKEN = 'e2e-token'
const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

let mock: MockHttpServer
let proxy: TestProxy
beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, seed: 'proxy-e2e', clock: 'manual' })
  proxy = await startTestProxy({
    apiKey: API_KEY,
    upstream: mock.url,
    basePath: '/api/briq',
    allowAnonymous: false,
    authorize: bearerTokenAuthorize(TOKEN),
  })
})
afterAll(async () => {
  await proxy.close()
  await mock.close()
})

const api = (path: string, init: RequestInit = {}) => fetch(`${proxy.url}/api/briq${path}`, { headers, ...init })

describe('end to end against the standalone mock', () => {
  it('sends an interactive message and reads its status, the lists and a read receipt', async () => {
    const sent = await api('/v1/whatsapp/messages/interactive', { method: 'POST', body: JSON.stringify(VALID_SEND) })
    expect(sent.status).toBe(202)
    const envelope = await sent.json()
    expect(envelope).toMatchObject({ success: true, errors: null, data: { status: 'pending' } })
    const messageId: string = envelope.data.message_id
    expect(mock.mock.state().messages.some((message) => message.id === messageId)).toBe(true)

    mock.mock.advance(5000)
    const status = await api(`/v1/whatsapp/messages/${messageId}`)
    expect(status.status).toBe(200)
    expect((await status.json()).data).toMatchObject({ status: 'read' })

    const senders = await api('/v1/whatsapp/senders?is_active=true')
    expect(senders.status).toBe(200)
    expect(JSON.stringify(await senders.json())).toContain(FIXTURE_IDS.supportSender)

    const conversations = await api(`/v1/whatsapp/conversations?recipient=${FIXTURE_PHONES.open}`)
    expect(conversations.status).toBe(200)
    const conversation = await api(`/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}`)
    expect(conversation.status).toBe(200)

    const inbound = await api(`/v1/whatsapp/messages?direction=inbound&conversation_id=${FIXTURE_IDS.openConversation}`)
    expect(inbound.status).toBe(200)
    const read = await api(`/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}/read`, { method: 'POST' })
    expect(read.status).toBeLessThan(300)
    const readAll = await api(`/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`, {
      method: 'POST',
      body: JSON.stringify({ up_to: null }),
    })
    expect(readAll.status).toBeLessThan(300)
  })

  it("passes the mock's own refusals through: a closed window is 422 WINDOW_CLOSED", async () => {
    const response = await api('/v1/whatsapp/messages/interactive', {
      method: 'POST',
      body: JSON.stringify({ ...VALID_SEND, to: FIXTURE_PHONES.closed }),
    })
    expect(response.status).toBe(422)
    expect((await response.json()).errors[0].code).toBe('WINDOW_CLOSED')
  })

  it('stops an invalid send at the proxy: the mock never sees it', async () => {
    const before = mock.mock.state().messages.length
    const bad = { ...VALID_SEND, interactive: { ...VALID_SEND.interactive, body: { text: '' } } }
    const response = await api('/v1/whatsapp/messages/interactive', { method: 'POST', body: JSON.stringify(bad) })
    expect(response.status).toBe(422)
    expect((await response.json()).errors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      field: 'interactive.body.text',
    })
    expect(mock.mock.state().messages.length).toBe(before)
  })

  // RFC 3986 (6.2.2.2): `%6D` is `m`, the same path; Briq's server and the mock route it so, and
  // the proxy matches its allow-list on it alike, forwarding the path unescaped.
  it('takes a path with escaped unreserved letters as the mock does, and forwards it unescaped', async () => {
    const escaped = '/v1/whatsapp/%6Dessages/%69nteractive'
    const direct = await fetch(`${mock.url}${escaped}`, {
      method: 'POST',
      headers: { 'X-API-Key': API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify(VALID_SEND),
    })
    expect(direct.status).toBe(202)
    const sent = await api(escaped, { method: 'POST', body: JSON.stringify(VALID_SEND) })
    expect(sent.status).toBe(202)
    const messageId: string = (await sent.json()).data.message_id
    expect(mock.mock.state().messages.some((message) => message.id === messageId)).toBe(true)
    // An id with an escaped letter is that id, through either.
    const escapedId = `${messageId.slice(0, -1)}%${messageId.charCodeAt(messageId.length - 1).toString(16)}`
    const status = await api(`/v1/%77hatsapp/messages/${escapedId}`)
    expect(status.status).toBe(200)
    expect((await status.json()).data.id).toBe(messageId)
    expect(
      (await fetch(`${mock.url}/v1/whatsapp/messages/${escapedId}`, { headers: { 'X-API-Key': API_KEY } })).status,
    ).toBe(200)
    // Any other escape stays as sent: %2F is no slash, to either.
    expect((await api('/v1/whatsapp%2Fsenders')).status).toBe(404)
    expect((await fetch(`${mock.url}/v1/whatsapp%2Fsenders`, { headers: { 'X-API-Key': API_KEY } })).status).toBe(404)
  })

  it("passes the mock's 429 with Retry-After through", async () => {
    mock.mock.setScenario('rate-limited')
    const response = await api('/v1/whatsapp/messages/interactive', {
      method: 'POST',
      body: JSON.stringify(VALID_SEND),
    })
    mock.mock.setScenario('happy')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('2')
  })

  it("works with core's createBriqClient pointed at the proxy, every method", async () => {
    const client = createBriqClient({
      endpoint: `${proxy.url}/api/briq`,
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
    const sent = await client.sendInteractive(VALID_SEND as Parameters<typeof client.sendInteractive>[0])
    expect(sent.status).toBe('pending')
    expect((await client.getMessage(sent.message_id)).id).toBe(sent.message_id)
    expect((await client.listMessages({ direction: 'outbound', limit: 5 })).items.length).toBeGreaterThan(0)
    expect((await client.listConversations({ status: 'open' })).items.length).toBeGreaterThan(0)
    expect((await client.getConversation(FIXTURE_IDS.openConversation)).id).toBe(FIXTURE_IDS.openConversation)
    expect((await client.listSenders()).length).toBeGreaterThan(0)
    await client.markRead(FIXTURE_IDS.openingMessage)
    await client.markConversationRead(FIXTURE_IDS.openConversation)

    const anonymous = createBriqClient({ endpoint: `${proxy.url}/api/briq` })
    const refused = await anonymous.listSenders().catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(BriqError)
    expect(refused).toMatchObject({ status: 401, code: 'PROXY_UNAUTHORIZED' })
  })
})
