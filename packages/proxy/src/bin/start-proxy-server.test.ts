import { once } from 'node:events'
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { maxHeaderSize } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import {
  BriqError,
  coreMessagesSw,
  createBriqClient,
  describeSendFailure,
  requestFailureReason,
  sendFailureReason,
} from '@briq-interactive/core'
import {
  pipelinedAnswers,
  sendExpectingContinue,
  stopReadingUntilServerCloses,
  writeUntilServerCloses,
} from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeReply, type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { rawRequest } from '../testing/raw-request.ts'
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

async function start(env: Record<string, string>, reply: FakeReply) {
  upstream = await startFakeUpstream(reply)
  const read = readServerConfig({
    BRIQ_API_KEY: TEST_KEY,
    BRIQ_UPSTREAM: upstream.url,
    PROXY_ALLOW_ANONYMOUS: '1',
    PORT: '0',
    ...env,
  })
  if (!read.ok) throw new Error(read.error)
  proxy = await startProxyServer(read.config)
  return proxy
}

describe("the proxy server's idle keep-alive", () => {
  it("tells clients the PROXY_KEEP_ALIVE_TIMEOUT_MS it keeps an idle connection, node's 5 s by default", async () => {
    for (const [setting, header] of [
      [undefined, 'timeout=5, max=1000'],
      ['65000', 'timeout=65, max=1000'],
    ] as const) {
      const running = await start(
        setting === undefined ? {} : { PROXY_KEEP_ALIVE_TIMEOUT_MS: setting },
        (_request, res) => json(res, 200, {}),
      )
      const answer = await fetch(`${running.url}/api/briq/nothing-here`)
      await answer.arrayBuffer()
      expect(answer.headers.get('keep-alive')).toBe(header)
      await Promise.all([running.close(), upstream?.close()])
      proxy = undefined
      upstream = undefined
    }
  })
})

describe('the proxy server under many idle or slow connections', () => {
  it('refuses past PROXY_MAX_CONNECTIONS, closes the sockets held idle, and serves the next caller', async () => {
    const running = await start(
      // Deadlines far past the test's: only the cap can free the sockets.
      { PROXY_MAX_CONNECTIONS: '2', PROXY_HEADERS_TIMEOUT_MS: '600000', PROXY_REQUEST_TIMEOUT_MS: '600000' },
      (_request, res) => json(res, 200, { success: true, data: [] }),
    )
    const { port } = running.server.address() as { port: number }
    const hold = (write?: string) => {
      const socket = connect(port, '127.0.0.1')
      socket.on('error', () => {})
      if (write !== undefined) socket.write(write)
      return once(socket, 'close')
    }
    const held = [hold(), hold('GET /api/briq/v1/whatsapp/senders HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a')]
    for (;;) {
      const open = await new Promise<number>((resolve) => running.server.getConnections((_e, n) => resolve(n)))
      if (open === 2) break
      await new Promise((resolve) => setImmediate(resolve))
    }
    await hold()
    await Promise.all(held)
    const answer = await fetch(`${running.url}/api/briq/v1/whatsapp/senders`)
    expect(answer.status).toBe(200)
    expect([running.server.maxConnections, running.server.maxRequestsPerSocket]).toEqual([2, 1000])
  })
})

describe('the proxy server against a client that stops reading', () => {
  it('closes the connection once PROXY_WRITE_TIMEOUT_MS passes without the client taking a byte', async () => {
    // An answer far larger than the two kernels' socket buffers, under the proxy's 16 MiB cap.
    const running = await start({ PROXY_WRITE_TIMEOUT_MS: '50' }, (_request, res) =>
      json(res, 200, { success: true, data: 'x'.repeat(15 * 1024 * 1024) }),
    )
    const received = await stopReadingUntilServerCloses(
      running.server,
      'GET /api/briq/v1/whatsapp/messages HTTP/1.1\r\nHost: localhost\r\n\r\n',
    )
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    const declared = Number(/\r\ncontent-length: (\d+)\r\n/i.exec(received)?.[1])
    expect(declared).toBeGreaterThan(15 * 1024 * 1024)
    expect(received.length).toBeLessThan(declared)
  })

  it('still answers when Briq takes longer than PROXY_WRITE_TIMEOUT_MS', async () => {
    const running = await start({ PROXY_WRITE_TIMEOUT_MS: '20' }, (_request, res) => {
      setTimeout(() => json(res, 200, { success: true, data: [] }), 200)
    })
    const response = await fetch(`${running.url}/api/briq/v1/whatsapp/messages`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ success: true, data: [] })
  })
})

