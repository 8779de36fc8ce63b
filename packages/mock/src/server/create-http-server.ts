import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BadRequestTargetError } from '@briq-interactive/core/server'
import { type BriqMock, createBriqMock } from '../create-briq-mock.ts'
import { DEFAULT_MAX_BODY_BYTES } from '../http/read-json-body.ts'
import { errorEnvelopeResponse } from '../http/responses.ts'
import type { BriqMockOptions } from '../options.ts'
import { type AllowedOrigins, allowedOrigin, corsHeaders, preflightResponse } from './cors.ts'
import { toWebRequest } from './node-request.ts'

/** Options of `startMockHttpServer`: the mock's options plus where to listen. */
export interface MockHttpServerOptions extends BriqMockOptions {
  /** Port (default 4010; 0 picks a free one). */
  port?: number
  /** Interface (default `127.0.0.1`). */
  host?: string
  /** Browser origins allowed by CORS (default `*`: any origin is reflected). */
  allowedOrigins?: AllowedOrigins
  /** Use this mock instead of creating one from the options. */
  mock?: BriqMock
}

/** A running standalone server. */
export interface MockHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string
  /** The port it listens on. */
  port: number
  /** The mock it serves. */
  mock: BriqMock
  /** The node server. */
  server: Server
  /** Stops accepting, closes open connections and resolves when done. */
  close(): Promise<void>
}

async function send(response: Response, res: ServerResponse, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, { ...headers, ...extraHeaders })
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined)
}

/**
 * Serves the mock over node:http — the same router as the MSW handlers, plus CORS for
 * browser origins. Reusable from tests (`port: 0`) and by the `briq-mock` bin.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const { port = 4010, host = '127.0.0.1', allowedOrigins = '*', mock: given, ...mockOptions } = options
  const mock = given ?? createBriqMock(mockOptions)
  const maxBytes = mockOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const server = createServer((req, res) => {
    const origin = allowedOrigin(req.headers.origin ?? null, allowedOrigins)
    const handleOne = async () => {
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        req.resume()
        const requested = req.headers['access-control-request-headers'] ?? null
        const privateNetwork = req.headers['access-control-request-private-network'] === 'true'
        return send(preflightResponse(origin, requested, privateNetwork), res, {})
      }
      const request = await toWebRequest(req, `${host.includes(':') ? `[${host}]` : host}:${port}`, maxBytes)
      return send(await mock.handle(request), res, corsHeaders(origin))
    }
    handleOne().catch((error: unknown) => {
      if (error instanceof BadRequestTargetError) {
        req.resume()
        const errors = [{ code: 'BAD_REQUEST', message: error.message, field: null }]
        return send(errorEnvelopeResponse(400, errors, crypto.randomUUID()), res, corsHeaders(origin))
      }
      console.error('briq-mock: could not answer a request:', error)
      // CORS headers too: without them a browser hides this 500 behind an opaque network error.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json', ...corsHeaders(origin) })
      res.end(
        JSON.stringify({
          success: false,
          data: null,
          errors: [{ code: 'INTERNAL_ERROR', message: 'The mock server failed', field: null }],
          request_id: null,
        }),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    mock,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
