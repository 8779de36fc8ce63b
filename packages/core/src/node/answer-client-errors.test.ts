import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import {
  dripRequestUntilClosed,
  pipelinedAnswers,
  rawClient,
  writeUntilServerCloses,
} from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { MAX_DRAIN_BYTES } from '../server/read-body-with-limit.ts'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors, type ClientErrorCodes, type ClientErrorRefusal } from './answer-client-errors.ts'

const servers = testServers()

const codesOf = (prefix: string): ClientErrorCodes => ({
  400: `${prefix}_BAD_REQUEST`,
  408: `${prefix}_REQUEST_TIMEOUT`,
  413: `${prefix}_PAYLOAD_TOO_LARGE`,
  431: `${prefix}_HEADERS_TOO_LARGE`,
  417: `${prefix}_EXPECTATION_FAILED`,
  503: `${prefix}_CONNECTION_REQUEST_LIMIT`,
})

/** A server whose refusals are answered with `prefix`'s codes, unless `prefix` is null. */
function wired(prefix: string | null): Server {
  const server = createServer((_request, response) => response.end('ok'))
  if (prefix !== null) {
    answerClientErrors(server, { codes: codesOf(prefix), timeoutSettings: 't', requestsPerSocketSetting: prefix })
  }
  return server
}

/** Such a server taking one request per connection. */
function onePerConnection(prefix: string | null): Server {
  const server = wired(prefix)
  server.maxRequestsPerSocket = 1
  return server
}

const TWO = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'.repeat(2)
const codeOf = (answer: string | undefined) => /"code":"([A-Z_]+)"/.exec(answer ?? '')?.[1]

describe('answerClientErrors on the requests node drops past maxRequestsPerSocket', () => {
  it('answers each server in one process with its own codes, and leaves a server not wired as node does', async () => {
    const [first, second, plain] = await Promise.all(
      [onePerConnection('FIRST'), onePerConnection('SECOND'), onePerConnection(null)].map((server) =>
        servers.listen(server),
      ),
    )
    // Every connection of the three at once, so node starts their requests interleaved.
    const answers = await Promise.all(
      [first, second, plain, second, first].map((server) => pipelinedAnswers(server?.url ?? '', TWO, 2)),
    )
    for (const [ok] of answers) expect(ok).toMatch(/^HTTP\/1\.1 200 /)
    const refused = answers.map(([, answer]) => answer ?? '')
    for (const answer of refused) expect(answer).toMatch(/^HTTP\/1\.1 503 /)
    expect(refused.map(codeOf)).toEqual([
      'FIRST_CONNECTION_REQUEST_LIMIT',
      'SECOND_CONNECTION_REQUEST_LIMIT',
      undefined,
      'SECOND_CONNECTION_REQUEST_LIMIT',
      'FIRST_CONNECTION_REQUEST_LIMIT',
    ])
    expect(refused[0]).toContain('has carried the 1 request it may (FIRST)')
    expect(refused[2]).not.toContain('application/json')
  })
})

describe('answerClientErrors on an Expect other than 100-continue', () => {
  it('closes the connection after the 417 when the body is too large to drain, as for every refused body', async () => {
    const { url } = await servers.listen(wired('ONE'))
    // Node would otherwise keep the connection and read all of the declared body after the answer.
    const received = await writeUntilServerCloses(
      url,
      `POST / HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nContent-Length: ${MAX_DRAIN_BYTES * 4}\r\n\r\n{"a":`,
    )
    expect(received).toMatch(/^HTTP\/1\.1 417 [\s\S]*\r\nConnection: close\r\n/i)
    expect(codeOf(received)).toBe('ONE_EXPECTATION_FAILED')
  })
})

describe('answerClientErrors telling a log of each refusal', () => {
  it('says the status, code, message and request id sent, the head node parsed, never a header or body', async () => {
    const told: ClientErrorRefusal[] = []
    const server = createServer((_request, response) => response.end('ok'))
    server.maxRequestsPerSocket = 1
    answerClientErrors(server, {
      codes: codesOf('LOG'),
      timeoutSettings: 't',
      onRefusal: (refusal) => {
        told.push(refusal)
        // A logger that throws keeps no answer from going out.
        throw new Error('log down')
      },
    })
    const { url } = await servers.listen(server)
    const secret = 'never-logged-4f2a'
    const [notHttp = ''] = await pipelinedAnswers(url, `NOT HTTP ${secret}\r\n\r\n`, 1)
    const [expectation = ''] = await pipelinedAnswers(
      url,
      `POST /a?to=255712345678 HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nAuthorization: ${secret}\r\nContent-Length: 2\r\n\r\n{}`,
      1,
    )
    const [, dropped = ''] = await pipelinedAnswers(url, `${TWO.slice(0, -2)}X-Secret: ${secret}\r\n\r\n`, 2)
    const idOf = (answer: string) => /\r\nX-Request-Id: ([^\r]+)\r\n/i.exec(answer)?.[1]
    expect(told).toEqual([
      {
        status: 400,
        code: 'LOG_BAD_REQUEST',
        message: 'The request is not valid HTTP/1.1',
        requestId: idOf(notHttp),
        request: undefined,
        parserError: expect.stringMatching(/^HPE_/),
        durationMs: expect.any(Number),
      },
      {
        status: 417,
        code: 'LOG_EXPECTATION_FAILED',
        message: expect.stringContaining('Expect: "200-ok" cannot be met'),
        requestId: idOf(expectation),
        request: { method: 'POST', url: '/a?to=255712345678' },
        durationMs: expect.any(Number),
      },
      {
        status: 503,
        code: 'LOG_CONNECTION_REQUEST_LIMIT',
        message: expect.stringContaining('has carried the 1 request it may'),
        requestId: idOf(dropped),
        request: { method: 'GET', url: '/' },
        durationMs: expect.any(Number),
      },
    ])
    for (const answer of [notHttp, expectation, dropped]) expect(idOf(answer)).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(told)).not.toContain(secret)
  })
})

