import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BriqError,
  coreMessagesSw,
  createBriqClient,
  createSendController,
  describeRequestFailure,
  describeSendFailure,
  requestFailureReason,
  type SendInteractiveRequest,
  sendFailureReason,
} from '@briq-interactive/core'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { lazyBriqProxy } from './lazy-briq-proxy.ts'
import { toNodeHandler } from './node/to-node-handler.ts'
import { closedPortUrl, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// Core's client against the proxy over real HTTP: the proxy refusing its own token must not read
// as Briq refusing the API key (the user would check the wrong secret).
const TOKEN = 'refusal-token-1234'
const send: SendInteractiveRequest = VALID_SEND

let mock: MockHttpServer
let proxy: TestProxy
let wrongKeyProxy: TestProxy
beforeAll(async () => {
  mock = await startMockHttpServer({ port: 0, seed: 'proxy-refusals', clock: 'manual' })
  const guarded = { upstream: mock.url, allowAnonymous: false, authorize: bearerTokenAuthorize(TOKEN) }
  proxy = await startTestProxy({ ...guarded, apiKey: 'mock-api-key' })
  wrongKeyProxy = await startTestProxy({ ...guarded, apiKey: 'not-the-mock-key-42' })
})
afterAll(async () => {
  await proxy.close()
  await wrongKeyProxy.close()
  await mock.close()
})

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call succeeded'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(BriqError)
      return error as BriqError
    },
  )

