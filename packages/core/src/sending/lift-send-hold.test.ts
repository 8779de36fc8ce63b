import { describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { scriptedSendClient } from '../test-support/scripted-send-client.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { liftSendHold } from './lift-send-hold.ts'
import { createSendController } from './send-controller.ts'

const to = (number: string): SendInteractiveRequest => ({ ...SEND_REQUEST, to: number })

// A host that knows the server answers differently now (a mock's scenario back to working) lifts
// the wait a Retry-After asked for, without forgetting what was sent.
describe('liftSendHold', () => {
  it('ends the hold on every controller of the client: a refusal made during it goes, the next send goes', async () => {
    let time = 1_000
    const now = () => time
    const page = scriptedSendClient('throttle')
    const first = createSendController(page.client, { now })
    const second = createSendController(page.client, { now })
    let told = 0
    first.subscribe(() => told++)
    second.subscribe(() => {})
    await expect(first.send(SEND_REQUEST)).rejects.toMatchObject({ status: 429 })
    page.answer('accept')
    time += 1_000
    await expect(second.send(to('255787654321'))).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(first.getSnapshot().hold).toBeDefined()
    const throttled = first.getSnapshot().error
    told = 0

    liftSendHold(page.client)
    // The 429 itself stays the first's result (what happened); the hold shown goes.
    expect(first.getSnapshot()).toMatchObject({ status: 'error', error: throttled })
    expect(first.getSnapshot().hold).toBeUndefined()
    expect(told).toBe(1)
    // The refusal made during the hold no longer holds.
    expect(second.getSnapshot()).toMatchObject({ status: 'idle' })
    expect(second.getSnapshot().hold).toBeUndefined()
    await expect(second.send(to('255787654321'))).resolves.toMatchObject({ message_id: 'm2' })
    expect(page.sent).toHaveLength(2)
  })

  it('forgets nothing sent: an identical request is still refused as already sent', async () => {
    const page = scriptedSendClient()
    const sending = createSendController(page.client)
    await sending.send(SEND_REQUEST)
    page.answer('throttle')
    await expect(sending.send(to('255787654321'))).rejects.toMatchObject({ status: 429 })
    liftSendHold(page.client)
    page.answer('accept')
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(page.sent).toHaveLength(2)
  })

  it('with no hold, changes nothing and tells nobody', async () => {
    const page = scriptedSendClient()
    const sending = createSendController(page.client)
    let told = 0
    sending.subscribe(() => told++)
    liftSendHold(page.client)
    expect(told).toBe(0)
    expect(sending.getSnapshot()).toMatchObject({ status: 'idle' })
  })
})
