import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { MAX_DRAIN_BYTES } from '@briq-interactive/core/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBriqProxy } from '../create-briq-proxy.ts'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { TEST_KEY } from '../testing/start-test-proxy.ts'
import { toNodeHandler } from './to-node-handler.ts'

const LIMIT = 1000
const SEND = '/v1/whatsapp/messages/interactive'

let upstream: FakeUpstream
let server: Server
let url: string
let postSocket: Socket | undefined

beforeAll(async () => {
  upstream = await startFakeUpstream((_req, res) => json(res, 200, { success: true, data: [] }))
  const proxy = createBriqProxy({ apiKey: TEST_KEY, upstream: upstream.url, allowAnonymous: true, maxBodyBytes: LIMIT })
  server = createServer(toNodeHandler(proxy))
  server.on('request', (req) => {
    if (req.method === 'POST') postSocket = req.socket
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await upstream.close()
})

const oversized = (bytes: number, chunked: boolean): RequestInit => {
  const text = 'x'.repeat(bytes)
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: chunked ? new Blob([text]).stream() : text,
    duplex: 'half',
  } as RequestInit
}

// Node's fetch keeps connections alive and reuses them: what broke was the request after the 413.
async function nextRequestsSucceed(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const response = await fetch(`${url}/v1/whatsapp/senders`)
    expect(response.status).toBe(200)
    await response.arrayBuffer()
  }
}

describe('a refused body leaves the connection usable or closes it cleanly', () => {
  it.each([
    ['declared a little over the limit', 10 * LIMIT, false],
    ['chunked, a little over the limit', 10 * LIMIT, true],
    ['declared far over the limit', 3 * MAX_DRAIN_BYTES, false],
    ['chunked, far over the limit', 3 * MAX_DRAIN_BYTES, true],
  ])('%s: 413, then the next requests on keep-alive fetch succeed', async (_name, bytes, chunked) => {
    const refused = await fetch(`${url}${SEND}`, oversized(bytes, chunked))
    expect(refused.status).toBe(413)
    await refused.arrayBuffer()
    await nextRequestsSucceed()
  })

  it('drains a small chunked remainder and keeps the connection alive', async () => {
    const refused = await fetch(`${url}${SEND}`, oversized(10 * LIMIT, true))
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).not.toBe('close')
    await refused.arrayBuffer()
    expect(postSocket?.destroyed).toBe(false)
  })

  // Refused from its declared length before it arrives, the body may never come: 413 at once.
  it('answers Connection: close to a declared length over the limit, and closes the socket', async () => {
    const refused = await fetch(`${url}${SEND}`, oversized(10 * LIMIT, false))
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).toBe('close')
    await refused.arrayBuffer()
    await expect.poll(() => postSocket?.destroyed).toBe(true)
  })

  it('answers Connection: close to a remainder not worth reading, and closes the socket', async () => {
    const refused = await fetch(`${url}${SEND}`, oversized(3 * MAX_DRAIN_BYTES, false))
    expect(refused.status).toBe(413)
    expect(refused.headers.get('connection')).toBe('close')
    await refused.arrayBuffer()
    await expect.poll(() => postSocket?.destroyed).toBe(true)
  })
})
