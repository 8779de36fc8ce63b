import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_API_KEY } from '../options.ts'
import { type MockHttpServer, startMockHttpServer } from './create-http-server.ts'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

// node:http, not fetch: a browser (and fetch) sets Host itself, and a rebinding page's Host is
// its own host name, which only a raw request can stand in for.
function raw(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  bindHost = '127.0.0.1',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: bindHost, port, path, method, headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8')
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const STATE = '/__mock/state'

describe('briq-mock is local by default', () => {
  let running: MockHttpServer | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  it('refuses an empty host, which node would listen on as every interface', async () => {
    for (const host of ['', '  ']) {
      await expect(startMockHttpServer({ port: 0, host })).rejects.toThrow(
        'options.host: an empty host listens on every interface; give 127.0.0.1 (the default) or "0.0.0.0" on purpose',
      )
    }
  })

  it('lets no web page the developer visits read what they compose or drive the mock', async () => {
    running = await startMockHttpServer({ port: 0 })
    for (const origin of [
      'https://evil.example',
      'null',
      'http://192.168.1.20:5173',
      'http://localhost.evil.example',
    ]) {
      const read = await fetch(`${running.url}${STATE}`, { headers: { origin } })
      expect(read.headers.get('access-control-allow-origin'), origin).toBeNull()
      expect(read.headers.get('access-control-allow-credentials'), origin).toBeNull()
      const preflight = await fetch(`${running.url}/v1/whatsapp/messages/interactive`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      })
      expect(preflight.status, origin).toBe(403)
      expect(preflight.headers.get('access-control-allow-private-network'), origin).toBeNull()
      const reset = await fetch(`${running.url}/__mock/reset`, { method: 'POST', headers: { origin } })
      expect(reset.status, origin).toBe(403)
      expect((await reset.json()).errors[0], origin).toMatchObject({ code: 'MOCK_ORIGIN_NOT_ALLOWED' })
    }
  })

  it('refuses a cross-site browser request that names no Origin, by its Sec-Fetch-Site', async () => {
    running = await startMockHttpServer({ port: 0 })
    const { port } = running
    const host = `127.0.0.1:${port}`
    await running.mock.handle(
      new Request(`${running.url}/__mock/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone: '255700000001' }),
      }),
    )
    const conversations = running.mock.state().conversations.length
    const reset = await raw(
      port,
      '/__mock/reset',
      { host, 'sec-fetch-site': 'cross-site', 'content-length': '0' },
      'POST',
    )
    expect(reset.status).toBe(403)
    const error = JSON.parse(reset.body).errors[0]
    expect(error).toMatchObject({ code: 'MOCK_ORIGIN_NOT_ALLOWED', field: null })
    expect(error.message).toContain('Sec-Fetch-Site: cross-site')
    expect(running.mock.state().conversations.length).toBe(conversations)
    // Reading stays open (CORS hides the answer); this machine's pages, a typed URL and curl pass.
    expect((await raw(port, STATE, { host, 'sec-fetch-site': 'cross-site' })).status).toBe(200)
    for (const site of ['same-site', 'same-origin', 'none', undefined]) {
      const headers: Record<string, string> = { host, 'content-length': '0' }
      if (site !== undefined) headers['sec-fetch-site'] = site
      expect((await raw(port, '/__mock/reset', headers, 'POST')).status, site).toBe(200)
    }
  })

  it('takes a cross-site request naming no Origin when every origin is allowed', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: '*' })
    const headers = { host: `127.0.0.1:${running.port}`, 'sec-fetch-site': 'cross-site', 'content-length': '0' }
    expect((await raw(running.port, '/__mock/reset', headers, 'POST')).status).toBe(200)
  })

  it('serves pages on this machine on any port: the playground, Storybook, a framework dev server', async () => {
    running = await startMockHttpServer({ port: 0 })
    for (const origin of [
      'http://localhost:5173',
      'http://localhost:6006',
      'https://localhost:3000',
      'http://127.0.0.1:5173',
      'http://[::1]:5173',
      'http://app.localhost:8080',
      // Fully qualified, as the Host guard reads it (a page opened at localhost.:5173).
      'http://localhost.:5173',
    ]) {
      const preflight = await fetch(`${running.url}/v1/whatsapp/messages/interactive`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      })
      expect(preflight.status, origin).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBe(origin)
      expect(preflight.headers.get('access-control-allow-private-network'), origin).toBe('true')
      const reset = await fetch(`${running.url}/__mock/reset`, { method: 'POST', headers: { origin } })
      expect(reset.status, origin).toBe(200)
      expect(reset.headers.get('access-control-allow-origin'), origin).toBe(origin)
    }
  })

  it('adds the origins given to the pages on this machine, which stay allowed', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['http://192.168.1.20:5173'] })
    for (const origin of ['http://192.168.1.20:5173', 'http://localhost:5173']) {
      const read = await fetch(`${running.url}${STATE}`, { headers: { origin } })
      expect(read.headers.get('access-control-allow-origin'), origin).toBe(origin)
    }
    const other = await fetch(`${running.url}${STATE}`, { headers: { origin: 'http://192.168.1.21:5173' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('reflects every origin only when asked to, with "*"', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: '*' })
    const read = await fetch(`${running.url}${STATE}`, { headers: { origin: 'https://evil.example' } })
    expect(read.headers.get('access-control-allow-origin')).toBe('https://evil.example')
  })

  it('refuses a DNS-rebinding page (a foreign Host on loopback) before anything, preflights included', async () => {
    running = await startMockHttpServer({ port: 0 })
    const { port } = running
    const rebound = { host: `rebind.attacker.example:${port}`, origin: `http://rebind.attacker.example:${port}` }
    const read = await raw(port, STATE, rebound)
    expect(read.status).toBe(403)
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
    const error = JSON.parse(read.body).errors[0]
    expect(error).toMatchObject({ code: 'MOCK_HOST_NOT_ALLOWED', field: null })
    expect(error.message).toBe(
      `Host "rebind.attacker.example" is not this machine: this mock listens on loopback and answers only to localhost host names, IP addresses and the host names of its allowed origins (DNS rebinding protection); call it at localhost or 127.0.0.1, or add the page's origin with --allow-origin (allowedOrigins), such as --allow-origin http://rebind.attacker.example:${port}`,
    )
    expect(read.body).not.toContain('255')
    const sends = running.mock.state().totalMessages
    const reset = await raw(port, '/__mock/reset', rebound, 'POST')
    expect(reset.status).toBe(403)
    expect(running.mock.state().totalMessages).toBe(sends)
    const preflight = await raw(port, STATE, { ...rebound, 'access-control-request-method': 'GET' }, 'OPTIONS')
    expect(preflight.status).toBe(403)
    // Even with the key and no Origin at all: the Host alone decides.
    const keyed = await raw(port, '/v1/whatsapp/senders', {
      host: 'rebind.attacker.example',
      'x-api-key': DEFAULT_API_KEY,
    })
    expect(keyed.status).toBe(403)
  })

  it('answers to every loopback host name, and to the host names of the allowed origins', async () => {
    running = await startMockHttpServer({ port: 0, allowedOrigins: ['http://devbox.lan:5173'] })
    const { port } = running
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      `app.localhost:${port}`,
      'devbox.lan',
      // The fully qualified form of each (RFC 1034): the same host, as `127.0.0.1.` always was.
      `localhost.:${port}`,
      `127.0.0.1.:${port}`,
      `app.localhost.:${port}`,
      'devbox.lan.',
    ]) {
      const answer = await raw(port, '/v1/whatsapp/senders', { host, 'x-api-key': DEFAULT_API_KEY })
      expect(answer.status, host).toBe(200)
    }
  })

  it('has no Host check once bound beyond loopback, the developer having chosen to be reached', async () => {
    running = await startMockHttpServer({ port: 0, host: '0.0.0.0' })
    const answer = await raw(running.port, '/v1/whatsapp/senders', {
      host: `devbox.lan:${running.port}`,
      'x-api-key': DEFAULT_API_KEY,
    })
    expect(answer.status).toBe(200)
    // Origins are still checked: a page needs its origin given.
    const read = await fetch(`http://127.0.0.1:${running.port}${STATE}`, {
      headers: { origin: 'http://192.168.1.20:5173' },
    })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })
})
