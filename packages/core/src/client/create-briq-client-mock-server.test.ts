import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ButtonInteractive } from '../schemas/button.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

// The client against the real mock over real HTTP on loopback: the same answers the proxy and
// the playground see. The mock depends on core, so core cannot depend on it back: it is loaded
// by path at run time, and the few members used are typed here.
interface MockHttpServer {
  url: string
  mock: {
    advance(ms: number): void
    simulateReply(messageId: string, choiceId: string): { id: string }
  }
  close(): Promise<void>
}
interface MockModule {
  startMockHttpServer(options: { port: number; seed: string; clock: 'manual' }): Promise<MockHttpServer>
  DEFAULT_API_KEY: string
  FIXTURE_IDS: { openConversation: string }
  FIXTURE_PHONES: { open: string; closed: string }
}
const MOCK_ENTRY = new URL('../../../mock/src/node.ts', import.meta.url).href

let server: MockHttpServer
let mockModule: MockModule
beforeAll(async () => {
  mockModule = (await import(/* @vite-ignore */ MOCK_ENTRY)) as MockModule
  server = await mockModule.startMockHttpServer({ port: 0, seed: 'core-client-e2e', clock: 'manual' })
})
afterAll(async () => {
  await server.close()
})

// Stands in for the proxy, which adds the key on the server side.
const client = () => createBriqClient({ endpoint: server.url, headers: { 'X-API-Key': mockModule.DEFAULT_API_KEY } })

const question: ButtonInteractive = {
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'yes', title: 'Yes' } },
      { type: 'reply', reply: { id: 'no', title: 'No' } },
    ],
  },
}

describe('createBriqClient against the standalone mock server', () => {
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
