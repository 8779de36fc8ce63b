import { briqEnvelopeSchema, messageDetailSchema, sendResultSchema } from '@briq-interactive/core'
import { createMockWorker, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock/browser'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buttonInteractive, SEND_INTERACTIVE } from './test-support/interactives.ts'

// Runs in real Chromium: msw's service worker (served at the page's root from .storybook/public,
// the copy Storybook serves) answers the page's own fetch, as in the playground and Storybook.
// Imported by package name so the `./browser` export map is exercised too.
const { worker, mock } = createMockWorker({ clock: 'manual', seed: 'browser' })

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' })
})

afterEach(() => mock.reset())

// Stopping is enough: a stopped worker passes other pages' requests through. Unregistering
// would hand Chromium's lingering worker to the next page without control of it, breaking
// later files that start their own worker (the playground's browser test).
afterAll(() => worker.stop())

/** The playground's proxy path (relative to the page) and Briq's own host. */
const BASES = [
  { name: 'relative /api/briq (the playground via its proxy)', base: '/api/briq' },
  { name: 'https://karibu.briq.tz (Briq directly)', base: 'https://karibu.briq.tz' },
]

const WITH_KEY = { 'X-API-Key': DEFAULT_API_KEY }

function post(url: string, body: unknown, headers: Record<string, string> = WITH_KEY): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

async function sendButtons(base: string, to: string = FIXTURE_PHONES.open): Promise<Response> {
  return post(`${base}${SEND_INTERACTIVE}`, { to, interactive: buttonInteractive() })
}

async function statusOf(base: string, id: string): Promise<{ status: string; provider_message_id: string | null }> {
  const response = await fetch(`${base}/v1/whatsapp/messages/${id}`, { headers: WITH_KEY })
  expect(response.status).toBe(200)
  return (await response.json()).data
}

it('the page is controlled by msw 3.0.5 worker script served at the root', async () => {
  expect(navigator.serviceWorker.controller?.scriptURL).toBe(`${location.origin}/mockServiceWorker.js`)
  const script = await (await fetch('/mockServiceWorker.js')).text()
  expect(script).toContain("const PACKAGE_VERSION = '3.0.5'")
})

describe.each(BASES)('the worker answers $name', ({ base }) => {
  it('an interactive send → 202 pending, in the envelope core parses', async () => {
    const response = await sendButtons(base)
    expect(response.status).toBe(202)
    const body = briqEnvelopeSchema(sendResultSchema).parse(await response.json())
    expect(body.success).toBe(true)
    expect(body.data).toMatchObject({ status: 'pending', provider_message_id: null })
    expect(mock.state().messages.some((message) => message.id === body.data?.message_id)).toBe(true)
  })

  it('a missing key → 401 UNAUTHORIZED envelope', async () => {
    const response = await post(`${base}${SEND_INTERACTIVE}`, { to: FIXTURE_PHONES.open }, {})
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({
      success: false,
      data: null,
      errors: [{ code: 'UNAUTHORIZED' }],
      request_id: expect.any(String),
    })
  })

  it('an unknown route under /v1/whatsapp → 404 NOT_FOUND envelope', async () => {
    const response = await fetch(`${base}/v1/whatsapp/no-such-thing`, { headers: WITH_KEY })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 'NOT_FOUND' }] })
  })

  it('a closed 24-hour window → 422 WINDOW_CLOSED on `to`', async () => {
    const response = await sendButtons(base, FIXTURE_PHONES.closed)
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({
      success: false,
      errors: [{ code: 'WINDOW_CLOSED', field: 'to' }],
    })
  })

  it('status moves with the manual clock, from the page and over the control route', async () => {
    const sent = await (await sendButtons(base)).json()
    const id: string = sent.data.message_id
    expect(await statusOf(base, id)).toMatchObject({ status: 'pending', provider_message_id: null })

    mock.advance(800)
    const sentStatus = await statusOf(base, id)
    expect(sentStatus.status).toBe('sent')
    expect(sentStatus.provider_message_id).toMatch(/^wamid\./)

    const advanced = await post(`${base}/__mock/advance`, { ms: 3200 }, {})
    expect(advanced.status).toBe(200)
    expect((await statusOf(base, id)).status).toBe('read')
  })

  it('a simulated customer reply shows on GET and in the inbound list', async () => {
    const sent = await (await sendButtons(base)).json()
    const id: string = sent.data.message_id
    mock.advance(4000)

    const tapped = await post(`${base}/__mock/messages/${id}/reply`, { id: 'yes' }, {})
    expect(tapped.status).toBe(201)

    const detail = await fetch(`${base}/v1/whatsapp/messages/${id}`, { headers: WITH_KEY })
    const body = briqEnvelopeSchema(messageDetailSchema).parse(await detail.json())
    expect(body.data).toMatchObject({
      status: 'read',
      reply: { content: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } },
    })

    const inbound = await fetch(`${base}/v1/whatsapp/messages?direction=inbound&limit=1`, { headers: WITH_KEY })
    const page = await inbound.json()
    expect(page.data.items[0]).toMatchObject({ is_outbound: false, paired_message_id: id })
  })
})

describe('requests the mock does not own pass through untouched', () => {
  it("the page's own assets load from the dev server", async () => {
    const response = await fetch('/mockServiceWorker.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBeNull()
    expect(await response.text()).toContain('Mock Service Worker')
  })

  it('other paths, even under the proxy prefix, reach the server and not the mock', async () => {
    for (const path of ['/some/other/path', '/api/briq/health', '/docs/v1/whatsapp-guide']) {
      const response = await fetch(path, { headers: WITH_KEY })
      // Vite's own answer (an empty 404), not the mock's 404 envelope.
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).toBeNull()
      expect(response.headers.get('x-request-id'), path).toBeNull()
      expect(await response.text(), path).toBe('')
    }
  })
})
