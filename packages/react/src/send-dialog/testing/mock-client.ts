import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { type BriqMock, type BriqMockOptions, createBriqMock, DEFAULT_API_KEY } from '@briq-interactive/mock'

/** A mock Briq and a client whose `fetch` hands every request straight to it. */
export interface MockClient {
  /** The in-memory Briq: `advance`, `simulateReply`, `setFaults`… */
  mock: BriqMock
  /** A client for the dialog's `client` prop. */
  client: BriqClient
  /** Every POST the client made (path only). */
  sends: string[]
  /** Every request the client made, as `METHOD path` (the status polls too). */
  requests?: string[]
}

/** What a stand-in between the client and the mock does to the mock's `answer` to a request. */
type ChangeAnswer = (url: URL, init: RequestInit, answer: Response) => Response | Promise<Response>

const unchanged: ChangeAnswer = (_url, _init, answer) => answer

function mockClient(options: BriqMockOptions, change: ChangeAnswer): MockClient {
  const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual', ...options })
  const sends: string[] = []
  const requests: string[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const absolute = new URL(url, location.href)
      requests.push(`${init.method ?? 'GET'} ${absolute.pathname}`)
      if (init.method === 'POST') sends.push(absolute.pathname)
      return change(absolute, init, await mock.handle(new Request(absolute, init)))
    },
  })
  return { mock, client, sends, requests }
}

/**
 * The dialog's browser tests and stories talk to the mock without a service worker: the mock's
 * `handle(request)` is the client's `fetch`. Manual clock, so status moves only with `advance`.
 */
export const createMockClient = (options: BriqMockOptions = {}): MockClient => mockClient(options, unchanged)

/** A mock client whose sends wait for the test: `answer()` lets every send made so far through. */
export interface HeldSendClient extends MockClient {
  answer(): void
}

/**
 * A mock whose sends are answered only when the test calls `answer()`: a send is under way
 * meanwhile (a second form pressed, the form unmounted). Everything else is answered at once.
 */
export function createHeldSendClient(options: BriqMockOptions = {}): HeldSendClient {
  const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual', ...options })
  const sends: string[] = []
  const waiting: (() => void)[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    fetch: async (url, init) => {
      const absolute = new URL(url, location.href)
      if (init.method === 'POST') {
        sends.push(absolute.pathname)
        await new Promise<void>((resolve) => waiting.push(resolve))
      }
      return mock.handle(new Request(absolute, init))
    },
  })
  const answer = () => {
    for (const resolve of waiting.splice(0)) resolve()
  }
  return { mock, client, sends, answer }
}

/** A mock client whose look-ups wait for the test: `answer()` lets them through, and every later one. */
export interface HeldLookupsClient extends MockClient {
  answer(): void
}

/**
 * A mock whose look-ups (the senders, conversations, a number's window: every GET) are answered
 * only when the test calls `answer()`, as a slow network answers them after the dialog is shown.
 */
export function createHeldLookupsClient(): HeldLookupsClient {
  let answer = () => {}
  const answered = new Promise<void>((resolve) => {
    answer = resolve
  })
  const held = mockClient({}, async (_url, init, response) => {
    if (init.method !== 'POST') await answered
    return response
  })
  return { ...held, answer }
}

/**
 * A mock whose sends never answer (the connection hangs, as a server that took the message and
 * then went quiet) with a client that gives up after `timeoutMs`: everything else is answered.
 * A real `fetch` rejects when the client's signal aborts; the stand-in does the same.
 */
export function createSilentSendClient(timeoutMs: number): MockClient {
  const mock = createBriqMock({ seed: 'send-dialog', clock: 'manual' })
  const sends: string[] = []
  const client = createBriqClient({
    endpoint: '/api/briq',
    headers: { 'X-API-Key': DEFAULT_API_KEY },
    timeoutMs,
    fetch: (url, init) => {
      const absolute = new URL(url, location.href)
      if (init.method !== 'POST') return mock.handle(new Request(absolute, init))
      sends.push(absolute.pathname)
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true })
      })
    },
  })
  return { mock, client, sends }
}

// A mock client whose every answer passes through `change` first (its URL, the request's init
// and the mock's answer), so a story can stand a gateway or WhatsApp in between.
const createChangedAnswerClient = (change: ChangeAnswer): MockClient => mockClient({}, change)

/**
 * A client whose status answers say WhatsApp refused the message after Briq accepted it, with
 * Meta's code and words (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes).
 */
export function createRefusedDeliveryClient(): MockClient {
  return createChangedAnswerClient(async (url, init, answer) => {
    if (init.method !== 'GET' || !answer.ok || !/\/messages\/[^/]+$/.test(url.pathname)) return answer
    const envelope = await answer.json()
    const data = { ...envelope.data, status: 'failed', error_code: '131026', error_message: 'Message undeliverable' }
    return Response.json({ ...envelope, data })
  })
}

/**
 * A mock behind a gateway that loses Briq's answer: the mock takes every send, and the client
 * gets the gateway's own HTML error page (`status`, as nginx's 502 Bad Gateway) instead, with
 * none of Briq's error details. Everything else is answered by the mock.
 */
export function createGatewayPageClient(status: number, title: string): MockClient {
  const page = `<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1><hr>nginx</body></html>`
  return createChangedAnswerClient((_url, init, answer) =>
    init.method === 'POST' ? new Response(page, { status, headers: { 'content-type': 'text/html' } }) : answer,
  )
}
