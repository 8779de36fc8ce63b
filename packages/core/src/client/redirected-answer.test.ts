import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const servers = testServers()
const SEND = '/api/briq/v1/whatsapp/messages/interactive'
const request: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Hi' },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
  },
}

/** A server that redirects the send to `target` with `status`, and answers there as `page` says. */
async function redirecting(status: number, target: string, page: (method: string) => [number, string, string]) {
  const { url } = await servers.listen(
    createServer((req, res) => {
      if (req.url === SEND) {
        res.writeHead(status, { Location: target }).end()
        return
      }
      req.resume()
      const [code, type, body] = page(req.method ?? '')
      res.writeHead(code, { 'Content-Type': type }).end(body)
    }),
  )
  return createBriqClient({ endpoint: `${url}/api/briq`, retry: false })
}

describe('createBriqClient: an answer fetch reached by a redirect', () => {
  it('is REDIRECTED and not maybe sent when the page it lands on is no Briq answer, even a 502', async () => {
    const client = await redirecting(302, '/login', () => [502, 'text/html', '<h1>Bad gateway</h1>'])
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED', status: undefined })
    expect((error as BriqError).message).toMatch(
      /^POST \/v1\/whatsapp\/messages\/interactive was redirected to http:\/\/127\.0\.0\.1:\d+\/login, /,
    )
    expect(mayHaveBeenSent(error as BriqError, false)).toBe(false)
  })

  it('stays a success when the page a 308 leads to is Briq’s answer', async () => {
    const data = {
      message_id: 'm-1',
      conversation_id: 'c-1',
      sender_id: 's-1',
      provider_message_id: null,
      status: 'pending',
    }
    const client = await redirecting(308, '/api/briq/v2-send', (method) => [
      method === 'POST' ? 202 : 405,
      'application/json',
      JSON.stringify({ success: true, data, errors: null, request_id: 'r-1' }),
    ])
    await expect(client.sendInteractive(request)).resolves.toMatchObject({ message_id: 'm-1', status: 'pending' })
  })
})
