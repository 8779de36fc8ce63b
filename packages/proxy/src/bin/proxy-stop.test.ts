import { once } from 'node:events'
import type { ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'
import { answersIn, rawClient as client } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BriqProxyLogEvent } from '../proxy-options.ts'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { TEST_KEY, VALID_SEND } from '../testing/start-test-proxy.ts'
import { readServerConfig } from './server-config.ts'
import { type RunningProxyServer, startProxyServer } from './start-proxy-server.ts'

let upstream: FakeUpstream | undefined
let proxy: RunningProxyServer | undefined
afterEach(async () => {
  await Promise.all([proxy?.close(), upstream?.close()])
  proxy = undefined
  upstream = undefined
})

/** A proxy whose Briq holds every send until `release()`; `forwarded` resolves when one arrives. */
async function startHeld(log?: (event: BriqProxyLogEvent) => void) {
  const held: ServerResponse[] = []
  let arrived: () => void = () => {}
  const forwarded = new Promise<void>((resolve) => {
    arrived = resolve
  })
  upstream = await startFakeUpstream((_request, res) => {
    held.push(res)
    arrived()
  })
  const read = readServerConfig({
    BRIQ_API_KEY: TEST_KEY,
    BRIQ_UPSTREAM: upstream.url,
    PROXY_ALLOW_ANONYMOUS: '1',
    PORT: '0',
  })
  if (!read.ok) throw new Error(read.error)
  proxy = await startProxyServer(read.config, log)
  const release = () => {
    for (const res of held) json(res, 202, { success: true, data: { message_id: 'wamid.1', status: 'pending' } })
  }
  return { running: proxy, forwarded, release }
}

const body = JSON.stringify(VALID_SEND)
const SEND =
  'POST /api/briq/v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
  `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`

