import { once } from 'node:events'
import { MOCK_STOPPING } from '@briq-interactive/core'
import { answersIn, rawClient } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_API_KEY } from '../options.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

let running: MockHttpServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

/** A mock whose latency waits last until `release()`, and what it has received and sent. */
async function startHeld() {
  const releases: (() => void)[] = []
  const started = await startMockHttpServer({
    port: 0,
    faults: { latencyMs: 10_000 },
    sleep: () => new Promise<void>((resolve) => releases.push(resolve)),
  })
  running = started
  const release = () => {
    for (const resolve of releases.splice(0)) resolve()
  }
  const sentNow = () => started.mock.state().messages.length
  const before = sentNow()
  let requests = 0
  const { server } = started
  server.on('request', () => requests++)
  /** Resolves once the server has read the heads of `count` requests in all. */
  const received = async (count: number) => {
    while (requests < count) await once(server, 'request')
  }
  return { running: started, release, received, sent: () => sentNow() - before }
}

const body = JSON.stringify({ to: '255712345678', interactive: buttonInteractive() })
const SEND =
  `POST ${SEND_INTERACTIVE} HTTP/1.1\r\nHost: localhost\r\nX-API-Key: ${DEFAULT_API_KEY}\r\n` +
  `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
const STATE = 'GET /__mock/state HTTP/1.1\r\nHost: localhost\r\n\r\n'

const stopped = (answer: string | undefined) => {
  expect(answer).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\n\r\n\{/)
  const envelope = JSON.parse(answer!.slice(answer!.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>
  expect(envelope).toMatchObject({
    success: false,
    data: null,
    errors: [
      {
        code: MOCK_STOPPING,
        message:
          'The mock is stopping (Ctrl-C or SIGTERM) and did not handle this request: nothing changed. Send it again once the mock runs again.',
        field: null,
      },
    ],
  })
}

describe("briq-mock's stop with a grace (the bin's first SIGINT or SIGTERM)", () => {
  it('lets a send in flight finish, its answer saying Connection: close, closes idle connections and takes no new one', async () => {
    const { running, release, received, sent } = await startHeld()
    const sending = rawClient(running.url, SEND)
    await received(1)
    const idle = rawClient(running.url)
    await once(idle.socket, 'connect')
    let closed = false
    const closing = running.close({ graceMs: 60_000 }).then(() => {
      closed = true
    })
    await idle.closed
    const late = rawClient(running.url)
    await late.closed
    expect((late.socket.errored as NodeJS.ErrnoException | null)?.code).toBe('ECONNREFUSED')
    expect(closed).toBe(false)
    release()
    await Promise.all([sending.closed, closing])
    expect(answersIn(sending.received())).toEqual([
      expect.stringMatching(/^HTTP\/1\.1 202 [\s\S]*\r\nConnection: close\r\n[\s\S]*"status":"pending"/),
    ])
    // It was carried out.
    expect(sent()).toBe(1)
  })

  it('answers a request arriving during the stop 503 MOCK_STOPPING, never handling it', async () => {
    const { running, release, received, sent } = await startHeld()
    const sending = rawClient(running.url, SEND)
    await received(1)
    const closing = running.close({ graceMs: 60_000 })
    // The same connection, kept alive: a send written once the stop began.
    sending.socket.write(SEND)
    await received(2)
    release()
    await Promise.all([sending.closed, closing])
    const [held, late, more] = answersIn(sending.received())
    expect(held).toMatch(/^HTTP\/1\.1 202 /)
    expect(held).not.toMatch(/\r\nConnection: close\r\n/i)
    expect(late).toMatch(/\r\nConnection: close\r\n/)
    stopped(late)
    expect(more).toBeUndefined()
    expect(sent()).toBe(1)
  })

  it('past the grace, or closed again without one (a second signal), tells each request in flight it was not carried out', async () => {
    const { running, release, received, sent } = await startHeld()
    // Pipelined: the read waits its turn behind the send, which waits out its latency.
    const sending = rawClient(running.url, SEND + STATE)
    await received(2)
    // A body still arriving.
    const uploading = rawClient(running.url, SEND.slice(0, -10))
    await received(3)
    const first = running.close({ graceMs: 60_000 })
    const now = running.close()
    // Once told, neither send is carried out: not when its wait ends, nor when its body then
    // comes whole.
    release()
    uploading.socket.once('data', () => uploading.socket.end(SEND.slice(-10)))
    await Promise.all([now, first, sending.closed, uploading.closed])
    const [send, read, more] = answersIn(sending.received())
    stopped(send)
    expect(send).not.toMatch(/\r\nConnection: close\r\n/i)
    stopped(read)
    expect(read).toMatch(/\r\nConnection: close\r\n/)
    expect(more).toBeUndefined()
    const [upload] = answersIn(uploading.received())
    stopped(upload)
    expect(upload).toMatch(/\r\nConnection: close\r\n/)
    expect(sent()).toBe(0)
  })

  it('past the grace gives a request whose answer was decided, its body still arriving, that answer', async () => {
    const { running, received } = await startHeld()
    // No such route: refused before any latency, and before its body, which the server then waits to drain.
    const refused = rawClient(
      running.url,
      `POST /v1/whatsapp/nothing HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"to"\r\n`,
    )
    await received(1)
    await Promise.all([running.close(), refused.closed])
    const [answer, more] = answersIn(refused.received())
    expect(answer).toMatch(/^HTTP\/1\.1 404 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"NOT_FOUND"/)
    expect(more).toBeUndefined()
  })
})
