import type { ServerResponse } from 'node:http'
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
import { afterEach, describe, expect, it } from 'vitest'
import type { BriqProxyOptions } from './proxy-options.ts'
import { closedPortUrl, json, startFakeUpstream } from './testing/fake-upstream.ts'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// Core's client against the proxy over real HTTP, for every answer the proxy makes when Briq did
// not answer it usably, or when it failed itself. Whether the send may have gone is one rule: the
// flag a host reads, the sentence a person reads and the controller's hold must say the same,
// and none of them may blame Briq ("Briq had a problem on its side") for the proxy's answer.
const running: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

const send: SendInteractiveRequest = VALID_SEND

async function sendThrough(proxy: TestProxy) {
  const client = createBriqClient({ endpoint: proxy.url, retry: false })
  const error = await client.sendInteractive(send).catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(BriqError)
  const controller = createSendController(client)
  await controller.send(send).catch(() => undefined)
  return { error: error as BriqError, held: controller.getSnapshot().maybeSent }
}

async function proxyIn(reply: (res: ServerResponse) => void, options: Partial<BriqProxyOptions> = {}) {
  const upstream = await startFakeUpstream((_request, response) => reply(response))
  running.push(upstream)
  const proxy = await startTestProxy({ upstream: upstream.url, ...options })
  running.push(proxy)
  return proxy
}

const redirectTo = async (url: string) =>
  proxyIn((response) => {
    response.writeHead(307, { location: url })
    response.end()
  })

const cases: [string, string, string, boolean, () => Promise<TestProxy>][] = [
  [
    'no connection to Briq',
    'UPSTREAM_UNREACHABLE',
    'upstream_unreachable',
    false,
    async () => {
      const proxy = await startTestProxy({ upstream: await closedPortUrl() })
      running.push(proxy)
      return proxy
    },
  ],
  [
    'Briq answering a redirect (not followed, not taken)',
    'UPSTREAM_REDIRECT',
    'upstream_unreachable',
    false,
    async () => {
      const elsewhere = await startFakeUpstream((_request, response) => json(response, 200, {}))
      running.push(elsewhere)
      return redirectTo(`${elsewhere.url}/collect`)
    },
  ],
  [
    'the connection broken after the send left',
    'UPSTREAM_ANSWER_LOST',
    'upstream_answer_lost',
    true,
    () => proxyIn((response) => response.destroy()),
  ],
  [
    // A kept-alive connection whose request was written, then timed out: Node names the `read`.
    'an open connection to Briq timing out after the send left',
    'UPSTREAM_ANSWER_LOST',
    'upstream_answer_lost',
    true,
    async () => {
      const upstream = await startFakeUpstream((_request, response) => json(response, 202, {}))
      const lost = Object.assign(new Error('read ETIMEDOUT'), { code: 'ETIMEDOUT', syscall: 'read' })
      const proxy = await startTestProxy({
        upstream: upstream.url,
        fetch: async (input, init) => {
          await fetch(input, init)
          throw new TypeError('fetch failed', { cause: lost })
        },
      })
      running.push(upstream, proxy)
      return proxy
    },
  ],
  [
    'no answer within timeoutMs',
    'UPSTREAM_TIMEOUT',
    'upstream_timeout',
    true,
    () => proxyIn(() => {}, { timeoutMs: 100 }),
  ],
  [
    "an answer over the proxy's maxResponseBytes",
    'UPSTREAM_RESPONSE_TOO_LARGE',
    'upstream_answer_lost',
    true,
    () =>
      proxyIn((response) => json(response, 202, { success: true, data: { message_id: 'x'.repeat(200) } }), {
        maxResponseBytes: 64,
      }),
  ],
  [
    'an answer in a content coding the proxy cannot decode',
    'UPSTREAM_RESPONSE_UNREADABLE',
    'upstream_answer_lost',
    true,
    () =>
      proxyIn((response) => {
        response.writeHead(202, { 'content-type': 'application/json', 'content-encoding': 'compress' })
        response.end('{}')
      }),
  ],
  [
    "an answer the proxy's fetch reached by following a redirect",
    'UPSTREAM_REDIRECT_FOLLOWED',
    'upstream_answer_lost',
    true,
    async () => {
      const elsewhere = await startFakeUpstream((_request, response) => json(response, 202, {}))
      const redirecting = await startFakeUpstream((_request, response) => {
        response.writeHead(307, { location: `${elsewhere.url}/collect` })
        response.end()
      })
      running.push(elsewhere, redirecting)
      const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
      const proxy = await startTestProxy({ upstream: redirecting.url, fetch: following })
      running.push(proxy)
      return proxy
    },
  ],
  [
    'the proxy failing itself (its authorize threw)',
    'PROXY_ERROR',
    'proxy_error',
    true,
    () =>
      proxyIn(() => {}, {
        allowAnonymous: false,
        authorize: () => {
          throw new Error('session store down')
        },
      }),
  ],
]

describe("createBriqClient reading the proxy's own answers about Briq", () => {
  it.each(cases)('%s (%s): reason, flag, sentence and hold agree', async (_name, code, reason, maybe, start) => {
    const { error, held } = await sendThrough(await start())
    expect(error).toMatchObject({ kind: 'http', code })
    expect(error.message).toMatch(/^Your proxy answered 50\d /)
    const failure = sendFailureReason(error)
    expect(failure.reason).toBe(reason)
    expect(failure.maybeSent === true).toBe(maybe)
    expect(held).toBe(maybe)
    const english = describeSendFailure(error)
    const swahili = describeSendFailure(error, coreMessagesSw)
    expect(english).toMatch(maybe ? /may have been sent/ : /was not sent/)
    expect(english).not.toMatch(maybe ? /was not sent/ : /may have been sent/)
    expect(swahili).toMatch(maybe ? /huenda ujumbe umetumwa/ : /haukutumwa/)
    expect(swahili).not.toMatch(maybe ? /haukutumwa/ : /huenda ujumbe umetumwa/)
    for (const sentence of [english, describeRequestFailure(error)]) expect(sentence).toMatch(/proxy/i)
    for (const sentence of [swahili, describeRequestFailure(error, coreMessagesSw)]) expect(sentence).toMatch(/proksi/i)
    expect(english).not.toMatch(/Briq had a problem/)
    expect(requestFailureReason(error).reason).toBe(reason)
  })

  // Passed back, the client's fetch followed a 307 and re-POSTed the message and the customer's
  // number to another host, and took that host's answer for Briq's.
  it('a send Briq answered with a redirect never reaches the Location', async () => {
    const elsewhere = await startFakeUpstream((_request, response) =>
      json(response, 200, { success: true, data: { message_id: 'elsewhere', status: 'pending' } }),
    )
    running.push(elsewhere)
    await sendThrough(await redirectTo(`${elsewhere.url}/collect`))
    expect(elsewhere.requests).toHaveLength(0)
  })

  it("words an answer lost after the send left as the proxy's, in English and Swahili", async () => {
    const { error } = await sendThrough(await proxyIn((response) => response.destroy()))
    expect(describeSendFailure(error)).toBe(
      "Your server's proxy did not get Briq's answer, or could not pass it on (HTTP 502), so the message may have been sent. Check the conversation before sending it again; if it keeps happening, whoever runs the server finds why in the proxy's log.",
    )
    expect(describeSendFailure(error, coreMessagesSw)).toBe(
      'Proksi ya seva yako haikupata jibu la Briq, au haikuweza kulipitisha (HTTP 502), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; ikiendelea kutokea, anayeendesha seva ataona sababu kwenye kumbukumbu (log) ya proksi.',
    )
  })
})
