import { createHmac } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { buttonInteractive, SEND_INTERACTIVE } from '../test-support/interactives.ts'
import {
  DEFAULT_WEBHOOK_APP_ID,
  MAX_WAITING_DELIVERIES,
  type MockWebhookOptions,
  type WebhookFailure,
} from './webhook-sender.ts'

interface Delivery {
  url: string
  headers: Record<string, string>
  body: string
}

const SECRET = 'whsec_mock_secret_0123456789'
const URL_ = 'https://app.example/api/briq-webhook'

function recorder() {
  const deliveries: Delivery[] = []
  let wanted = 0
  let notify: () => void = () => {}
  const fetch: MockWebhookOptions['fetch'] = async (url, init) => {
    deliveries.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) })
    if (deliveries.length >= wanted) notify()
    return new Response(null, { status: 204 })
  }
  const settle = (count: number) =>
    new Promise<Delivery[]>((resolve) => {
      wanted = count
      notify = () => resolve(deliveries)
      if (deliveries.length >= count) resolve(deliveries)
    })
  return { deliveries, fetch, settle }
}

async function send(mock: ReturnType<typeof createBriqMock>, body: unknown, path = SEND_INTERACTIVE) {
  const response = await mock.handle(
    new Request(`https://karibu.briq.tz${path}`, {
      method: 'POST',
      headers: { 'X-API-Key': 'mock-api-key', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  return ((await response.json()) as { data: { message_id: string } }).data.message_id
}

describe('webhook deliveries', () => {
  it('posts whatsapp.sent, .delivered and .read in order, signed over the exact body', async () => {
    const { fetch, settle } = recorder()
    const mock = createBriqMock({ clock: 'manual', seed: 'hooks', webhook: { url: URL_, secret: SECRET, fetch } })
    const id = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    const deliveries = await settle(3)
    expect(deliveries.map((d) => JSON.parse(d.body).event)).toEqual([
      'whatsapp.sent',
      'whatsapp.delivered',
      'whatsapp.read',
    ])
    for (const delivery of deliveries) {
      expect(delivery.url).toBe(URL_)
      expect(delivery.headers).toMatchObject({
        'Content-Type': 'application/json',
        'User-Agent': 'Briq-Webhook/1.0',
        'X-Briq-App-ID': DEFAULT_WEBHOOK_APP_ID,
        'X-Briq-Service-Type': 'whatsapp',
      })
      const hex = createHmac('sha256', SECRET).update(delivery.body).digest('hex')
      expect(delivery.headers['X-Briq-Signature']).toBe(`sha256=${hex}`)
      const event = JSON.parse(delivery.body)
      expect(event).toMatchObject({
        event_id: expect.stringMatching(/^wa_[0-9a-f]{32}$/),
        app_id: DEFAULT_WEBHOOK_APP_ID,
        service_type: 'whatsapp',
        data: { message_id: id, conversation_id: FIXTURE_IDS.openConversation },
      })
      expect(new Date(event.timestamp).toISOString()).toBe(event.timestamp)
    }
    const ids = deliveries.map((d) => JSON.parse(d.body).event_id)
    expect(new Set(ids).size).toBe(3)
    expect(JSON.parse(deliveries[1]?.body ?? '').data.provider_message_id).toMatch(/^wamid\./)
  })

  it('a reply to a message still pending posts sent and delivered before read: the reply proves it arrived', async () => {
    const { fetch, settle } = recorder()
    const mock = createBriqMock({ clock: 'manual', seed: 'hooks', webhook: { url: URL_, secret: SECRET, fetch } })
    const id = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.simulateReply(id, 'yes')
    mock.advance(10_000)
    const deliveries = await settle(3)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(deliveries.map((d) => JSON.parse(d.body).event)).toEqual([
      'whatsapp.sent',
      'whatsapp.delivered',
      'whatsapp.read',
    ])
    expect(new Set(deliveries.map((d) => JSON.parse(d.body).data.provider_message_id)).size).toBe(1)
  })

  it('posts whatsapp.failed with the error, and leaves the signature out without a secret', async () => {
    const { fetch, settle } = recorder()
    const mock = createBriqMock({ clock: 'manual', webhook: { url: URL_, appId: 'app-1', fetch } })
    const id = await send(mock, { to: '255712345678', interactive: { type: 'button', body: { text: '' } } })
    mock.advance(10_000)
    const [failed] = await settle(1)
    expect(JSON.parse(failed?.body ?? '')).toMatchObject({
      event: 'whatsapp.failed',
      app_id: 'app-1',
      data: { message_id: id, provider_message_id: null, error_code: 131009 },
    })
    expect(JSON.parse(failed?.body ?? '').data.error_message).toContain('(#131009)')
    expect(failed?.headers['X-Briq-App-ID']).toBe('app-1')
    expect(failed?.headers).not.toHaveProperty('X-Briq-Signature')
  })

  it('delivers with a real clock without being asked: a timer wakes the mock', async () => {
    const { fetch, settle } = recorder()
    const mock = createBriqMock({
      webhook: { url: URL_, secret: SECRET, fetch },
      statusSchedule: { sentAfterMs: 1, deliveredAfterMs: 2, readAfterMs: 3 },
    })
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    const deliveries = await settle(3)
    expect(deliveries.map((d) => JSON.parse(d.body).event)).toEqual([
      'whatsapp.sent',
      'whatsapp.delivered',
      'whatsapp.read',
    ])
  })

  it('signs with the secret as the receiving side reads it: no white space around it, none when blank', async () => {
    const padded = recorder()
    const mock = createBriqMock({ clock: 'manual', webhook: { url: URL_, secret: `${SECRET}\n`, fetch: padded.fetch } })
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    const [first] = await padded.settle(1)
    const hex = createHmac('sha256', SECRET)
      .update(first?.body ?? '')
      .digest('hex')
    expect(first?.headers['X-Briq-Signature']).toBe(`sha256=${hex}`)
    const blank = recorder()
    const unsigned = createBriqMock({ clock: 'manual', webhook: { url: URL_, secret: ' \n', fetch: blank.fetch } })
    await send(unsigned, { to: '255712345678', interactive: buttonInteractive() })
    unsigned.advance(10_000)
    const [plain] = await blank.settle(1)
    expect(plain?.headers).not.toHaveProperty('X-Briq-Signature')
  })

  it('reports a delivery the route refuses or cannot take, and goes on with the next', async () => {
    const problems: string[] = []
    const failures: WebhookFailure[] = []
    let delivered = 0
    let reported: () => void = () => {}
    const both = new Promise<void>((resolve) => {
      reported = resolve
    })
    const answers = [401, 204]
    let posted = 0
    const mock = createBriqMock({
      clock: 'manual',
      webhook: {
        url: URL_,
        secret: SECRET,
        onFailure: (problem, failure) => {
          failures.push(failure)
          if (problems.push(problem) === 2) reported()
        },
        onDelivered: () => {
          delivered += 1
        },
        fetch: async () => {
          posted += 1
          if (posted === 3) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
          return new Response(null, { status: answers[posted - 1] ?? 204 })
        },
      },
    })
    const id = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await both
    expect(problems).toEqual([
      `webhook whatsapp.sent for ${id} was answered 401`,
      `webhook whatsapp.read for ${id} was not delivered: connect ECONNREFUSED`,
    ])
    // The same in parts, for a log that groups failures by reason; the 204 between them is said.
    expect(failures).toEqual([
      { event: 'whatsapp.sent', messageId: id, reason: 'answered 401', dropped: false },
      { event: 'whatsapp.read', messageId: id, reason: 'not delivered (connect ECONNREFUSED)', dropped: false },
    ])
    expect(delivered).toBe(1)
    expect(problems.join(' ')).not.toContain(SECRET)
  })

  it("reports a URL fetch refuses (credentials in it) without the URL's credentials", async () => {
    const problems: string[] = []
    const failures: WebhookFailure[] = []
    let reported: () => void = () => {}
    const done = new Promise<void>((resolve) => {
      reported = resolve
    })
    // The real fetch, which will not post to a URL with `user:password@` and names the URL (given
    // as `fetch`: without one, such a URL is refused at once).
    const mock = createBriqMock({
      clock: 'manual',
      webhook: {
        url: 'http://bot:PW_SECRET@127.0.0.1:9/h?token=TOK_SECRET',
        fetch: (url, init) => fetch(url, init),
        onFailure: (problem, failure) => {
          problems.push(problem)
          failures.push(failure)
          reported()
        },
      },
    })
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await done
    mock.close()
    expect(problems[0]).toContain('http://127.0.0.1:9/h (its credentials and query not shown)')
    expect(JSON.stringify([problems, failures])).not.toMatch(/PW_SECRET|TOK_SECRET|bot:/)
  })

  it('gives up a delivery the route does not answer in time, and goes on with the next', async () => {
    const problems: string[] = []
    let reported: () => void = () => {}
    const done = new Promise<void>((resolve) => {
      reported = resolve
    })
    let posted = 0
    const mock = createBriqMock({
      clock: 'manual',
      webhook: {
        url: URL_,
        timeoutMs: 1,
        onFailure: (problem) => {
          if (problems.push(problem) === 3) reported()
        },
        // A route that never answers (a breakpoint, a dead server), and a fetch that ignores the signal.
        fetch: () => {
          posted += 1
          return new Promise(() => {})
        },
      },
    })
    const id = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await done
    expect(posted).toBe(3)
    expect(problems).toEqual(
      ['sent', 'delivered', 'read'].map(
        (step) => `webhook whatsapp.${step} for ${id} was not delivered: no answer within 1 ms`,
      ),
    )
  })

  it('keeps at most MAX_WAITING_DELIVERIES behind a hanging one, reporting the rest as dropped', async () => {
    const problems: string[] = []
    const dropped: boolean[] = []
    let posted = 0
    const mock = createBriqMock({
      clock: 'manual',
      openWindows: true,
      webhook: {
        url: URL_,
        onFailure: (problem, failure) => {
          problems.push(problem)
          dropped.push(failure.dropped)
        },
        fetch: () => {
          posted += 1
          return new Promise(() => {})
        },
      },
    })
    // Three events a send, all due at once: MAX_WAITING_DELIVERIES are queued (the first goes
    // out and hangs), the rest dropped.
    const sends = Math.ceil(MAX_WAITING_DELIVERIES / 3) + 10
    for (let i = 0; i < sends; i++) await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await new Promise((resolve) => setImmediate(resolve))
    expect(posted).toBe(1)
    expect(problems).toHaveLength(sends * 3 - MAX_WAITING_DELIVERIES)
    expect(
      problems.every((problem) => problem.endsWith(`${MAX_WAITING_DELIVERIES} deliveries are waiting for the route`)),
    ).toBe(true)
    expect(dropped.every(Boolean)).toBe(true)
  })

  it('a reset drops the deliveries waiting and aborts the one under way, without a report', async () => {
    const problems: string[] = []
    const posted: string[] = []
    let underWay: AbortSignal | undefined
    const mock = createBriqMock({
      clock: 'manual',
      seed: 'hooks',
      webhook: {
        url: URL_,
        onFailure: (problem) => problems.push(problem),
        // The first delivery hangs until it is aborted; the others answer at once.
        fetch: (_url, init) => {
          posted.push(JSON.parse(String(init.body)).data.message_id)
          if (posted.length > 1) return Promise.resolve(new Response(null, { status: 204 }))
          underWay = init.signal ?? undefined
          return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
        },
      },
    })
    const before = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await new Promise((resolve) => setImmediate(resolve))
    expect(posted).toEqual([before])
    mock.reset()
    expect(underWay?.aborted).toBe(true)
    const after = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    await vi.waitFor(() => expect(posted).toHaveLength(4))
    await new Promise((resolve) => setTimeout(resolve, 10))
    // The old store's delivered and read never went; the new store's three did.
    expect(posted).toEqual([before, after, after, after])
    expect(problems).toEqual([])
  })

  it('a reset while a delivery is being signed posts nothing of the old store', async () => {
    const { deliveries, fetch } = recorder()
    const problems: string[] = []
    const mock = createBriqMock({
      clock: 'manual',
      seed: 'hooks',
      webhook: { url: URL_, secret: SECRET, fetch, onFailure: (problem) => problems.push(problem) },
    })
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.advance(10_000)
    // The first delivery has started: its body is being signed (Web Crypto answers later).
    await Promise.resolve()
    mock.reset()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(deliveries).toEqual([])
    expect(problems).toEqual([])
  })

  it('close() stops the real clock timer and every delivery, and the mock still answers', async () => {
    const { deliveries, fetch, settle } = recorder()
    const mock = createBriqMock({
      webhook: { url: URL_, fetch },
      statusSchedule: { sentAfterMs: 1, deliveredAfterMs: 40, readAfterMs: 80 },
    })
    const id = await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    await settle(1)
    mock.close()
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(deliveries.map((d) => JSON.parse(d.body).event)).toEqual(['whatsapp.sent'])
    // Asked again, the mock answers from its clock (the message is read by now) and posts nothing.
    expect(mock.state().messages.find((message) => message.id === id)?.status).toBe('read')
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    mock.reset()
    await send(mock, { to: '255712345678', interactive: buttonInteractive() })
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(deliveries).toHaveLength(1)
  })

  it('refuses a webhook timeout that is no whole number of milliseconds a timer can keep', () => {
    for (const timeoutMs of [0, 1.5, Number.NaN, 2 ** 31]) {
      expect(() => createBriqMock({ webhook: { url: URL_, timeoutMs } })).toThrow(
        `webhook.timeoutMs must be a whole number of milliseconds from 1 to 2147483647, got ${timeoutMs}`,
      )
    }
  })

  it('refuses a webhook URL with credentials that the default fetch would never post to', () => {
    const url = 'https://bot:PW_SECRET@app.test/hook'
    expect(() => createBriqMock({ webhook: { url } })).toThrow(
      'webhook.url must not carry a user name or password (fetch will not post to it; a token in its query will do), got https://app.test/hook (its credentials and query not shown)',
    )
    expect(() => createBriqMock({ webhook: { url, fetch: recorder().fetch } })).not.toThrow()
  })

  it('refuses a webhook URL that is no http(s) URL', () => {
    expect(() => createBriqMock({ webhook: { url: 'ftp://x' } })).toThrow(/webhook.url/)
  })
})
