import { describe, expect, it } from 'vitest'
import { createBriqClient } from '../client/create-briq-client.ts'
import { describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { createSendController } from './send-controller.ts'

const ENDPOINT = 'https://admin.example/api/briq'

// A client over a fetch that answers each send with `answer`, counting the sends.
function clientAnswering(answer: (signal: AbortSignal | null | undefined) => Promise<Response>) {
  let sends = 0
  const client = createBriqClient({
    endpoint: ENDPOINT,
    timeoutMs: 50,
    fetch: (_url, init) => {
      sends++
      return answer(init.signal)
    },
  })
  return { client, sends: () => sends }
}

const briq500 = () =>
  Promise.resolve(
    Response.json(
      {
        success: false,
        data: null,
        errors: [{ code: 'INTERNAL_ERROR', message: 'Internal server error' }],
        request_id: 'req-500-abc',
      },
      { status: 500 },
    ),
  )
const never = (signal: AbortSignal | null | undefined) =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)))

// A retry held because an earlier try may have gone follows many failures, not only a lost
// answer: its words must not name one cause, and the earlier try's request id (which the 5xx's
// sentence told the person to give support) must not vanish with the sentence it replaces.
describe('the MAYBE_SENT refusal of a retry', () => {
  it("after Briq's 500 keeps that answer's request id, and its words claim no lost answer", async () => {
    const { client, sends } = clientAnswering(briq500)
    const sending = createSendController(client)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ status: 500, requestId: 'req-500-abc' })
    const held = await sending.send(SEND_REQUEST).catch((error: unknown) => error)
    expect(held).toMatchObject({ kind: 'validation', code: 'MAYBE_SENT', requestId: 'req-500-abc' })
    expect(sends()).toBe(1)
    expect(sending.getSnapshot().error?.requestId).toBe('req-500-abc')
    expect((held as Error).message).not.toMatch(/answer was lost/)
    expect(describeSendFailure(held as never)).toBe(
      'An earlier try of this exact message may have reached the customer (Briq did not confirm it), so it was not sent again. Send it again on purpose only if you know it did not arrive.',
    )
    expect(describeSendFailure(held as never, coreMessagesSw)).toBe(
      'Jaribio la awali la kutuma ujumbe uleule huenda limemfikia mteja (Briq haikuthibitisha kuupokea), kwa hiyo haukutumwa tena. Uutume tena kwa makusudi ikiwa tu unajua haukufika.',
    )
  })

  it('after a timeout (no answer, so no request id) it has none', async () => {
    const { client, sends } = clientAnswering(never)
    const sending = createSendController(client)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ kind: 'timeout' })
    const held = await sending.send(SEND_REQUEST).catch((error: unknown) => error)
    expect(held).toMatchObject({ code: 'MAYBE_SENT', requestId: undefined })
    expect(sends()).toBe(1)
  })

  it('the request id goes with the request it belongs to: another request held has its own', async () => {
    const { client } = clientAnswering(briq500)
    const sending = createSendController(client)
    const other = { ...SEND_REQUEST, to: '255787654321' }
    await sending.send(SEND_REQUEST).catch(() => {})
    const timedOut = clientAnswering(never)
    const elsewhere = createSendController(timedOut.client)
    await elsewhere.send(other).catch(() => {})
    await expect(elsewhere.send(other)).rejects.toMatchObject({ code: 'MAYBE_SENT', requestId: undefined })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT', requestId: 'req-500-abc' })
  })
})
