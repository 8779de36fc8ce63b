import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serverTimeoutOptions } from '@briq-interactive/core/node'
import { CUT_OFF_ANSWER, dripRequestUntilClosed } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'

// Core's serverTimeoutOptions on a bare node:http server, driven by the fixtures' slow client
// (fixtures depends on core, so this runs here, where the mock's and the proxy's bins use it).
describe('a node:http server created with serverTimeoutOptions', () => {
  let server: Server | undefined
  afterEach(() => {
    server?.closeAllConnections()
    server?.close()
  })

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(serverTimeoutOptions({ headersTimeoutMs: 50, requestTimeoutMs: 100 }), handler)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it('answers a body sent a byte at a time with 408 (or a close) once the request timeout passes', async () => {
    let served = false
    const base = await listen((req, res) => {
      req.resume()
      req.on('end', () => {
        served = true
        res.end('read it all')
      })
      req.on('error', () => {})
    })
    const answer = await dripRequestUntilClosed(
      base,
      'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n',
    )
    expect(answer).toMatch(CUT_OFF_ANSWER)
    expect(served).toBe(false)
  })

  it('answers headers sent a byte at a time with 408 (or a close) too', async () => {
    let served = false
    const base = await listen((_req, res) => {
      served = true
      res.end('served')
    })
    const answer = await dripRequestUntilClosed(base, 'GET / HTTP/1.1\r\nHost: localhost\r\n', 'X')
    expect(answer).toMatch(CUT_OFF_ANSWER)
    expect(served).toBe(false)
  })
})
