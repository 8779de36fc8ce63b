import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BriqError, createBriqClient, sendFailureReason } from '@briq-interactive/core'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import { createBriqProxy } from '../create-briq-proxy.ts'
import { TEST_KEY } from '../testing/start-test-proxy.ts'
import { toNodeHandler } from './to-node-handler.ts'

let server: Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined))
  server = undefined
})

async function serve(app: express.Express): Promise<string> {
  const started = app.listen(0, '127.0.0.1')
  server = started
  await new Promise((resolve) => started.once('listening', resolve))
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}`
}

const proxy = () =>
  toNodeHandler(
    createBriqProxy({
      apiKey: TEST_KEY,
      basePath: '/api/briq',
      allowAnonymous: true,
      maxBodyBytes: 1024,
      fetch: async () => Response.json({ success: true, data: { message_id: 'm' }, errors: null }, { status: 202 }),
    }),
  )
const send = (body: string) =>
  ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body }) satisfies RequestInit

describe('toNodeHandler in a real Express 5 app', () => {
  it('mounted after express.json(): refuses clearly instead of checking a re-serialised copy', async () => {
    const app = express()
    app.use(express.json({ limit: '10mb' }))
    app.all('/api/briq/*splat', proxy())
    const url = await serve(app)
    // Padded past the proxy's 1 KiB cap; JSON.stringify of the parsed body would fit under it.
    const padded = JSON.stringify(SEND_REQUEST, null, 200)
    expect(padded.length).toBeGreaterThan(1024)
    const response = await fetch(`${url}/api/briq/v1/whatsapp/messages/interactive`, send(padded))
    expect(response.status).toBe(500)
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ code: 'PROXY_BODY_ALREADY_READ', message: expect.stringMatching(/express\.json\(\)/) }),
    ])
  })

  it('mounted after express.json(): the client says the proxy is not set up and nothing was sent', async () => {
    const app = express()
    app.use(express.json())
    app.all('/api/briq/*splat', proxy())
    const client = createBriqClient({ endpoint: `${await serve(app)}/api/briq` })
    const failed = await client.sendInteractive(SEND_REQUEST).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(BriqError)
    // Not "Briq had a problem … may have been sent", which held the retry of a send never forwarded.
    expect(sendFailureReason(failed as BriqError)).toEqual({ reason: 'proxy_not_configured' })
  })

  it('mounted with app.use and no basePath: the 404 names the mount path the basePath should be', async () => {
    const app = express()
    const unmounted = createBriqProxy({ apiKey: TEST_KEY, allowAnonymous: true, fetch: async () => Response.json({}) })
    // Express strips /api/briq from req.url; the adapter reads originalUrl, so the proxy sees it.
    app.use('/api/briq', toNodeHandler(unmounted))
    const url = await serve(app)
    for (const path of ['/api/briq/v1/whatsapp/senders', '/api/briq/v1/whatsapp/senders/']) {
      const response = await fetch(`${url}${path}`)
      expect(response.status).toBe(404)
      expect((await response.json()).errors[0].message).toBe(
        'No such route on this proxy: /api/briq is not its basePath (none is set); mounted there, it needs basePath: "/api/briq" to forward GET /v1/whatsapp/senders.',
      )
    }
  })

  it('mounted before express.json(): forwards, and caps the raw body', async () => {
    const app = express()
    app.all('/api/briq/*splat', proxy())
    app.use(express.json())
    const url = await serve(app)
    const path = `${url}/api/briq/v1/whatsapp/messages/interactive`
    expect((await fetch(path, send(JSON.stringify(SEND_REQUEST)))).status).toBe(202)
    expect((await fetch(path, send(JSON.stringify(SEND_REQUEST, null, 200)))).status).toBe(413)
  })
})
