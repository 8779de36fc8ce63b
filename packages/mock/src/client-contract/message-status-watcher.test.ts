import {
  createBriqClient,
  createMessageStatusWatcher,
  type MessageStatusSnapshot,
  type MessageStatusWatcherOptions,
  type SendInteractiveRequest,
} from '@briq-interactive/core'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { FIXTURE_PHONES } from '../fixtures/fixture-ids.ts'
import { DEFAULT_API_KEY } from '../options.ts'

// Core's status watcher against the mock's answers (a contract test: polling, backoff and the
// customer's reply as the mock serves them, over real fetch through msw).

const mock = createBriqMock({ seed: 'status-watcher', clock: 'manual' })
const server = setupServer(...mock.handlers)
const ENDPOINT = 'https://admin.example/api/briq'
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead'

let polls: number[] = []
let inFlight: Promise<unknown>[] = []
const client = createBriqClient({
  endpoint: ENDPOINT,
  headers: { 'X-API-Key': DEFAULT_API_KEY },
  retry: false,
  fetch: (url, init) => {
    if (init.method === 'GET') polls.push(Date.now())
    const call = fetch(url, init)
    inFlight.push(call.catch(() => undefined))
    return call
  },
})

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  mock.reset()
  polls = []
  inFlight = []
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  server.resetHandlers()
  mock.setFaults({})
})
afterAll(() => server.close())

/** Lets every started request finish and its answer reach the watcher (real I/O ticks, fake time frozen). */
async function settle() {
  for (let round = 0; round < 3; round++) {
    await Promise.all(inFlight)
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
  }
}
/** Moves fake time (firing due polls) and lets the polls answer. */
async function elapse(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
  await settle()
}

const question: SendInteractiveRequest = { ...SEND_REQUEST, to: FIXTURE_PHONES.open }

function watch(messageId: string, options?: MessageStatusWatcherOptions) {
  const watcher = createMessageStatusWatcher(client, messageId, options)
  const seen: MessageStatusSnapshot[] = []
  const unsubscribe = watcher.subscribe(() => seen.push(watcher.getSnapshot()))
  const statuses = () => [...new Set(seen.map((s) => s.status))].filter((status) => status !== undefined)
  return { watcher, seen, statuses, unsubscribe }
}

