import { createServer, type IncomingHttpHeaders } from 'node:http'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { requestFailureReason } from '../sending/request-failure-reason.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const servers = testServers()
const SEND = '/api/briq/v1/whatsapp/messages/interactive'
const request: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Hi' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
  },
}

/** A server that redirects the send to `target` with `status`, and answers there as `page` says. */
async function redirecting(status: number, target: string, page: (method: string) => [number, string, string]) {
  const { url } = await servers.listen(
    createServer((req, res) => {
      if (req.url === SEND) {
        res.writeHead(status, { Location: target }).end()
        return
      }
      req.resume()
      const [code, type, body] = page(req.method ?? '')
      res.writeHead(code, { 'Content-Type': type }).end(body)
    }),
  )
  return createBriqClient({ endpoint: `${url}/api/briq`, retry: false })
}

const briqAnswer = (method: string): [number, string, string] => {
  const data = {
    message_id: 'm-1',
    conversation_id: 'c-1',
    sender_id: 's-1',
    provider_message_id: null,
    status: 'pending',
  }
  return [
    method === 'POST' ? 202 : 405,
    'application/json',
    JSON.stringify({ success: true, data, errors: null, request_id: 'r-1' }),
  ]
}

// In a web page fetch follows redirects: a sign-in page, a path moved on the same host.
describe('createBriqClient in a web page: an answer fetch reached by a redirect', () => {
  beforeEach(() => {
    vi.stubGlobal('location', new URL('http://127.0.0.1/app'))
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is REDIRECTED and not maybe sent when the page it lands on is no Briq answer, even a 502', async () => {
    const client = await redirecting(302, '/login', () => [502, 'text/html', '<h1>Bad gateway</h1>'])
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED', status: undefined })
    expect((error as BriqError).message).toMatch(
      /^POST \/v1\/whatsapp\/messages\/interactive was redirected to http:\/\/127\.0\.0\.1:\d+\/login, /,
    )
    expect(mayHaveBeenSent(error as BriqError)).toBe(false)
    // Said as a redirect (a sign-in, most likely), not a bare "not sent" nor the 502 it landed on.
    expect(sendFailureReason(error as BriqError)).toEqual({ reason: 'redirected' })
    expect(requestFailureReason(error as BriqError)).toEqual({ reason: 'redirected' })
  })

  it('keeps Briq’s own error when the page a redirect leads to answers with Briq’s error body', async () => {
    const client = await redirecting(307, '/api/briq/v2-send', () => [
      401,
      'application/json',
      JSON.stringify({
        success: false,
        data: null,
        errors: [{ code: 'UNAUTHORIZED', message: 'Bad key' }],
        request_id: 'r-2',
      }),
    ])
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'UNAUTHORIZED' })
  })

  it('stays a success when the page a 308 leads to is Briq’s answer', async () => {
    const client = await redirecting(308, '/api/briq/v2-send', briqAnswer)
    await expect(client.sendInteractive(request)).resolves.toMatchObject({ message_id: 'm-1', status: 'pending' })
  })
})

// Outside a page (a server) no CORS asks the other host first: fetch would re-send the call's
// headers (all but Authorization and cookies) and, for a 307/308, the message and the customer's
// number to wherever the Location points.
describe('createBriqClient outside a web page: a redirect', () => {
  /** Another origin, recording what reaches it. */
  async function elsewhere() {
    const seen: { method: string; headers: IncomingHttpHeaders; body: string }[] = []
    const { url } = await servers.listen(
      createServer((req, res) => {
        let body = ''
        req.on('data', (chunk: Buffer) => {
          body += chunk.toString()
        })
        req.on('end', () => {
          seen.push({ method: req.method ?? '', headers: req.headers, body })
          const [code, type, text] = briqAnswer(req.method ?? '')
          res.writeHead(code, { 'Content-Type': type }).end(text)
        })
      }),
    )
    return { url: url.replace('127.0.0.1', 'localhost'), seen }
  }

  it.each([307, 308])(
    'to another host (%i) is not followed: nothing reaches it, and not maybe sent',
    async (status) => {
      const other = await elsewhere()
      const { url } = await servers.listen(
        createServer((req, res) => {
          req.resume()
          res.writeHead(status, { Location: `${other.url}/collect?from=${encodeURIComponent(req.url ?? '')}` }).end()
        }),
      )
      const client = createBriqClient({
        endpoint: `${url}/api/briq?token=S3CRET`,
        headers: { 'X-API-Key': 'briq_live_SERVER_KEY', 'X-Proxy-Token': 'proxy_TOKEN' },
        retry: false,
      })
      const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
      expect(error).toBeInstanceOf(BriqError)
      expect(error).toMatchObject({
        kind: 'http',
        code: 'REDIRECTED',
        status: undefined,
        message: `POST /v1/whatsapp/messages/interactive was redirected to ${other.url}/collect (HTTP ${status}), which the client follows only in a web page`,
      })
      expect(mayHaveBeenSent(error as BriqError)).toBe(false)
      // The address itself redirects (no sign-in in a page to reload): said with the redirect's status.
      expect(sendFailureReason(error as BriqError)).toEqual({ reason: 'redirected', status })
      expect(other.seen).toEqual([])
    },
  )

  it('to another host is not followed by a read either, whose headers would go along', async () => {
    const other = await elsewhere()
    const { url } = await servers.listen(
      createServer((req, res) => {
        req.resume()
        res.writeHead(302, { Location: `${other.url}/elsewhere` }).end()
      }),
    )
    const client = createBriqClient({ endpoint: `${url}/api/briq`, headers: { 'X-API-Key': 'briq_live_SERVER_KEY' } })
    const error = await client.listSenders().catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED' })
    expect(requestFailureReason(error as BriqError)).toEqual({ reason: 'redirected', status: 302 })
    expect(other.seen).toEqual([])
  })

  it('of any 3xx with a Location is not followed: a 300 says where it points too', async () => {
    const client = await redirecting(300, '/api/briq/choices', briqAnswer)
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED' })
    expect(mayHaveBeenSent(error as BriqError)).toBe(false)
  })

  it('on the same host is not followed either, and says where it points', async () => {
    const client = await redirecting(308, '/api/briq/v2-send', briqAnswer)
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toMatchObject({
      kind: 'http',
      code: 'REDIRECTED',
      message:
        'POST /v1/whatsapp/messages/interactive was redirected to /api/briq/v2-send (HTTP 308), which the client follows only in a web page',
    })
  })
})
