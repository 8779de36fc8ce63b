import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from '../bearer-token-authorize.ts'
import { createBriqProxy } from '../create-briq-proxy.ts'
import type { BriqProxyLogEvent, BriqProxyOptions } from '../proxy-options.ts'
import { closedPortUrl, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { VALID_SEND } from '../testing/start-test-proxy.ts'
import { nodeFetch } from './node-fetch.ts'
import { toNodeHandler } from './to-node-handler.ts'

const SEND = '/v1/whatsapp/messages/interactive'
const KEY = 'k-parity-SECRET-5e1f'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return (server.address() as AddressInfo).port
}

/**
 * What comes back on the wire for a raw request: the status line, the header lines (Date
 * left out; sorted, since a Web Headers lists names in order while node keeps them as set) and
 * the body bytes, framing included.
 */
async function exchange(port: number, head: string, body = ''): Promise<string> {
  const socket = connect(port, '127.0.0.1')
  await once(socket, 'connect')
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  socket.write(`${head}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n${body}`)
  await once(socket, 'close')
  const text = Buffer.concat(chunks).toString('latin1')
  const end = text.indexOf('\r\n\r\n')
  const [status, ...lines] = text.slice(0, end).split('\r\n')
  const headers = lines
    .map((line) => line.replace(/^[^:]+/, (name) => name.toLowerCase()))
    .filter((line) => !line.startsWith('date:'))
    .sort()
  return [status, ...headers, '', text.slice(end + 4)].join('\n')
}

type Upstream = (req: IncomingMessage, res: ServerResponse) => void

/**
 * One proxy served twice: as toNodeHandler serves createBriqProxy's handler (no Web Request or
 * Response), and behind a wrapper that hides it, so the adapter takes the Web path.
 */
async function bothPaths(options: Partial<BriqProxyOptions> & { upstream?: string }, reply?: Upstream) {
  let upstream = options.upstream
  if (upstream === undefined) {
    const fake = await startFakeUpstream((_req, res) => reply?.(_req as unknown as IncomingMessage, res))
    closers.push(fake.close)
    upstream = fake.url
  }
  const logs: BriqProxyLogEvent[] = []
  const proxy = createBriqProxy({
    apiKey: KEY,
    allowAnonymous: true,
    fetch: nodeFetch(),
    log: (event) => logs.push(event),
    ...options,
    upstream,
  })
  const fast = await listen(toNodeHandler(proxy))
  const web = await listen(toNodeHandler((request) => proxy(request)))
  const send = async (head: string, body?: string) => {
    const fastAnswer = await exchange(fast, head, body)
    const fastLog = logs.splice(0)
    const webAnswer = await exchange(web, head, body)
    const webLog = logs.splice(0)
    return { fastAnswer, webAnswer, fastLog, webLog }
  }
  return send
}

// A valid incoming id is echoed, so both paths' answers carry the same one.
const ID = 'X-Request-Id: parity-request-0001'

const post = (body: string, extra = '') =>
  [
    `POST ${SEND} HTTP/1.1\r\nContent-Type: application/json\r\n${ID}\r\nContent-Length: ${Buffer.byteLength(body)}${extra}`,
    body,
  ] as const

const withoutDuration = (events: BriqProxyLogEvent[]) => events.map(({ durationMs: _, ...event }) => event)

