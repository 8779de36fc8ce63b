import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBriqClient } from './create-briq-client.ts'

const API = 'https://app.test/api/briq'
const MESSAGE = `${API}/v1/whatsapp/messages/:id`
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const detail = { success: true, data: { status: 'sent' }, errors: null, request_id: 'r' }

/** A handler that holds the request until it is aborted (or 2 s pass), counting arrivals. */
function hanging() {
  const counter = { count: 0 }
  server.use(
    http.get(MESSAGE, async ({ request }) => {
      counter.count++
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 2000)
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer)
          resolve(undefined)
        })
      })
      return HttpResponse.json(detail)
    }),
  )
  return counter
}

describe('createBriqClient: timeout and abort', () => {
  it('times out with kind timeout, and does not retry the timed-out GET', async () => {
    const counter = hanging()
    const client = createBriqClient({ endpoint: API, timeoutMs: 30, retry: { baseDelayMs: 1 } })
    const error = client.getMessage('m-1')
    await expect(error).rejects.toMatchObject({
      kind: 'timeout',
      message: 'GET /v1/whatsapp/messages/m-1 got no answer within 30 ms',
    })
    expect(counter.count).toBe(1)
  })

  it('an already-aborted signal fails at once and makes no request', async () => {
    const counter = hanging()
    const controller = new AbortController()
    const reason = new Error('user left the page')
    controller.abort(reason)
    const error = createBriqClient({ endpoint: API }).getMessage('m-1', { signal: controller.signal })
    await expect(error).rejects.toMatchObject({ kind: 'aborted', cause: reason })
    expect(counter.count).toBe(0)
  })

  it('aborted while its headers are made, the call never reaches the fetch given', async () => {
    // A host's fetch (a wrapper that logs or refreshes a session) is not a browser's: it may
    // not look at the signal. React StrictMode aborts an effect's first look-up at once.
    const fetched: string[] = []
    const controller = new AbortController()
    const client = createBriqClient({
      endpoint: API,
      headers: async () => ({ authorization: 'Bearer token' }),
      fetch: async (url) => {
        fetched.push(String(url))
        return HttpResponse.json(detail)
      },
    })
    const call = client.getMessage('m-1', { signal: controller.signal })
    controller.abort()
    await expect(call).rejects.toMatchObject({ kind: 'aborted' })
    expect(fetched).toEqual([])
  })

  it('aborting during the request fails with kind aborted', async () => {
    const counter = hanging()
    const controller = new AbortController()
    const call = createBriqClient({ endpoint: API }).getMessage('m-1', { signal: controller.signal })
    await expect.poll(() => counter.count).toBe(1)
    controller.abort()
    await expect(call).rejects.toMatchObject({ kind: 'aborted', message: 'GET /v1/whatsapp/messages/m-1 was aborted' })
  })

  it('removes its listener from the caller signal once the call settles', async () => {
    server.use(http.get(MESSAGE, () => HttpResponse.json(detail)))
    const controller = new AbortController()
    const add = vi.spyOn(controller.signal, 'addEventListener')
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    await createBriqClient({ endpoint: API }).getMessage('m-1', { signal: controller.signal })
    expect(add).toHaveBeenCalledOnce()
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1])
  })

  it('a network failure is kind network and names the endpoint', async () => {
    server.use(http.get(MESSAGE, () => HttpResponse.error()))
    const error = createBriqClient({ endpoint: API, retry: false }).getMessage('m-1')
    await expect(error).rejects.toMatchObject({ kind: 'network' })
    await expect(error).rejects.toThrow(`GET /v1/whatsapp/messages/m-1 could not reach ${API}`)
  })
})