describe("the proxy server's close with a grace period (the bin's first SIGTERM or Ctrl-C)", () => {
  it('answers a send already forwarded to Briq, with Connection: close, while closing idle connections at once', async () => {
    const { running, forwarded, release } = await startHeld()
    const sending = client(running.url, SEND)
    await forwarded
    const idle = client(running.url)
    await once(idle.socket, 'connect')
    let closed = false
    const closing = running.close({ graceMs: 60_000 }).then(() => {
      closed = true
    })
    // A connection with nothing in flight goes at once; no new one is taken.
    await idle.closed
    const late = connect(Number(new URL(running.url).port), '127.0.0.1')
    const [error] = (await once(late, 'error')) as [NodeJS.ErrnoException]
    expect(error.code).toBe('ECONNREFUSED')
    expect(closed).toBe(false)
    // Briq answers: the client gets it, told the connection closes, and the close completes.
    release()
    await sending.closed
    expect(sending.received()).toMatch(/^HTTP\/1\.1 202 [\s\S]*\r\nConnection: close\r\n[\s\S]*"wamid\.1"/)
    await closing
    expect(closed).toBe(true)
  })

  it('ends the grace when closed again without one (a second signal): each request is told, then cut', async () => {
    const logs: BriqProxyLogEvent[] = []
    const { running, forwarded } = await startHeld((event) => logs.push(event))
    // Pipelined: the second waits its turn behind the first, which Briq holds.
    const sending = client(running.url, SEND + SEND)
    await forwarded
    const first = running.close({ graceMs: 60_000 })
    await running.close()
    await Promise.all([first, sending.closed])
    const [maybeSent, notSent] = answersIn(sending.received())
    expect(maybeSent).toMatch(/^HTTP\/1\.1 502 [\s\S]*"code":"UPSTREAM_ANSWER_LOST"/)
    expect(maybeSent).not.toMatch(/\r\nConnection: close\r\n/i)
    expect(notSent).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"PROXY_STOPPING"/)
    expect(logs.map((event) => event.status)).toEqual([502, 503])
    expect(upstream?.requests).toHaveLength(1)
  })

  it('forwards nothing once the close began: a body still arriving then is answered 503, not sent', async () => {
    const { running } = await startHeld()
    const cut = SEND.length - 10
    const uploading = client(running.url, SEND.slice(0, cut))
    await once(running.server, 'request')
    const closing = running.close({ graceMs: 60_000 })
    uploading.socket.write(SEND.slice(cut))
    await uploading.closed
    expect(uploading.received()).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n/)
    expect(uploading.received()).toContain(
      '"code":"PROXY_STOPPING","message":"The proxy is stopping (a restart or a deploy) and did not send this request to Briq. Send it again."',
    )
    expect(upstream?.requests).toHaveLength(0)
    await closing
  })

  it('past the grace tells each request what became of it before the cut: maybe sent, or not sent', async () => {
    const { running, forwarded } = await startHeld()
    const waiting = client(running.url, SEND)
    await forwarded
    const uploading = client(running.url, SEND.slice(0, -10))
    await once(running.server, 'request')
    await Promise.all([running.close({ graceMs: 1 }), waiting.closed, uploading.closed])
    // Briq never answered the send forwarded before the stop: it may have gone.
    expect(waiting.received()).toMatch(/^HTTP\/1\.1 502 [\s\S]*\r\nConnection: close\r\n/)
    expect(waiting.received()).toContain('"code":"UPSTREAM_ANSWER_LOST"')
    expect(waiting.received()).toContain(
      "The request may have reached Briq: check the message's status before sending it again.",
    )
    // The body never came whole, so it was never forwarded.
    expect(uploading.received()).toMatch(/^HTTP\/1\.1 503 [\s\S]*"code":"PROXY_STOPPING"/)
    expect(upstream?.requests).toHaveLength(1)
  })

  it('past the grace answers under the id Briq got, and logs a request never forwarded as not sent', async () => {
    const logs: BriqProxyLogEvent[] = []
    const { running, forwarded } = await startHeld((event) => logs.push(event))
    // Pipelined: the second waits its turn behind the first, which Briq holds.
    const startedAt = performance.now()
    const waiting = client(running.url, SEND + SEND)
    await forwarded
    await Promise.all([running.close({ graceMs: 1 }), waiting.closed])
    const ended = performance.now()
    const sentId = upstream?.requests[0]?.headers['x-request-id']
    expect(typeof sentId).toBe('string')
    const [maybeSent = '', notSent = '', more] = answersIn(waiting.received())
    expect(maybeSent).toMatch(/^HTTP\/1\.1 502 [\s\S]*"code":"UPSTREAM_ANSWER_LOST"/)
    expect(maybeSent.toLowerCase()).toContain(`\r\nx-request-id: ${sentId}\r\n`)
    expect(maybeSent).toContain(`"request_id":"${sentId}"`)
    // The one queued behind is told too, under the id it is logged with, and the connection then closes.
    const notSentId = /"request_id":"([^"]+)"/.exec(notSent)?.[1]
    expect(notSent).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"PROXY_STOPPING"/)
    expect(more).toBeUndefined()
    expect(logs.map((event) => [event.status, event.message, event.requestId])).toEqual([
      [502, 'stopped before Briq answered: may have reached Briq', sentId],
      [503, 'stopped before it was forwarded: not sent', notSentId],
    ])
    // Each timed from its arrival, before the close began, to its last word.
    for (const event of logs) {
      expect(event.durationMs).toBeGreaterThan(0)
      expect(event.durationMs).toBeLessThanOrEqual(ended - startedAt)
    }
    expect(upstream?.requests).toHaveLength(1)
  })

  it('with no grace (the default) tells each request in flight what became of it, then closes', async () => {
    const logs: BriqProxyLogEvent[] = []
    const { running, forwarded } = await startHeld((event) => logs.push(event))
    const sending = client(running.url, SEND + SEND)
    await forwarded
    const uploading = client(running.url, SEND.slice(0, -10))
    await once(running.server, 'request')
    await Promise.all([running.close(), sending.closed, uploading.closed])
    const [maybeSent, notSent, more] = answersIn(sending.received())
    expect(maybeSent).toMatch(/^HTTP\/1\.1 502 [\s\S]*"code":"UPSTREAM_ANSWER_LOST"/)
    expect(notSent).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"PROXY_STOPPING"/)
    expect(more).toBeUndefined()
    expect(answersIn(uploading.received())).toEqual([
      expect.stringMatching(/^HTTP\/1\.1 503 [\s\S]*"code":"PROXY_STOPPING"/),
    ])
    // Logged once each, never by the handler as well once its turn came.
    expect(logs.map((event) => event.status).sort()).toEqual([502, 503, 503])
    expect(upstream?.requests).toHaveLength(1)
  })

  it('reads the rest of an upload it answered 503 before closing, so no reset erases the answer', async () => {
    const { running } = await startHeld()
    // What the server had read of the connection when it closed.
    let readAtClose: number | undefined
    running.server.once('connection', (socket: Socket) =>
      socket.once('close', () => {
        readAtClose = socket.bytesRead
      }),
    )
    const cut = SEND.length - 10
    const uploading = client(running.url, SEND.slice(0, cut))
    await once(running.server, 'request')
    // A client that writes on until its body is out, then ends its side, as most do.
    uploading.socket.once('data', () => uploading.socket.end(SEND.slice(cut)))
    await Promise.all([running.close(), uploading.closed])
    expect(answersIn(uploading.received())).toEqual([
      expect.stringMatching(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"PROXY_STOPPING"/),
    ])
    await expect.poll(() => readAtClose).toBe(SEND.length)
    expect(upstream?.requests).toHaveLength(0)
  })

  it('cuts a client still uploading a second after the last words, so the stop fits Docker’s 10 s', async () => {
    const { running } = await startHeld()
    let serverSide: Socket | undefined
    running.server.once('connection', (socket: Socket) => {
      serverSide = socket
    })
    // A client that goes on sending once the server closed its side (half open), as a slow
    // upload does.
    const { port, hostname } = new URL(running.url)
    const uploading = connect({ port: Number(port), host: hostname, allowHalfOpen: true })
    uploading.on('error', () => {})
    let received = ''
    uploading.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
    })
    uploading.write(SEND.slice(0, -10))
    await once(running.server, 'request')
    // The stop's clock only: the sockets still talk in real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const closed = running.close()
      await expect.poll(() => answersIn(received)).toHaveLength(1)
      expect(received).toMatch(/"code":"PROXY_STOPPING"/)
      uploading.write('x')
      vi.advanceTimersByTime(499)
      expect(serverSide?.destroyed).toBe(false)
      // Half a second for the last words, a second for the upload: left to core's 2 s linger,
      // the stop would pass Docker's 10 s after the default 8 s grace.
      vi.advanceTimersByTime(1001)
      expect(serverSide?.destroyed).toBe(true)
      await closed
    } finally {
      vi.useRealTimers()
      uploading.destroy()
    }
  })
})