describe('toNodeHandler answers createBriqProxy byte for byte as the Web path does', () => {
  it.each([
    ['a forwarded 202', post(JSON.stringify(VALID_SEND))],
    ['a 422 from validation', post(JSON.stringify({ to: 'nobody', interactive: { type: 'button' } }))],
    ['a 422 for bad JSON', post('{"to":')],
    ['a 415 without the JSON type', [`POST ${SEND} HTTP/1.1\r\n${ID}\r\nContent-Length: 2`, '{}'] as const],
    ['a 404 off the allow-list', [`GET /v1/whatsapp/elsewhere HTTP/1.1\r\n${ID}`, ''] as const],
    ['a 403 for a foreign origin', [`GET ${SEND} HTTP/1.1\r\n${ID}\r\nOrigin: https://evil.example`, ''] as const],
    ['a 405 for PUT on a send', [`PUT ${SEND} HTTP/1.1\r\n${ID}\r\nContent-Length: 0`, ''] as const],
  ])('%s', async (_name, [head, body]) => {
    const send = await bothPaths({}, (_req, res) =>
      json(res, 202, { success: true, data: { message_id: 'm1' }, errors: null, request_id: 'parity-request-0001' }),
    )
    const { fastAnswer, webAnswer, fastLog, webLog } = await send(head, body)
    expect(fastAnswer).toMatch(/^HTTP\/1\.1 \d{3} /)
    expect(fastAnswer).toBe(webAnswer)
    expect(withoutDuration(fastLog)).toEqual(withoutDuration(webLog))
  })

  it.each([
    [
      'a 429 with Retry-After',
      (res: ServerResponse) => json(res, 429, { detail: 'slow down' }, { 'retry-after': '7' }),
    ],
    [
      'a 500 in plain text',
      (res: ServerResponse) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end('Internal Server Error')
      },
    ],
    ['an answer echoing the key', (res: ServerResponse) => json(res, 400, { detail: `bad key ${KEY}` })],
  ])('upstream %s', async (_name, reply) => {
    const send = await bothPaths({}, (_req, res) => reply(res))
    const { fastAnswer, webAnswer, fastLog, webLog } = await send(...post(JSON.stringify(VALID_SEND)))
    expect(fastAnswer).not.toContain(KEY)
    expect(fastAnswer).toBe(webAnswer)
    expect(withoutDuration(fastLog)).toEqual(withoutDuration(webLog))
  })

  it('a 413 for a body over maxBodyBytes, a 401 for a wrong token', async () => {
    const send = await bothPaths({ maxBodyBytes: 64, authorize: bearerTokenAuthorize('parity-token') }, (_req, res) =>
      json(res, 202, {}),
    )
    const big = await send(...post(JSON.stringify(VALID_SEND), '\r\nAuthorization: Bearer parity-token'))
    expect(big.fastAnswer).toMatch(/^HTTP\/1\.1 413 /)
    expect(big.fastAnswer).toBe(big.webAnswer)
    const wrong = await send(...post('{}', '\r\nAuthorization: Bearer wrong-token'))
    expect(wrong.fastAnswer).toMatch(/^HTTP\/1\.1 401 /)
    expect(wrong.fastAnswer).toBe(wrong.webAnswer)
    expect(withoutDuration(wrong.fastLog)).toEqual(withoutDuration(wrong.webLog))
  })

  it('a 502 when Briq cannot be reached, a 504 when it does not answer in time', async () => {
    const down = await bothPaths({ upstream: await closedPortUrl() })
    const refused = await down(...post(JSON.stringify(VALID_SEND)))
    expect(refused.fastAnswer).toMatch(/^HTTP\/1\.1 502 /)
    expect(refused.fastAnswer).toBe(refused.webAnswer)
    expect(withoutDuration(refused.fastLog)).toEqual(withoutDuration(refused.webLog))
    const slow = await bothPaths({ timeoutMs: 50 }, () => {})
    const late = await slow(...post(JSON.stringify(VALID_SEND)))
    expect(late.fastAnswer).toMatch(/^HTTP\/1\.1 504 /)
    expect(late.fastAnswer).toBe(late.webAnswer)
    expect(withoutDuration(late.fastLog)).toEqual(withoutDuration(late.webLog))
  })

  it('logs a client that leaves while Briq thinks the same way on both paths', async () => {
    const logs: BriqProxyLogEvent[] = []
    const fake = await startFakeUpstream(() => {})
    closers.push(fake.close)
    const proxy = createBriqProxy({
      apiKey: KEY,
      upstream: fake.url,
      allowAnonymous: true,
      fetch: nodeFetch(),
      log: (event) => logs.push(event),
    })
    const events: BriqProxyLogEvent[][] = []
    for (const handler of [toNodeHandler(proxy), toNodeHandler((request) => proxy(request))]) {
      const port = await listen(handler)
      const socket = connect(port, '127.0.0.1')
      await once(socket, 'connect')
      const seen = fake.requests.length
      const [head, body] = post(JSON.stringify(VALID_SEND))
      socket.write(`${head}\r\nHost: 127.0.0.1:${port}\r\n\r\n${body}`)
      await expect.poll(() => fake.requests.length).toBe(seen + 1)
      socket.destroy()
      await expect.poll(() => logs.length).toBe(1)
      events.push(withoutDuration(logs.splice(0)) as BriqProxyLogEvent[])
    }
    expect(events[0]).toEqual([expect.objectContaining({ status: 499, message: 'client closed the request' })])
    expect(events[0]).toEqual(events[1])
  })
})