describe('the proxy server and Expect: 100-continue', () => {
  const SEND = '/api/briq/v1/whatsapp/messages/interactive'

  it('refuses a declared length over the body cap with 413 before inviting the body', async () => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    const exchange = await sendExpectingContinue(`${running.url}${SEND}`, {
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024),
    })
    expect(exchange.first).toBe(413)
    expect(JSON.parse(exchange.final!.text)).toMatchObject({
      success: false,
      errors: [{ code: 'PROXY_PAYLOAD_TOO_LARGE' }],
    })
    expect(upstream?.requests).toHaveLength(0)
  })

  it('invites a body within the cap with 100 Continue and forwards it', async () => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    const body = JSON.stringify(VALID_SEND)
    const exchange = await sendExpectingContinue(
      `${running.url}${SEND}`,
      { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    )
    expect(exchange).toMatchObject({ first: 100, final: { status: 202 } })
    expect(upstream?.requests.map((request) => request.body)).toEqual([body])
  })
})

describe('the proxy server on loopback and a Host that is no localhost name', () => {
  const REBOUND = { Host: 'rebind.attacker.example', Origin: 'http://rebind.attacker.example' }

  it("answers 403 in the proxy's envelope, with a request id in the body and the header as its other answers", async () => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    const answer = await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', REBOUND)
    expect(answer.status).toBe(403)
    const requestId = answer.headers['x-request-id']
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(JSON.parse(answer.body)).toEqual({
      success: false,
      data: null,
      errors: [
        {
          code: 'PROXY_HOST_NOT_ALLOWED',
          message:
            'Host "rebind.attacker.example" is not answered: this proxy listens on loopback (HOST=127.0.0.1) and answers only to ' +
            'localhost host names, IP addresses and the host names of PROXY_ALLOWED_ORIGINS (DNS rebinding protection). ' +
            'To serve this host, add the origin of its page to PROXY_ALLOWED_ORIGINS (such as PROXY_ALLOWED_ORIGINS=https://rebind.attacker.example).',
          field: null,
        },
      ],
      request_id: requestId,
    })
    expect(upstream?.requests).toHaveLength(0)
  })

  it('serves the host once PROXY_ALLOWED_ORIGINS is set as its 403 says', async () => {
    const reply: FakeReply = (_request, res) => json(res, 200, { success: true, data: [] })
    const refused = await rawRequest((await start({}, reply)).url, 'GET', '/api/briq/v1/whatsapp/senders', {
      Host: 'Shop.Example:8443',
    })
    const setting = /PROXY_ALLOWED_ORIGINS=(\S+)\)/.exec(JSON.parse(refused.body).errors[0].message)?.[1]
    expect(setting).toBe('https://shop.example')
    await Promise.all([proxy?.close(), upstream?.close()])
    const running = await start({ PROXY_ALLOWED_ORIGINS: setting as string }, reply)
    const served = await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', { Host: 'Shop.Example:8443' })
    expect(served.status).toBe(200)
    // An IP address is no name a rebinding page can send: served with no setting.
    expect((await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', { Host: '10.1.2.3' })).status).toBe(
      200,
    )
  })

  it('serves a loopback name written fully qualified (localhost.) as that name, and no other name so', async () => {
    const running = await start({}, (_request, res) => json(res, 200, { success: true, data: [] }))
    const { port } = new URL(running.url)
    for (const host of [`localhost.:${port}`, 'LOCALHOST.', `app.localhost.:${port}`, `127.0.0.1.:${port}`]) {
      const answer = await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', { Host: host })
      expect(answer.status, host).toBe(200)
    }
    for (const host of ['rebind.attacker.example.', 'localhost.attacker.example.']) {
      const answer = await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', { Host: host })
      expect(answer.status, host).toBe(403)
    }
  })

  it.each(['localhost%2e', 'a@localhost', 'localhost/x'])(
    'answers a Host that is no host name at all (%s) 400 PROXY_BAD_REQUEST, as briq-mock does, not 403',
    async (host) => {
      const running = await start({}, (_request, res) => json(res, 202, { success: true }))
      const answer = await rawRequest(running.url, 'GET', '/api/briq/v1/whatsapp/senders', { Host: host })
      expect(answer.status).toBe(400)
      expect(JSON.parse(answer.body).errors).toEqual([
        { code: 'PROXY_BAD_REQUEST', message: 'The Host header is not a host name.', field: null },
      ])
      expect(upstream?.requests).toHaveLength(0)
    },
  )

  it("is read by core's client as the proxy's own refusal, with the request id to quote", async () => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    // fetch sets Host itself; a page whose name was rebound to this machine sends its own.
    const client = createBriqClient({
      endpoint: `${running.url}/api/briq`,
      retry: false,
      fetch: async (input) => {
        const url = new URL(String(input))
        const answer = await rawRequest(running.url, 'GET', url.pathname, REBOUND)
        const headers = Object.entries(answer.headers).flatMap(([name, value]) =>
          typeof value === 'string' ? [[name, value] as [string, string]] : [],
        )
        return new Response(answer.body, { status: answer.status, headers })
      },
    })
    const error = await client.listSenders().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', status: 403, code: 'PROXY_HOST_NOT_ALLOWED' })
    expect((error as BriqError).requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestFailureReason(error as BriqError)).toEqual({ reason: 'proxy_forbidden' })
  })
})

