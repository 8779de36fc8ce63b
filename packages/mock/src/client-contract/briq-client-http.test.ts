import { BriqError, createBriqClient, type Interactive, interactiveReplyFromContent } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE, INTERACTIVE_EXAMPLES, SEND_REQUEST } from '@briq-interactive/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as mockModule from '../node.ts'
import type { MockHttpServer } from '../server/create-http-server.ts'

// Core's client against the standalone mock over real HTTP on loopback: the same answers the
// proxy and the playground see.

let server: MockHttpServer
beforeAll(async () => {
  server = await mockModule.startMockHttpServer({ port: 0, seed: 'core-client-e2e', clock: 'manual' })
})
afterAll(async () => {
  await server.close()
})

// Stands in for the proxy, which adds the key on the server side.
const client = () => createBriqClient({ endpoint: server.url, headers: { 'X-API-Key': mockModule.DEFAULT_API_KEY } })

const question = FEEDBACK_INTERACTIVE

describe('createBriqClient against the standalone mock server', () => {
  it("the workspace's standard send request goes to the fixture customer whose window is open", async () => {
    expect(SEND_REQUEST.to).toBe(mockModule.FIXTURE_PHONES.open)
    await expect(client().sendInteractive(SEND_REQUEST)).resolves.toMatchObject({ status: 'pending' })
  })

  it('send → status moves → reply → getMessage shows it → inbound list has it → markRead', async () => {
    const briq = client()
    const sent = await briq.sendInteractive({ to: mockModule.FIXTURE_PHONES.open, interactive: question })
    expect(sent).toMatchObject({ status: 'pending', provider_message_id: null })
    expect(sent.conversation_id).toBe(mockModule.FIXTURE_IDS.openConversation)

    const seen = [(await briq.getMessage(sent.message_id)).status]
    for (let step = 0; step < 10 && seen[seen.length - 1] !== 'read'; step++) {
      server.mock.advance(1000)
      const { status } = await briq.getMessage(sent.message_id)
      if (status !== seen[seen.length - 1]) seen.push(status)
    }
    expect(seen).toEqual(['pending', 'sent', 'delivered', 'read'])

    const inbound = server.mock.simulateReply(sent.message_id, 'no')
    const detail = await briq.getMessage(sent.message_id)
    expect(detail.reply).toMatchObject({ id: inbound.id, is_outbound: false, paired_message_id: sent.message_id })

    const page = await briq.listMessages({ direction: 'inbound', conversation_id: sent.conversation_id })
    const listed = page.items.find((item) => item.id === inbound.id)
    expect(listed).toMatchObject({ is_outbound: false, paired_message_id: sent.message_id })
    expect(page.items.every((item) => !item.is_outbound)).toBe(true)

    const receipt = await briq.markRead(inbound.id)
    expect(receipt).toMatchObject({ message_id: inbound.id, status: 'read' })
  })

  it('a location, a call permission answer, a flow and an address read back as replies', async () => {
    const briq = client()
    const answer = async (interactive: Interactive, choice: string) => {
      const sent = await briq.sendInteractive({ to: mockModule.FIXTURE_PHONES.open, interactive })
      server.mock.simulateReply(sent.message_id, choice)
      const { reply } = await briq.getMessage(sent.message_id)
      return interactiveReplyFromContent(reply?.content, reply?.message_type)
    }
    expect(await answer(INTERACTIVE_EXAMPLES.location_request_message, 'location')).toEqual({
      type: 'location',
      location: {
        latitude: -6.8163,
        longitude: 39.2733,
        name: 'Kariakoo Market',
        address: 'Mkunguni St, Kariakoo, Dar es Salaam',
      },
    })
    const accepted = await answer(INTERACTIVE_EXAMPLES.call_permission_request, 'accept')
    expect(accepted).toMatchObject({
      type: 'call_permission_reply',
      call_permission_reply: { response: 'accept', is_permanent: false, response_source: 'user_action' },
    })
    expect(accepted?.type === 'call_permission_reply' && accepted.call_permission_reply.expiration_timestamp).toEqual(
      expect.any(Number),
    )
    expect(await answer(INTERACTIVE_EXAMPLES.call_permission_request, 'reject')).toEqual({
      type: 'call_permission_reply',
      call_permission_reply: { response: 'reject', is_permanent: false, response_source: 'user_action' },
    })
    expect(await answer(INTERACTIVE_EXAMPLES.flow, 'complete')).toEqual({
      type: 'nfm_reply',
      nfm_reply: { name: 'flow', body: 'Sent', response_json: '{"flow_token":"signup-7c1e"}' },
    })
    expect(await answer(INTERACTIVE_EXAMPLES.address_message, 'submit')).toEqual({
      type: 'nfm_reply',
      nfm_reply: {
        name: 'address_message',
        body: 'Asha Patel\n 919876543210\n Mumbai',
        response_json: JSON.stringify({
          values: { name: 'Asha Patel', phone_number: '919876543210', city: 'Mumbai' },
        }),
      },
    })
  })

  it('reports 422 WINDOW_CLOSED and a missing key as http errors with their codes', async () => {
    const closed = client().sendInteractive({ to: mockModule.FIXTURE_PHONES.closed, interactive: question })
    await expect(closed).rejects.toMatchObject({ kind: 'http', status: 422, code: 'WINDOW_CLOSED' })
    const keyless = createBriqClient({ endpoint: server.url }).listSenders()
    await expect(keyless).rejects.toBeInstanceOf(BriqError)
    await expect(keyless).rejects.toMatchObject({ kind: 'http', status: 401 })
  })

  it('an invalid message never reaches the mock', async () => {
    const requests: string[] = []
    const briq = createBriqClient({
      endpoint: server.url,
      fetch: (url, init) => {
        requests.push(url)
        return fetch(url, init)
      },
    })
    const invalid = { ...question, body: { text: '' } }
    const call = briq.sendInteractive({ to: mockModule.FIXTURE_PHONES.open, interactive: invalid })
    await expect(call).rejects.toMatchObject({ kind: 'validation' })
    expect(requests).toEqual([])
  })
})
