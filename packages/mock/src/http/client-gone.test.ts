import { expect, it, onTestFinished, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { SEND_INTERACTIVE } from '../test-support/interactives.ts'

// A client that goes away mid-body (a closed tab, a cancelled fetch) is its own doing, not a
// failure of the mock: nobody reads the answer, and the mock's log stays free of it.
it('answers a send whose client went away mid-body 499 CLIENT_CLOSED_REQUEST, logging no failure', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  onTestFinished(() => logged.mockRestore())
  const mock = createBriqMock({ clock: 'manual' })
  const before = mock.state().messages.length
  const abort = new AbortController()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"to":"255712345678",'))
      abort.signal.addEventListener('abort', () => controller.error(abort.signal.reason))
    },
  })
  const answer = mock.handle(
    new Request(`https://karibu.briq.tz${SEND_INTERACTIVE}`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
      body,
      duplex: 'half',
      signal: abort.signal,
    } as RequestInit),
  )
  await new Promise((resolve) => setTimeout(resolve, 0))
  abort.abort()
  const response = await answer
  expect(response.status).toBe(499)
  expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 'CLIENT_CLOSED_REQUEST' }] })
  expect(logged).not.toHaveBeenCalled()
  expect(mock.state().messages).toHaveLength(before)
})