describe('answerClientErrors timing each refusal', () => {
  it('counts from the connection opening for a head never read whole, and from its head for one read', async () => {
    const told: { refusal: ClientErrorRefusal; at: number }[] = []
    const server = wired(null)
    answerClientErrors(server, {
      codes: codesOf('TIMED'),
      timeoutSettings: 't',
      onRefusal: (refusal) => told.push({ refusal, at: performance.now() }),
    })
    // Each taken just after answerClientErrors' own mark (its listeners run first), and before
    // the refusal it bounds: the duration told lies between what the test saw, to the hundredth
    // it is rounded to, however long the process waited between two of them.
    const seen = { opened: 0, refused: 0, headRead: 0, bodyEnded: 0 }
    server.on('connection', () => {
      seen.opened = performance.now()
    })
    // The first: a refused connection's further bytes are refused again.
    server.on('clientError', () => {
      seen.refused ||= performance.now()
    })
    server.on('checkExpectation', (request: IncomingMessage) => {
      seen.headRead = performance.now()
      request.once('end', () => {
        seen.bodyEnded = performance.now()
      })
    })
    const expectWithin = (duration: number | undefined, low: number, high: number) => {
      expect(duration).toBeGreaterThanOrEqual(low - 0.005)
      expect(duration).toBeLessThanOrEqual(high + 0.005)
    }
    const { url } = await servers.listen(server)
    const beforeFirst = performance.now()
    // "NOT" may begin NOTIFY: the method is refused only at the first dripped byte, 10 ms on.
    await dripRequestUntilClosed(url, 'NOT')
    const notHttp = told[0]
    const opened = seen.opened
    const beforeSecond = performance.now()
    // The head is read at once; the refusal waits for the dripped body, drained.
    await dripRequestUntilClosed(
      url,
      'POST / HTTP/1.1\r\nHost: localhost\r\nExpect: 200-ok\r\nContent-Length: 3\r\nConnection: close\r\n\r\n',
      'x',
    )
    const expectation = told[1]
    expect(notHttp?.refusal.status).toBe(400)
    // From the opening: at least until the refused byte came, at most until it was told.
    expectWithin(notHttp?.refusal.durationMs, seen.refused - opened, (notHttp?.at ?? 0) - beforeFirst)
    expect(expectation?.refusal.status).toBe(417)
    // From the head: at least until the body it waited for was in, at most until it was told.
    expectWithin(expectation?.refusal.durationMs, seen.bodyEnded - seen.headRead, (expectation?.at ?? 0) - beforeSecond)
    // Both waited for dripped bytes: a refusal is not timed as if it were instant.
    expect(seen.refused - opened).toBeGreaterThan(1)
    expect(seen.bodyEnded - seen.headRead).toBeGreaterThan(1)
  })

  it("counts none of a kept-alive connection's idle time for a refused head that came in one read", async () => {
    const told: { refusal: ClientErrorRefusal; at: number }[] = []
    const server = wired(null)
    answerClientErrors(server, {
      codes: codesOf('TIMED'),
      timeoutSettings: 't',
      onRefusal: (refusal) => told.push({ refusal, at: performance.now() }),
    })
    const { url } = await servers.listen(server)
    const client = rawClient(url, 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n')
    while (!client.received().endsWith('ok')) await once(client.socket, 'data')
    // Kept alive and idle, then bytes that are not HTTP, in one write.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const beforeWrite = performance.now()
    client.socket.write('NOT HTTP AT ALL\r\n\r\n')
    await client.closed
    expect(told.map(({ refusal }) => refusal.status)).toEqual([400])
    const [{ refusal, at }] = told as [{ refusal: ClientErrorRefusal; at: number }]
    // At most from the write to the refusal told: the idle time before it is no part of it.
    expect(refusal.durationMs).toBeLessThanOrEqual(at - beforeWrite + 0.005)
  })
})
