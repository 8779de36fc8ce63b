import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { describeSendFailure } from '../i18n/format-issue.ts'
import { createSendController } from '../sending/send-controller.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'
import { FAILED_BEFORE_REQUEST } from './send-briq-request.ts'

// A port nothing listens on: one a server had, closed again.
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const systemError = (code: string, syscall: string) => Object.assign(new Error(`${syscall} ${code}`), { code, syscall })

// From a server or a script (Node's fetch), a proxy or Briq that is down refuses the connection:
// the runtime says so, nothing left, and the retry must go, not be held as maybe sent.
describe('a send refused at connect, where the runtime says so', () => {
  it('through Node’s own fetch to a closed port: not sent, and a retry is not held as maybe sent', async () => {
    const client = createBriqClient({ endpoint: `http://127.0.0.1:${await closedPort()}/api/briq` })
    const sending = createSendController(client)
    const error = (await sending.send(SEND_REQUEST).catch((thrown: unknown) => thrown)) as BriqError
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'network', code: FAILED_BEFORE_REQUEST })
    expect(sendFailureReason(error)).toEqual({ reason: 'network' })
    expect(describeSendFailure(error)).toBe('The server could not be reached. Check the connection, then try again.')
    expect(sending.getSnapshot().maybeSent).toBe(false)
    // Not held: the next press asks the network again (and is refused again, not MAYBE_SENT).
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: FAILED_BEFORE_REQUEST })
  })

  it.each([
    ['ECONNREFUSED at connect', systemError('ECONNREFUSED', 'connect'), false],
    ['ENOTFOUND (DNS)', systemError('ENOTFOUND', 'getaddrinfo'), false],
    ['ECONNRESET on read (after the request left)', systemError('ECONNRESET', 'read'), true],
    ['ETIMEDOUT on an established connection', systemError('ETIMEDOUT', 'read'), true],
    ["a browser's Failed to fetch (no code)", undefined, true],
  ])('%s', async (_, cause, maybe) => {
    const client = createBriqClient({
      endpoint: 'https://admin.example/api/briq',
      fetch: () => Promise.reject(new TypeError(cause ? 'fetch failed' : 'Failed to fetch', { cause })),
    })
    const error = (await client.sendInteractive(SEND_REQUEST).catch((thrown: unknown) => thrown)) as BriqError
    expect(error.kind).toBe('network')
    expect(sendFailureReason(error).maybeSent === true).toBe(maybe)
  })
})
