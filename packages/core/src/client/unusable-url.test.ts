import { createServer } from 'node:http'
import { inspect } from 'node:util'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { createSendController } from '../sending/send-controller.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const request = {
  to: '255712345678',
  interactive: {
    type: 'button' as const,
    body: { text: 'Hi' },
    action: { buttons: [{ type: 'reply' as const, reply: { id: 'a', title: 'A' } }] },
  },
}

// Outside a web page (Node, a server render) fetch has no page to resolve '/api/briq' against:
// it fails before anything leaves, so the send cannot have reached Briq.
describe('createBriqClient with an endpoint fetch cannot use here', () => {
  it('says so, and the send is not held as maybe sent', async () => {
    const client = createBriqClient({ endpoint: '/api/briq' })
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).cause).toBeUndefined()
    expect((error as BriqError).message).toBe(
      'POST /v1/whatsapp/messages/interactive cannot be sent: /api/briq/v1/whatsapp/messages/interactive is not a URL fetch can use here; outside a web page give createBriqClient an absolute endpoint (https://…/api/briq)',
    )
    const controller = createSendController(client)
    await controller.send(request).catch(() => undefined)
    expect(controller.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
  })

  it('quotes the URL without the query, where a host may have put a token', async () => {
    const client = createBriqClient({ endpoint: '/api/briq?token=S3CRET' })
    const error = await client.listSenders().catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).message).toBe(
      'GET /v1/whatsapp/senders cannot be sent: /api/briq/v1/whatsapp/senders is not a URL fetch can use here; outside a web page give createBriqClient an absolute endpoint (https://…/api/briq)',
    )
  })

  it('is not retried: the read fails on its first try', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      const client = createBriqClient({ endpoint: 'http://briq proxy/api', retry: { attempts: 3, baseDelayMs: 0 } })
      const error = await client.listSenders().catch((reason: unknown) => reason)
      expect(error).toMatchObject({
        kind: 'network',
        message: expect.stringContaining('is not a URL fetch can use here'),
      })
      expect(fetchSpy).toHaveBeenCalledTimes(1)
    } finally {
      fetchSpy.mockRestore()
    }
  })
})

// fetch refuses a URL holding a user name or password before anything leaves, in words that
// quote the URL (Fetch standard, "Request constructor"): the password would reach the UI and logs.
describe('createBriqClient with an endpoint that holds credentials', () => {
  const servers = testServers()

  it.each([
    ['user and password', (host: string) => `http://admin:S3CRET_PW@${host}/api/briq`],
    ['a user name alone', (host: string) => `http://S3CRET_PW@${host}/api/briq`],
    // Spellings a URL parser reads the same way (WHATWG URL): no slashes, one, three, a space before.
    ['no slashes after the scheme', (host: string) => `http:admin:S3CRET_PW@${host}/api/briq`],
    ['one slash after the scheme', (host: string) => `http:/admin:S3CRET_PW@${host}/api/briq`],
    ['three slashes after the scheme', (host: string) => `http:///admin:S3CRET_PW@${host}/api/briq`],
    ['a space before it', (host: string) => ` http://admin:S3CRET_PW@${host}/api/briq`],
  ])('with %s: cannot be sent, quotes neither, and nothing left', async (_name, endpoint) => {
    let requests = 0
    const { port } = await servers.listen(
      createServer((req, res) => {
        requests++
        req.resume()
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]')
      }),
    )
    const client = createBriqClient({ endpoint: endpoint(`127.0.0.1:${port}`), retry: false })
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect((error as BriqError).message).toBe(
      'POST /v1/whatsapp/messages/interactive cannot be sent: its endpoint holds a user name or password, which fetch refuses to send; give credentials in headers instead',
    )
    expect(String((error as BriqError).cause ?? '')).not.toContain('S3CRET_PW')
    expect(mayHaveBeenSent(error as BriqError)).toBe(false)
    expect(requests).toBe(0)
  })
})