describe("core's client reading the proxy's own refusals", () => {
  it('words a wrong or missing proxy token as the proxy refusing it, in English and Swahili', async () => {
    const tries: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong-token-5678' }]
    for (const headers of tries) {
      const client = createBriqClient({ endpoint: proxy.url, headers, retry: false })
      const error = await failure(client.sendInteractive(send))
      expect(error).toMatchObject({ kind: 'http', status: 401, code: 'PROXY_UNAUTHORIZED' })
      expect(error.message).toBe('Your proxy answered 401 PROXY_UNAUTHORIZED: Not authorized to use this proxy.')
      expect(sendFailureReason(error)).toEqual({ reason: 'proxy_unauthorized' })
      expect(describeSendFailure(error)).toBe(
        "Your server's proxy refused the request: you are not signed in, or the proxy token is wrong or missing (HTTP 401), so the message was not sent. Sign in again, or check the token your app sends to the proxy (not the Briq API key).",
      )
      expect(describeSendFailure(error, coreMessagesSw)).toMatch(/^Proksi ya seva yako imekataa ombi: .*\(HTTP 401\)/)

      const read = await failure(client.listSenders())
      expect(requestFailureReason(read)).toEqual({ reason: 'proxy_unauthorized' })
      expect(describeRequestFailure(read, undefined, 'list')).toBe(
        "your server's proxy refused the request: you are not signed in, or the proxy token is wrong or missing (HTTP 401)",
      )
      expect(describeRequestFailure(read, coreMessagesSw)).toMatch(/^proksi ya seva yako imekataa ombi: /)
    }
  })

  it('tells a signed-out admin to sign in when authorize is a session check, in English and Swahili', async () => {
    // The embed example's proxy: `authorize` checks the admin's session (a cookie here), and the
    // page sends no token. An expired session is the usual 401 there, so the words say it first.
    const session = await startTestProxy({
      upstream: mock.url,
      apiKey: 'mock-api-key',
      allowAnonymous: false,
      authorize: (request) => request.headers.get('cookie') === 'session=admin',
    })
    try {
      const error = await failure(createBriqClient({ endpoint: session.url, retry: false }).sendInteractive(send))
      expect(error).toMatchObject({ status: 401, code: 'PROXY_UNAUTHORIZED' })
      expect(describeSendFailure(error)).toMatch(/you are not signed in.* Sign in again,/)
      expect(describeSendFailure(error, coreMessagesSw)).toMatch(/hujaingia.* Ingia tena,/)
    } finally {
      await session.close()
    }
  })

  it("still words Briq refusing the proxy's API key as the key refused", async () => {
    const client = createBriqClient({
      endpoint: wrongKeyProxy.url,
      headers: { Authorization: `Bearer ${TOKEN}` },
      retry: false,
    })
    const error = await failure(client.sendInteractive(send))
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    expect(error.message).toMatch(/^Briq answered 401 UNAUTHORIZED: /)
    // Not sent, and who can act on it: the shop assistant holds no key.
    expect(describeSendFailure(error)).toBe(
      'Briq refused the API key, so the message was not sent. Whoever set up this page should check the key: that it is right and has not expired, and that its app is linked to a workspace.',
    )
    expect(describeSendFailure(error, coreMessagesSw)).toBe(
      'Briq imekataa ufunguo wa API, kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa huu ahakiki ufunguo: kwamba ni sahihi na muda wake haujaisha, na kwamba programu yake imeunganishwa na eneo la kazi (workspace).',
    )
    expect(requestFailureReason(await failure(client.listSenders()))).toEqual({ reason: 'unauthorized' })
  })

  it("words the proxy refusing the page's origin as its own setting, not the API key", async () => {
    const listed = await startTestProxy({
      upstream: mock.url,
      apiKey: 'mock-api-key',
      allowedOrigins: ['https://admin.example.co.tz'],
    })
    try {
      // A page opened at an address the proxy was not told about (behind another host name).
      const headers = { Origin: 'https://shop.example.co.tz' }
      const client = createBriqClient({ endpoint: listed.url, headers, retry: false })
      const error = await failure(client.sendInteractive(send))
      expect(error).toMatchObject({ status: 403, code: 'PROXY_ORIGIN_NOT_ALLOWED' })
      expect(error.message).toMatch(/^Your proxy answered 403 PROXY_ORIGIN_NOT_ALLOWED: Origin https:\/\/shop/)
      expect(sendFailureReason(error)).toEqual({ reason: 'proxy_forbidden' })
      expect(describeSendFailure(error)).toBe(
        "Your server's proxy does not take requests from this page's address (HTTP 403), so the message was not sent. Open the page at an address the proxy allows, or ask whoever runs the server to add this one to its allowed origins.",
      )
      expect(describeSendFailure(error, coreMessagesSw)).toMatch(/^Proksi ya seva yako haipokei maombi .*\(HTTP 403\)/)
      const read = await failure(client.listSenders())
      expect(requestFailureReason(read)).toEqual({ reason: 'proxy_forbidden' })
      expect(describeRequestFailure(read)).toBe(
        "your server's proxy does not take requests from this page's address (HTTP 403)",
      )
      expect(describeRequestFailure(read, coreMessagesSw)).toMatch(/^proksi ya seva yako haipokei maombi /)
    } finally {
      await listed.close()
    }
  })

  // Briq answers 404 and 413 too; the reader must learn it was their own server's proxy.
  it('words the proxy refusing a body over its limit as its own, not Briq refusing the message', async () => {
    const small = await startTestProxy({ upstream: mock.url, apiKey: 'mock-api-key', maxBodyBytes: 64 })
    try {
      const sending = createSendController(createBriqClient({ endpoint: small.url, retry: false }))
      const error = await failure(sending.send(send))
      expect(error).toMatchObject({ status: 413, code: 'PROXY_PAYLOAD_TOO_LARGE' })
      expect(error.message).toBe(
        'Your proxy answered 413 PROXY_PAYLOAD_TOO_LARGE: Request body is larger than 64 bytes',
      )
      expect(sendFailureReason(error)).toEqual({ reason: 'proxy_refused', status: 413 })
      expect(describeSendFailure(error)).toBe(
        "Your server's proxy does not take a message this large (HTTP 413), so it was not sent. Whoever runs the server can raise the proxy's body limit.",
      )
      expect(describeSendFailure(error, coreMessagesSw)).toBe(
        'Proksi ya seva yako haipokei ujumbe mkubwa hivi (HTTP 413), kwa hiyo haukutumwa. Anayeendesha seva anaweza kuongeza kikomo cha ukubwa wa ombi kwenye proksi.',
      )
      // Nothing was forwarded: not held as maybe sent.
      expect(sending.getSnapshot()).toMatchObject({ maybeSent: false })
    } finally {
      await small.close()
    }
  })

  it('words a route the proxy does not serve as its own refusal, for a send and a read', async () => {
    // A page pointed at the wrong path under the proxy (e.g. /api instead of /api/briq).
    const client = createBriqClient({ endpoint: `${proxy.url}/api`, retry: false })
    const error = await failure(client.sendInteractive(send))
    expect(error).toMatchObject({ status: 404, code: 'PROXY_NOT_FOUND' })
    expect(error.message).toMatch(/^Your proxy answered 404 PROXY_NOT_FOUND: No such route on this proxy/)
    expect(sendFailureReason(error)).toEqual({ reason: 'proxy_refused', status: 404 })
    expect(describeSendFailure(error)).toBe(
      "Your server's proxy refused the request (HTTP 404), so the message was not sent. Whoever set up the page should check the address it sends to and the proxy's settings.",
    )
    expect(describeSendFailure(error, coreMessagesSw)).toBe(
      'Proksi ya seva yako imekataa ombi (HTTP 404), kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa ahakiki anwani unayotuma kwake na mipangilio ya proksi.',
    )
    const read = await failure(client.listSenders())
    expect(requestFailureReason(read)).toEqual({ reason: 'proxy_refused', status: 404 })
    expect(describeRequestFailure(read, undefined, 'list')).toBe("your server's proxy refused the request (HTTP 404)")
    expect(describeRequestFailure(read, coreMessagesSw)).toBe('proksi ya seva yako imekataa ombi (HTTP 404)')
  })

  it('says the proxy could not reach Briq, so nothing was sent, in English and Swahili', async () => {
    // A port nothing listens on: the connection is refused, the request never leaves the proxy.
    const unreachable = await startTestProxy({ upstream: await closedPortUrl(), apiKey: 'mock-api-key' })
    try {
      const client = createBriqClient({ endpoint: unreachable.url, retry: false })
      const error = await failure(client.listSenders())
      expect(error.message).toMatch(/^Your proxy answered 502 UPSTREAM_UNREACHABLE: Could not reach the Briq API/)
      expect(requestFailureReason(error)).toEqual({ reason: 'upstream_unreachable' })
      expect(describeRequestFailure(error, undefined, 'list')).toBe(
        "your server's proxy could not reach Briq (HTTP 502)",
      )
      expect(describeRequestFailure(error, coreMessagesSw)).toBe(
        'proksi ya seva yako haikuweza kuifikia Briq (HTTP 502)',
      )

      const sending = createSendController(client)
      const sent = await failure(sending.send(send))
      expect(sent).toMatchObject({ status: 502, code: 'UPSTREAM_UNREACHABLE' })
      // Not "Briq had a problem on its side": Briq was never asked.
      expect(describeSendFailure(sent)).toBe(
        "Your server's proxy could not reach Briq (HTTP 502), so the message was not sent. Check the server's connection to Briq, then try again.",
      )
      expect(describeSendFailure(sent, coreMessagesSw)).toBe(
        'Proksi ya seva yako haikuweza kuifikia Briq (HTTP 502), kwa hiyo ujumbe haukutumwa. Angalia muunganisho wa seva na Briq, kisha ujaribu tena.',
      )
      // Nothing left the proxy, so the same send goes again (not held as maybe sent).
      expect(sending.getSnapshot()).toMatchObject({ maybeSent: false })
      expect(await failure(sending.send(send))).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' })
    } finally {
      await unreachable.close()
    }
  })

  it('says Briq did not answer the proxy in time, so the message may have been sent, in English and Swahili', async () => {
    // An upstream that takes the request and never answers.
    const silent = await startFakeUpstream(() => {})
    const late = await startTestProxy({ upstream: silent.url, apiKey: 'mock-api-key', timeoutMs: 100 })
    try {
      const client = createBriqClient({ endpoint: late.url, retry: false })
      const sending = createSendController(client)
      const sent = await failure(sending.send(send))
      expect(sent).toMatchObject({ status: 504, code: 'UPSTREAM_TIMEOUT' })
      expect(sendFailureReason(sent)).toEqual({ reason: 'upstream_timeout', maybeSent: true })
      expect(describeSendFailure(sent)).toBe(
        "Briq did not answer your server's proxy in time (HTTP 504), so the message may have been sent. Check the conversation before sending it again.",
      )
      expect(describeSendFailure(sent, coreMessagesSw)).toBe(
        'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
      )
      // It may have reached Briq: the identical send is held, not sent twice.
      expect(sending.getSnapshot()).toMatchObject({ maybeSent: true })
      expect(await failure(sending.send(send))).toMatchObject({ code: 'MAYBE_SENT' })

      const read = await failure(client.listSenders())
      expect(requestFailureReason(read)).toEqual({ reason: 'upstream_timeout' })
      expect(describeRequestFailure(read, undefined, 'list')).toBe(
        "Briq did not answer your server's proxy in time (HTTP 504)",
      )
      expect(describeRequestFailure(read, coreMessagesSw)).toBe(
        'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504)',
      )
    } finally {
      await late.close()
      await silent.close()
    }
  })

  it('words an unconfigured proxy as the proxy not set up, and not maybe sent', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const server = createServer(toNodeHandler(lazyBriqProxy(() => ({ apiKey: '', upstream: mock.url }))))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const client = createBriqClient({ endpoint, retry: false })
      const error = await failure(client.sendInteractive(send))
      expect(error).toMatchObject({ status: 500, code: 'PROXY_NOT_CONFIGURED' })
      expect(error.message).toMatch(/^Your proxy answered 500 PROXY_NOT_CONFIGURED: /)
      expect(sendFailureReason(error)).toEqual({ reason: 'proxy_not_configured' })
      expect(describeSendFailure(error)).toBe(
        "Your server's proxy is not set up (HTTP 500), so the message was not sent. Whoever runs the server finds what is missing in its log.",
      )
      expect(describeSendFailure(error, coreMessagesSw)).toMatch(/^Proksi ya seva yako haijawekwa tayari \(HTTP 500\)/)
      // Nothing was forwarded, so the same send is not held as maybe sent: it goes again.
      const sending = createSendController(client)
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect(await failure(sending.send(send))).toMatchObject({ code: 'PROXY_NOT_CONFIGURED' })
      }
      expect(sending.getSnapshot()).toMatchObject({ maybeSent: false })
      const read = await failure(client.listSenders())
      expect(describeRequestFailure(read)).toBe("your server's proxy is not set up (HTTP 500)")
      expect(describeRequestFailure(read, coreMessagesSw)).toBe('proksi ya seva yako haijawekwa tayari (HTTP 500)')
      expect(logged).toHaveBeenCalledOnce()
    } finally {
      logged.mockRestore()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
