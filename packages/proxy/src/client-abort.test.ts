import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createBriqProxy } from './create-briq-proxy.ts'
import { toNodeHandler } from './node/to-node-handler.ts'
import type { BriqProxyLogEvent } from './proxy-options.ts'
import { TEST_KEY } from './testing/start-test-proxy.ts'

const SEND = '/v1/whatsapp/messages/interactive'
const CLIENT_ABORT = { level: 'warn', status: 499, message: 'client closed the request' }

describe('a client that goes away mid-body is logged as a client abort, not a proxy error', () => {
  it('in any runtime: the request signal aborted and the body failed', async () => {
    const logs: BriqProxyLogEvent[] = []
    const handler = createBriqProxy({
      apiKey: TEST_KEY,
      allowAnonymous: true,
      fetch: () => Promise.resolve(json202()),
      log: (event) => logs.push(event),
    })
    const client = new AbortController()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"to":'))
        client.signal.addEventListener('abort', () => controller.error(new TypeError('terminated')))
      },
    })
    const request = new Request(`https://app.example${SEND}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      signal: client.signal,
      duplex: 'half',
    } as RequestInit)
    const answered = handler(request)
    client.abort()
    expect((await answered).status).toBe(499)
    expect(logs).toEqual([expect.objectContaining(CLIENT_ABORT)])
  })

  it('over node:http: when the socket closes halfway through a declared body', async () => {
    const logs: BriqProxyLogEvent[] = []
    const proxy = createBriqProxy({
      apiKey: TEST_KEY,
      upstream: 'http://127.0.0.1:9',
      allowAnonymous: true,
      log: (event) => logs.push(event),
    })
    const server = createServer(toNodeHandler(proxy))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const arrived = once(server, 'request') as Promise<[IncomingMessage]>
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1')
      await once(socket, 'connect')
      socket.write(
        `POST ${SEND} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"to":`,
      )
      await arrived
      socket.destroy()
      await expect.poll(() => logs.length).toBe(1)
      expect(logs[0]).toMatchObject({ ...CLIENT_ABORT, method: 'POST', path: SEND })
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

function json202(): Response {
  return Response.json({ success: true, data: {} }, { status: 202 })
}
