import { once } from 'node:events'
import {
  BriqError,
  coreMessagesSw,
  createBriqClient,
  createSendController,
  describeSendFailure,
  sendFailureReason,
} from '@briq-interactive/core'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_API_KEY } from '../options.ts'
import { type MockHttpServer, startMockHttpServer } from '../server/create-http-server.ts'
import { buttonInteractive } from '../test-support/interactives.ts'

// A developer stops `briq-mock` (Ctrl-C) while a page's send waits out a latency fault: the mock
// answers 503 MOCK_STOPPING and carries nothing out. The page must say so, not blame Briq.
let running: MockHttpServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

describe("core's client reading the standalone mock stopping", () => {
  it('says the mock is stopping and nothing was sent, holds nothing back, and sends only once', async () => {
    const releases: (() => void)[] = []
    running = await startMockHttpServer({
      port: 0,
      faults: { latencyMs: 10_000 },
      sleep: () => new Promise<void>((resolve) => releases.push(resolve)),
    })
    const { server, mock } = running
    const before = mock.state().messages.length
    let requests = 0
    server.on('request', () => requests++)
    const client = createBriqClient({ endpoint: running.url, headers: { 'X-API-Key': DEFAULT_API_KEY } })
    const sending = createSendController(client)
    const failed = sending.send({ to: '255712345678', interactive: buttonInteractive() }).then(
      () => expect.unreachable('the send went'),
      (error: unknown) => error as BriqError,
    )
    await once(server, 'request')
    // Ctrl-C, then Ctrl-C again: the send still waiting is told it was not carried out.
    const first = running.close({ graceMs: 60_000 })
    const now = running.close()
    for (const resolve of releases.splice(0)) resolve()
    const [error] = await Promise.all([failed, now, first])
    running = undefined

    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', status: 503, code: 'MOCK_STOPPING' })
    expect(sendFailureReason(error)).toEqual({ reason: 'mock_stopping' })
    expect(describeSendFailure(error)).toBe(
      'The mock server is stopping (HTTP 503) and did not handle the request, so the message was not sent and nothing changed. Send it again once the mock runs again.',
    )
    expect(describeSendFailure(error, coreMessagesSw)).toMatch(/^Seva ya majaribio \(mock\) inazimwa \(HTTP 503\)/)
    // Not held as maybe sent, nor put on hold: the same send may go as soon as the mock runs.
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
    expect(sending.getSnapshot().hold).toBeUndefined()
    // One request, never retried against the stopping mock, and nothing carried out.
    expect(requests).toBe(1)
    expect(mock.state().messages).toHaveLength(before)
  })
})