// Calls add their path to the endpoint's: after a query it landed in the query, so every call
// reached the endpoint's own path. The query stays a query, after the path, as the snippets keep
// it; a fragment never leaves the page; and a token there is not quoted by a network error.
describe('createBriqClient with an endpoint that has a query or fragment', () => {
  const servers = testServers()

  it('sends each call to its path, the endpoint query first, and drops the fragment', async () => {
    const paths: string[] = []
    const { url } = await servers.listen(
      createServer((req, res) => {
        paths.push(req.url ?? '')
        req.resume()
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]')
      }),
    )
    await createBriqClient({ endpoint: `${url}/api/briq/?tenant=7&token=S3CRET`, retry: false }).listSenders()
    await createBriqClient({ endpoint: `${url}/api/briq?tenant=7`, retry: false })
      .listMessages({ limit: 5 })
      .catch(() => undefined)
    await createBriqClient({ endpoint: `${url}/api/briq#part`, retry: false }).listSenders()
    expect(paths).toEqual([
      '/api/briq/v1/whatsapp/senders?tenant=7&token=S3CRET',
      '/api/briq/v1/whatsapp/messages?tenant=7&limit=5',
      '/api/briq/v1/whatsapp/senders',
    ])
  })

  it('never quotes the query in a network error', async () => {
    const { port } = await servers.listen(createServer((req) => req.socket.destroy()))
    const client = createBriqClient({ endpoint: `http://127.0.0.1:${port}/api/briq?token=S3CRET`, retry: false })
    const error = await client.listSenders().catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).message).toMatch(
      /^GET \/v1\/whatsapp\/senders could not reach http:\/\/127\.0\.0\.1:\d+\/api\/briq: /,
    )
    expect((error as BriqError).message).not.toContain('S3CRET')
  })

  it("never quotes the query where a fetch of the host's own quotes the URL it refused", async () => {
    // A wrapper (logging, a header) is not the page's fetch, so its refusal is a network error.
    const wrapped = (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)
    const client = createBriqClient({ endpoint: '/api/briq?token=S3CRET', fetch: wrapped, retry: false })
    const error = await client.listSenders().catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).message).toMatch(/^GET \/v1\/whatsapp\/senders could not reach \/api\/briq: /)
    expect((error as BriqError).message).not.toContain('S3CRET')
    // Its cause too, as a log prints the error: fetch's TypeError quotes the URL in its stack, and
    // its own cause keeps it as `input`. A cause is still there: the call may have left.
    expect(inspect(error, { depth: 10 })).not.toContain('S3CRET')
    expect(mayHaveBeenSent(error as BriqError)).toBe(true)
  })

  it('never quotes the query of a page a redirect landed on, which may carry the URL it came from', async () => {
    // In a web page, where fetch follows it (outside one the Location is quoted without its query).
    vi.stubGlobal('location', new URL('http://127.0.0.1/app'))
    onTestFinished(() => {
      vi.unstubAllGlobals()
    })
    const { url } = await servers.listen(
      createServer((req, res) => {
        req.resume()
        if (req.url?.startsWith('/login')) {
          res.writeHead(200, { 'Content-Type': 'text/html' }).end('<form>Sign in</form>')
          return
        }
        res.writeHead(302, { Location: `/login?next=${encodeURIComponent(req.url ?? '')}` }).end()
      }),
    )
    const client = createBriqClient({ endpoint: `${url}/api/briq?token=S3CRET`, retry: false })
    const error = await client.listSenders().catch((reason: unknown) => reason)
    expect(error).toMatchObject({
      kind: 'http',
      code: 'REDIRECTED',
      message: `GET /v1/whatsapp/senders was redirected to ${url}/login, whose answer is not Briq's (a sign-in page?)`,
    })
    expect(inspect(error, { depth: 10 })).not.toContain('S3CRET')
  })
})
