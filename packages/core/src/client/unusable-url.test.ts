import { createServer } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { createSendController } from '../sending/send-controller.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const request = {
  to: '255712345678',
  interactive: {
    type: 'button' as const,
    body: { text: 'Hi' },
    action: { buttons: [{ type: 'reply' as const, reply: { id: 'a', title: 'A' } }] },
  },
}

// Outside a web page (Node, a server render) fetch has no page to resolve '/api/briq' against:
// it fails before anything leaves, so the send cannot have reached Briq.
describe('createBriqClient with an endpoint fetch cannot use here', () => {
  it('says so, and the send is not held as maybe sent', async () => {
    const client = createBriqClient({ endpoint: '/api/briq' })
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'network' })
    expect((error as BriqError).cause).toBeUndefined()
    expect((error as BriqError).message).toBe(
      'POST /v1/whatsapp/messages/interactive cannot be sent: /api/briq/v1/whatsapp/messages/interactive is not a URL fetch can use here; outside a web page give createBriqClient an absolute endpoint (https://…/api/briq)',
    )
    const controller = createSendController(client)
    await controller.send(request).catch(() => undefined)
    expect(controller.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
  })

  it('is not retried: the read fails on its first try', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      const client = createBriqClient({ endpoint: 'http://briq proxy/api', retry: { attempts: 3, baseDelayMs: 0 } })
      const error = await client.listSenders().catch((reason: unknown) => reason)
      expect(error).toMatchObject({
        kind: 'network',
        message: expect.stringContaining('is not a URL fetch can use here'),
      })
      expect(fetchSpy).toHaveBeenCalledTimes(1)
    } finally {
      fetchSpy.mockRestore()
    }
  })
})

// fetch refuses a URL holding a user name or password before anything leaves, in words that
// quote the URL (Fetch standard, "Request constructor"): the password would reach the UI and logs.
describe('createBriqClient with an endpoint that holds credentials', () => {
  const servers = testServers()

  it.each([
    ['user and password', (host: string) => `http://admin:S3CRET_PW@${host}/api/briq`],
    ['a user name alone', (host: string) => `http://S3CRET_PW@${host}/api/briq`],
  ])('with %s: cannot be sent, quotes neither, and nothing left', async (_name, endpoint) => {
    let requests = 0
    const { port } = await servers.listen(
      createServer((req, res) => {
        requests++
        req.resume()
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]')
      }),
    )
    const client = createBriqClient({ endpoint: endpoint(`127.0.0.1:${port}`), retry: false })
    const error = await client.sendInteractive(request).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect((error as BriqError).message).toBe(
      'POST /v1/whatsapp/messages/interactive cannot be sent: its endpoint holds a user name or password, which fetch refuses to send; give credentials in headers instead',
    )
    expect(String((error as BriqError).cause ?? '')).not.toContain('S3CRET_PW')
    expect(mayHaveBeenSent(error as BriqError, false)).toBe(false)
    expect(requests).toBe(0)
  })
})