// Node's parser refuses these before the proxy's handler runs; its default answer is the status
// line alone, which core's client would read as a server between the page and the proxy.
describe("what node's parser refuses is answered in the proxy's own envelope", () => {
  const SEND_HEAD = 'POST /api/briq/v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\n'
  it.each([
    ['a request that is not HTTP', 400, 'PROXY_BAD_REQUEST', 'GARBAGE\r\n\r\n'],
    [
      'headers past node’s limit',
      431,
      'PROXY_HEADERS_TOO_LARGE',
      `${SEND_HEAD}Cookie: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`,
    ],
    [
      'a chunk’s extensions past node’s limit',
      413,
      'PROXY_PAYLOAD_TOO_LARGE',
      `${SEND_HEAD}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1;x=${'a'.repeat(20_000)}\r\n{\r\n`,
    ],
  ])('%s: %i %s, then the connection closes', async (_name, status, code, request) => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    const received = await writeUntilServerCloses(running.url, request)
    const [head = '', body = ''] = received.split('\r\n\r\n')
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `))
    const headers = head.toLowerCase()
    expect(headers).toContain('content-type: application/json')
    expect(headers).toContain('cache-control: no-store')
    expect(headers).toContain('connection: close')
    const requestId = /\r\nx-request-id: ([0-9a-f-]{36})/.exec(headers)?.[1]
    expect(JSON.parse(body)).toEqual({
      success: false,
      data: null,
      errors: [{ code, message: expect.any(String), field: null }],
      request_id: requestId,
    })
    expect(upstream?.requests).toHaveLength(0)
  })

  it("has core's client name the proxy and the site's cookies for headers too large, in English and Swahili", async () => {
    const running = await start({}, (_request, res) => json(res, 202, { success: true }))
    const client = createBriqClient({
      endpoint: `${running.url}/api/briq`,
      retry: false,
      headers: { Cookie: `session=${'a'.repeat(maxHeaderSize)}` },
    })
    const error = await client.sendInteractive(VALID_SEND as never).catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ kind: 'http', status: 431, code: 'PROXY_HEADERS_TOO_LARGE' })
    expect(sendFailureReason(error as BriqError)).toEqual({ reason: 'proxy_refused', status: 431 })
    expect(describeSendFailure(error as BriqError)).toBe(
      "Your server's proxy refused the request because its headers were too large (HTTP 431), most often because this site keeps too many or too large cookies, so the message was not sent. Clearing this site's cookies and signing in again may help; otherwise tell whoever set up this page.",
    )
    expect(describeSendFailure(error as BriqError, coreMessagesSw)).toBe(
      'Proksi ya seva yako imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 431), mara nyingi kwa sababu tovuti hii inahifadhi vidakuzi (cookies) vingi au vikubwa mno, kwa hiyo ujumbe haukutumwa. Kufuta vidakuzi vya tovuti hii kisha kuingia tena kunaweza kusaidia; vinginevyo mjulishe aliyeandaa ukurasa huu.',
    )
    expect(upstream?.requests).toHaveLength(0)
  })
})

// Node refuses these parsed requests itself, before the proxy's handler runs: with the status
// line alone and no CORS, which core's client would read as a server between, and a page not at all.
describe("what node refuses of a parsed request is answered in the proxy's own envelope, with CORS", () => {
  const PAGE = 'https://admin.example'
  const SENDERS = `GET /api/briq/v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\n\r\n`
  const send = (extra = '') => {
    const body = JSON.stringify(VALID_SEND)
    return (
      `POST /api/briq/v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nOrigin: ${PAGE}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`
    )
  }
  const ok: FakeReply = (_request, res) => json(res, 200, { success: true, data: [] })
  /** An answer read off the socket as the fetch a client is given would return it. */
  const asResponse = (answer: string) => {
    const [head = '', ...rest] = answer.split('\r\n\r\n')
    const [statusLine = '', ...lines] = head.split('\r\n')
    const headers = lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()])
    return new Response(rest.join('\r\n\r\n'), {
      status: Number(statusLine.slice(9, 12)),
      headers: headers as [string, string][],
    })
  }
  const envelopeOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))

  it('an Expect other than 100-continue: 417 PROXY_EXPECTATION_FAILED, nothing forwarded, the connection kept', async () => {
    const running = await start({ PROXY_ALLOWED_ORIGINS: PAGE }, ok)
    const [refused = '', next = ''] = await pipelinedAnswers(running.url, send('Expect: 200-ok\r\n') + SENDERS, 2)
    expect(refused).toMatch(/^HTTP\/1\.1 417 /)
    const head = refused.slice(0, refused.indexOf('\r\n\r\n')).toLowerCase()
    expect(head).toContain('content-type: application/json')
    expect(head).toContain(`access-control-allow-origin: ${PAGE}`)
    expect(head).not.toContain('connection: close')
    expect(envelopeOf(refused)).toEqual({
      success: false,
      data: null,
      errors: [
        {
          code: 'PROXY_EXPECTATION_FAILED',
          message:
            'Expect: "200-ok" cannot be met; this server meets only Expect: 100-continue. Send the request without it',
          field: null,
        },
      ],
      request_id: /\r\nx-request-id: ([0-9a-f-]{36})/.exec(head)?.[1],
    })
    // The refused body was read past, and the next request on the connection forwarded.
    expect(next).toMatch(/^HTTP\/1\.1 200 /)
    expect(upstream?.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it('a request pipelined past PROXY_MAX_REQUESTS_PER_SOCKET: 503 PROXY_CONNECTION_REQUEST_LIMIT, never forwarded', async () => {
    const running = await start({ PROXY_ALLOWED_ORIGINS: PAGE, PROXY_MAX_REQUESTS_PER_SOCKET: '1' }, ok)
    const [first = '', refused = ''] = await pipelinedAnswers(running.url, SENDERS + send(), 2)
    expect(first).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\nConnection: close\r\n/i)
    expect(refused).toMatch(/^HTTP\/1\.1 503 /)
    const head = refused.slice(0, refused.indexOf('\r\n\r\n')).toLowerCase()
    expect(head).toContain('content-type: application/json')
    expect(head).toContain('connection: close')
    expect(head).toContain(`access-control-allow-origin: ${PAGE}`)
    expect(envelopeOf(refused).errors).toEqual([
      {
        code: 'PROXY_CONNECTION_REQUEST_LIMIT',
        message:
          'This connection has carried the 1 request it may (PROXY_MAX_REQUESTS_PER_SOCKET), so this one was not handled; send it again on a new connection',
        field: null,
      },
    ])
    expect(upstream?.requests.map((request) => request.method)).toEqual(['GET'])
  })

  it("has core's client say each as the proxy's refusal, nothing sent, in English and Swahili", async () => {
    const running = await start({ PROXY_ALLOWED_ORIGINS: PAGE, PROXY_MAX_REQUESTS_PER_SOCKET: '1' }, ok)
    const failureOf = async (pipelined: string, index: number) => {
      const client = createBriqClient({
        endpoint: `${running.url}/api/briq`,
        retry: false,
        fetch: async () => asResponse((await pipelinedAnswers(running.url, pipelined, index + 1))[index] ?? ''),
      })
      const error = await client.sendInteractive(VALID_SEND as never).catch((thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(BriqError)
      return error as BriqError
    }
    const expectation = await failureOf(send('Expect: 200-ok\r\n'), 0)
    expect(expectation).toMatchObject({ status: 417, code: 'PROXY_EXPECTATION_FAILED' })
    // No maybeSent: nothing was forwarded.
    expect(sendFailureReason(expectation)).toEqual({ reason: 'proxy_refused', status: 417 })
    expect(describeSendFailure(expectation)).toBe(
      "Your server's proxy cannot meet the request's Expect header (HTTP 417), so the message was not sent. Whoever set up the sending should send it without that header.",
    )
    expect(describeSendFailure(expectation, coreMessagesSw)).toBe(
      'Proksi ya seva yako haiwezi kutimiza kichwa Expect (header) cha ombi (HTTP 417), kwa hiyo ujumbe haukutumwa. Aliyeandaa utumaji autume bila kichwa hicho.',
    )
    const spent = await failureOf(SENDERS + send(), 1)
    expect(spent).toMatchObject({ status: 503, code: 'PROXY_CONNECTION_REQUEST_LIMIT' })
    expect(sendFailureReason(spent)).toEqual({ reason: 'proxy_refused', status: 503 })
    expect(describeSendFailure(spent)).toBe(
      "Your server's proxy took no more requests on that connection (HTTP 503), so the message was not sent. Send it again: it goes on a new connection.",
    )
    expect(describeSendFailure(spent, coreMessagesSw)).toBe(
      'Proksi ya seva yako haipokei maombi zaidi kwenye muunganisho huo (HTTP 503), kwa hiyo ujumbe haukutumwa. Uutume tena: utaenda kwa muunganisho mpya.',
    )
    expect(upstream?.requests.map((request) => request.method)).toEqual(['GET'])
  })
})

describe('the proxy server and an HTTP/1.1 request without Host', () => {
  it("answers 400 PROXY_BAD_REQUEST in its envelope, where node's own is the status line alone", async () => {
    const running = await start({}, (_request, res) => json(res, 200, { success: true, data: [] }))
    for (const path of ['/api/briq/v1/whatsapp/senders', '/']) {
      const [refused = ''] = await pipelinedAnswers(running.url, `GET ${path} HTTP/1.1\r\nConnection: close\r\n\r\n`, 1)
      expect(refused, path).toMatch(/^HTTP\/1\.1 400 /)
      // Chunked, as the proxy's other refusals before its handler: the envelope inside one chunk.
      expect(refused, path).toContain(
        '"errors":[{"code":"PROXY_BAD_REQUEST","message":"An HTTP/1.1 request must have a Host header.","field":null}]',
      )
    }
    const [served = ''] = await pipelinedAnswers(running.url, 'GET /api/briq/v1/whatsapp/senders HTTP/1.0\r\n\r\n', 1)
    expect(served).toMatch(/^HTTP\/1\.1 200 /)
    expect(upstream?.requests).toHaveLength(1)
  })
})

describe('the proxy server serving a folder that holds PROXY_TOKEN', () => {
  const TOKEN = 'page-token-4c1d9e7a2b'
  const folders: string[] = []
  afterEach(() => Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true }))))

  // A built playground whose bundle has the token in it (VITE_BRIQ_PROXY_TOKEN), and a dot-file
  // that holds it too, which the server never serves.
  async function builtPage(bundle: string) {
    const folder = await mkdtemp(join(tmpdir(), 'briq-proxy-page-'))
    folders.push(folder)
    await mkdir(join(folder, 'assets'))
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>playground</title>')
    await writeFile(join(folder, 'assets', 'index.js'), bundle)
    await writeFile(join(folder, '.env'), `VITE_BRIQ_PROXY_TOKEN=${TOKEN}`)
    return folder
  }

  const env = (host: string, staticDir: string) => ({
    HOST: host,
    PROXY_TOKEN: TOKEN,
    PROXY_ALLOW_ANONYMOUS: '',
    PROXY_STATIC_DIR: staticDir,
  })

  it('refuses to start when it is reached from other machines: anyone could read the token', async () => {
    const staticDir = await builtPage(`const token = "${TOKEN}"`)
    const refused = await start(env('0.0.0.0', staticDir), (_request, res) => json(res, 200, {})).catch(
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(Error)
    expect((refused as Error).message).toMatch(
      /^PROXY_STATIC_DIR serves assets\/index\.js, which holds PROXY_TOKEN .*HOST=0\.0\.0\.0 is reached from other machines/,
    )
    expect((refused as Error).message).not.toContain(TOKEN)
  })

  it.each([
    [
      'escaped in the bundle',
      (folder: string) => writeFile(join(folder, 'assets', 'x.js'), `t="${TOKEN.replaceAll('-', '\\u002d')}"`),
    ],
    [
      'in a precompressed copy',
      (folder: string) => writeFile(join(folder, 'assets', 'x.js.gz'), gzipSync(`t="${TOKEN}"`)),
    ],
    [
      'in a brotli copy',
      (folder: string) =>
        writeFile(join(folder, 'assets', 'x.js.br'), brotliCompressSync(`${'let a = 1;'.repeat(200)} t="${TOKEN}"`)),
    ],
  ])('refuses to start with the token %s, which a visitor reads as well', async (_name, add) => {
    const staticDir = await builtPage('const token = undefined')
    await add(staticDir)
    const refused = await start(env('0.0.0.0', staticDir), (_request, res) => json(res, 200, {})).catch(
      (error: unknown) => error,
    )
    expect((refused as Error).message).toMatch(
      /^PROXY_STATIC_DIR serves assets\/x\.js(\.gz|\.br)?, which holds PROXY_TOKEN/,
    )
  })

  it('refuses to start with a file too large to check, saying so, not that it holds the token', async () => {
    const staticDir = await builtPage('const token = undefined')
    // Sparse: past the check's 64 MiB without writing them.
    const video = await open(join(staticDir, 'assets', 'intro.mp4'), 'w')
    await video.truncate(64 * 1024 * 1024 + 1)
    await video.close()
    const refused = await start(env('0.0.0.0', staticDir), (_request, res) => json(res, 200, {})).catch(
      (error: unknown) => error,
    )
    expect((refused as Error).message).toBe(
      'PROXY_STATIC_DIR serves assets/intro.mp4, which could not be checked for PROXY_TOKEN (over 64 MiB, or unpacking to more), and HOST=0.0.0.0 is reached from other machines. Move it out of the folder, or keep HOST on loopback (the default 127.0.0.1).',
    )
  })

  it('never serves a file that holds the token written into the folder after startup', async () => {
    const staticDir = await builtPage('const token = undefined')
    const running = await start(env('0.0.0.0', staticDir), (_r, res) => json(res, 200, {}))
    const at = running.url.replace('0.0.0.0', '127.0.0.1')
    await writeFile(join(staticDir, 'assets', 'index.js'), `const token = "${TOKEN}"`)
    await writeFile(join(staticDir, 'assets', 'index.js.gz'), gzipSync(`const token = "${TOKEN}"`))
    for (const path of ['/assets/index.js', '/assets/index.js.gz']) {
      const refused = await fetch(`${at}${path}`)
      expect(refused.status).toBe(403)
      expect(await refused.text()).toMatch(/^Not served: this file holds PROXY_TOKEN/)
    }
    expect((await fetch(at)).status).toBe(200)
  })

  it('starts on loopback with that folder, and from other machines with a page without the token', async () => {
    const onLoopback = await start(env('127.0.0.1', await builtPage(`const token = "${TOKEN}"`)), (_r, res) =>
      json(res, 200, {}),
    )
    await onLoopback.close()
    await upstream?.close()
    const everywhere = await start(env('0.0.0.0', await builtPage('const token = undefined')), (_r, res) =>
      json(res, 200, {}),
    )
    expect((await fetch(everywhere.url.replace('0.0.0.0', '127.0.0.1'))).status).toBe(200)
  })
})