describe('createMessageStatusWatcher against the mock', () => {
  it('follows pending → sent → delivered → read, keeps polling until the reply, then stops', async () => {
    const sent = await client.sendInteractive(question)
    const { watcher, statuses } = watch(sent.message_id, { initialStatus: sent.status })
    expect(watcher.getSnapshot()).toEqual({ status: 'pending', reached: 'pending', polling: false })
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ status: 'pending', polling: true, reply: null })
    for (const ms of [800, 1200, 2000]) {
      mock.advance(ms)
      await elapse(1500)
    }
    expect(statuses()).toEqual(['pending', 'sent', 'delivered', 'read'])
    await elapse(1500)
    expect(watcher.getSnapshot()).toMatchObject({ status: 'read', polling: true })

    mock.simulateReply(sent.message_id, 'yes')
    await elapse(1500)
    const done = watcher.getSnapshot()
    expect(done).toMatchObject({ status: 'read', polling: false })
    expect(done.reply).toEqual({ type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } })
    expect(done.message?.reply).toMatchObject({ is_outbound: false, paired_message_id: sent.message_id })
    const count = polls.length
    await elapse(60_000)
    expect(polls).toHaveLength(count)
  })

  it('an unchanged answer keeps the same snapshot object', async () => {
    const sent = await client.sendInteractive(question)
    const { watcher } = watch(sent.message_id)
    await settle()
    const first = watcher.getSnapshot()
    await elapse(1500)
    expect(polls).toHaveLength(2)
    expect(watcher.getSnapshot()).toBe(first)
  })

  it('a message WhatsApp rejects ends at failed, with its error code', async () => {
    // Four buttons: Briq accepts it and the provider fails it later (raw POST: the client would refuse it).
    const buttons = ['a', 'b', 'c', 'd'].map((id) => ({ type: 'reply', reply: { id, title: id } }))
    const response = await fetch(`${ENDPOINT}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': DEFAULT_API_KEY },
      body: JSON.stringify({ to: FIXTURE_PHONES.open, interactive: { ...question.interactive, action: { buttons } } }),
    })
    const { data } = (await response.json()) as { data: { message_id: string } }
    const { watcher } = watch(data.message_id)
    await settle()
    mock.advance(800)
    await elapse(1500)
    expect(watcher.getSnapshot()).toMatchObject({ status: 'failed', polling: false })
    expect(watcher.getSnapshot().message?.error_code).toBeTruthy()
    const count = polls.length
    await elapse(60_000)
    expect(polls).toHaveLength(count)
  })

  it('never moves backwards when a late answer says an earlier status', async () => {
    const answers = ['delivered', 'sent', 'pending', 'read']
    server.use(
      http.get('*/v1/whatsapp/messages/:id', () =>
        HttpResponse.json({ success: true, data: { status: answers.shift() ?? 'read', reply: null }, errors: null }),
      ),
    )
    const { watcher, statuses } = watch('m-1')
    await settle()
    for (let i = 0; i < 3; i++) await elapse(1500)
    expect(statuses()).toEqual(['delivered', 'read'])
    expect(watcher.getSnapshot().message?.status).toBe('read')
  })

  /** Answers every status poll with the mock's own answer for `messageId`, changed by `change`. */
  async function answerAs(messageId: string, change: (data: Record<string, unknown>) => Record<string, unknown>) {
    const url = `${ENDPOINT}/v1/whatsapp/messages/${messageId}`
    const real = (await (await fetch(url, { headers: { 'x-api-key': DEFAULT_API_KEY } })).json()) as {
      data: Record<string, unknown>
    }
    server.use(http.get('*/v1/whatsapp/messages/:id', () => HttpResponse.json({ ...real, data: change(real.data) })))
    return real.data
  }

  // A customer with read receipts off never sends `read` (WhatsApp, Settings > Privacy), yet a
  // reply proves they saw the message: Briq may still say `delivered`, and polling for a `read`
  // that never comes would go on for as long as the page is open.
  it('a reply while Briq still says delivered reads as read and ends polling', async () => {
    const sent = await client.sendInteractive(question)
    mock.advance(5_000)
    mock.simulateReply(sent.message_id, 'yes')
    await answerAs(sent.message_id, (data) => ({ ...data, status: 'delivered' }))
    const { watcher } = watch(sent.message_id, { initialStatus: sent.status })
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ status: 'read', reached: 'read', polling: false })
    expect(watcher.getSnapshot().message?.status).toBe('read')
    expect(watcher.getSnapshot().reply).toEqual({ type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } })
    const count = polls.length
    await elapse(60_000)
    expect(polls).toHaveLength(count)
  })

  // Briq's docs spell every status in lower case (guides/whatsapp-track-messages); a provider's
  // upper-case spelling of the same status is that status, and a word Briq never documented is
  // kept as it came (the kit shows it) while polling goes on.
  it('reads a documented status in any case or spacing as itself, and keeps an unknown one', async () => {
    expect(createMessageStatusWatcher(client, 'm-0', { initialStatus: 'PENDING' }).getSnapshot()).toEqual({
      status: 'pending',
      reached: 'pending',
      polling: false,
    })
    const answers = ['accepted', 'SENT', ' Delivered ', 'queued']
    server.use(
      http.get('*/v1/whatsapp/messages/:id', () =>
        HttpResponse.json({ success: true, data: { status: answers.shift() ?? 'READ', reply: null }, errors: null }),
      ),
    )
    const { watcher, statuses } = watch('m-1')
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ status: 'accepted', reached: undefined, polling: true })
    for (let i = 0; i < 4; i++) await elapse(1500)
    expect(statuses()).toEqual(['accepted', 'sent', 'delivered', 'read'])
    expect(watcher.getSnapshot()).toMatchObject({ reached: 'read', message: { status: 'read' } })
  })

  it('a failed message keeps the steps it reached: sent once the provider had it, queued before', async () => {
    const answers = [
      { status: 'sent', provider_message_id: 'wamid.A1' },
      { status: 'failed', provider_message_id: 'wamid.A1', error_code: 131026 },
    ]
    server.use(
      http.get('*/v1/whatsapp/messages/:id', () =>
        HttpResponse.json({ success: true, data: { ...answers.shift(), reply: null }, errors: null }),
      ),
    )
    const first = watch('m-1', { initialStatus: 'pending' })
    await settle()
    await elapse(1500)
    expect(first.watcher.getSnapshot()).toMatchObject({ status: 'failed', reached: 'sent', polling: false })

    // Failed at once, as the mock fails a message WhatsApp would refuse: it was queued, no more.
    server.resetHandlers()
    const buttons = ['a', 'b', 'c', 'd'].map((id) => ({ type: 'reply', reply: { id, title: id } }))
    const response = await fetch(`${ENDPOINT}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': DEFAULT_API_KEY },
      body: JSON.stringify({ to: FIXTURE_PHONES.open, interactive: { ...question.interactive, action: { buttons } } }),
    })
    const { data } = (await response.json()) as { data: { message_id: string } }
    mock.advance(800)
    const second = watch(data.message_id)
    await settle()
    expect(second.watcher.getSnapshot()).toMatchObject({ status: 'failed', reached: 'pending', polling: false })
  })

  it('polls every 1.5 s for 20 polls, then backs off to at most 10 s', async () => {
    const sent = await client.sendInteractive(question)
    watch(sent.message_id)
    await settle()
    while (polls.length < 40) await elapse(500)
    const gaps = polls.slice(1).map((at, i) => at - (polls[i] ?? 0))
    expect(gaps.slice(0, 20)).toEqual(Array(20).fill(1500))
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1] ?? 0)
    expect(gaps.at(-1)).toBe(10_000)
  })

  it('on 429 waits Retry-After, keeps the last good message, and recovers', async () => {
    const sent = await client.sendInteractive(question)
    const { watcher } = watch(sent.message_id)
    await settle()
    const good = watcher.getSnapshot().message
    expect(good).toBeDefined()
    mock.setFaults({ status: 429, retryAfterSeconds: 5, scope: 'all' })
    await elapse(1500)
    expect(watcher.getSnapshot()).toMatchObject({ polling: true, message: good, status: 'pending' })
    expect(watcher.getSnapshot().error).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 5000 })
    expect(polls).toHaveLength(2)
    await elapse(4500)
    expect(polls).toHaveLength(2)
    mock.setFaults({})
    mock.advance(800)
    await elapse(500)
    expect(polls).toHaveLength(3)
    expect(watcher.getSnapshot()).toMatchObject({ status: 'sent', error: undefined, polling: true })
  })

  it('on 429 with a Retry-After past a day (35 days), backs off instead of polling at once or stopping', async () => {
    // Timers fire at once past 2^31-1 ms: the watcher polled about 470 times a second; honoured,
    // a wait that long (a setting gone wrong) would stop it for weeks.
    const sent = await client.sendInteractive(question)
    const { watcher } = watch(sent.message_id)
    await settle()
    mock.setFaults({ status: 429, retryAfterSeconds: 3_000_000, scope: 'all' })
    await elapse(1500)
    expect(watcher.getSnapshot().error).toMatchObject({ status: 429, retryAfterMs: 3_000_000_000 })
    expect(polls).toHaveLength(2)
    // The backoff after one failure, as after a 5xx.
    await elapse(2999)
    expect(polls).toHaveLength(2)
    await elapse(1)
    expect(polls).toHaveLength(3)
    expect(watcher.getSnapshot().polling).toBe(true)
    watcher.stop()
  })

  it('backs off after a 5xx and keeps polling', async () => {
    const sent = await client.sendInteractive(question)
    const { watcher } = watch(sent.message_id)
    await settle()
    mock.setFaults({ status: 500, scope: 'all' })
    await elapse(1500)
    expect(watcher.getSnapshot().error).toMatchObject({ kind: 'http', status: 500 })
    await elapse(2999)
    expect(polls).toHaveLength(2)
    await elapse(1)
    expect(polls).toHaveLength(3)
    expect(watcher.getSnapshot().polling).toBe(true)
  })

  it('stops with the error on 404 (unknown message)', async () => {
    const { watcher } = watch(UNKNOWN_ID)
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ polling: false, status: undefined })
    expect(watcher.getSnapshot().error).toMatchObject({ kind: 'http', status: 404 })
    await elapse(60_000)
    expect(polls).toHaveLength(1)
  })

  it('stops with the error on 422 (an id Briq cannot read: not a uuid), instead of asking forever', async () => {
    const { watcher } = watch('not-a-uuid')
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ polling: false, status: undefined })
    expect(watcher.getSnapshot().error).toMatchObject({ kind: 'http', status: 422, code: 'VALIDATION_ERROR' })
    await elapse(60_000)
    expect(polls).toHaveLength(1)
    watcher.refresh()
    await settle()
    expect(polls).toHaveLength(1)
  })

  it('stop() ends polling for good; unsubscribing pauses it; nothing polls before a subscriber', async () => {
    const sent = await client.sendInteractive(question)
    const idle = createMessageStatusWatcher(client, sent.message_id)
    await elapse(10_000)
    expect(polls).toHaveLength(0)
    expect(idle.getSnapshot().polling).toBe(false)

    const { watcher, unsubscribe } = watch(sent.message_id)
    await settle()
    unsubscribe()
    await elapse(10_000)
    expect(polls).toHaveLength(1)
    expect(watcher.getSnapshot().polling).toBe(false)

    watcher.subscribe(() => {})
    await settle()
    expect(polls).toHaveLength(2)
    watcher.stop()
    expect(watcher.getSnapshot().polling).toBe(false)
    await elapse(60_000)
    expect(polls).toHaveLength(2)
  })

  it('refresh() polls at once, resumes after a terminal status, and does nothing after stop()', async () => {
    const sent = await client.sendInteractive(question)
    mock.advance(5_000)
    mock.simulateReply(sent.message_id, 'yes')
    const { watcher } = watch(sent.message_id)
    await settle()
    expect(watcher.getSnapshot()).toMatchObject({ status: 'read', polling: false })
    expect(polls).toHaveLength(1)

    // Once finished nothing polls; refresh() asks once more and finishes again.
    watcher.refresh()
    expect(watcher.getSnapshot().polling).toBe(true)
    await settle()
    expect(polls).toHaveLength(2)
    expect(watcher.getSnapshot().polling).toBe(false)

    const pending = await client.sendInteractive({
      ...question,
      interactive: { ...question.interactive, body: { text: 'Again?' } },
    })
    const second = watch(pending.message_id)
    await settle()
    const before = polls.length
    second.watcher.refresh()
    await settle()
    expect(polls).toHaveLength(before + 1)
    await elapse(1_000)
    expect(polls).toHaveLength(before + 1)
    await elapse(500)
    expect(polls).toHaveLength(before + 2)

    second.watcher.stop()
    second.watcher.refresh()
    await settle()
    expect(polls).toHaveLength(before + 2)
    expect(second.watcher.getSnapshot().polling).toBe(false)
  })

  it('asks nothing while the page is hidden, and asks at once when it is shown again', async () => {
    // A background tab: nobody sees the ticks, and every poll would spend a call on the host's key.
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })
    const show = (state: DocumentVisibilityState) => {
      page.visibilityState = state
      page.dispatchEvent(new Event('visibilitychange'))
    }
    vi.stubGlobal('document', page)
    try {
      const sent = await client.sendInteractive(question)
      const { watcher } = watch(sent.message_id)
      await settle()
      expect(polls).toHaveLength(1)
      show('hidden')
      mock.advance(800)
      await elapse(60_000)
      expect(polls).toHaveLength(1)
      expect(watcher.getSnapshot()).toMatchObject({ status: 'pending', polling: true })
      show('visible')
      await settle()
      expect(polls).toHaveLength(2)
      expect(watcher.getSnapshot().status).toBe('sent')
      await elapse(1500)
      expect(polls).toHaveLength(3)
      // Shown again before a poll came due: the next poll keeps its time.
      show('hidden')
      show('visible')
      await settle()
      expect(polls).toHaveLength(3)
      // refresh() is the host asking: it polls even while hidden.
      show('hidden')
      watcher.refresh()
      await settle()
      expect(polls).toHaveLength(4)
      watcher.stop()
      show('visible')
      await elapse(60_000)
      expect(polls).toHaveLength(4)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('subscribe → unsubscribe → subscribe in one turn (React StrictMode) makes one request', async () => {
    const sent = await client.sendInteractive(question)
    const watcher = createMessageStatusWatcher(client, sent.message_id)
    watcher.subscribe(() => {})()
    watcher.subscribe(() => {})
    await settle()
    expect(polls).toHaveLength(1)
    watcher.stop()
  })
})
