import { createServer, type IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BRIQ_API_ORIGIN } from '../contract/briq-api-origin.ts'
import { viaBriqProxy } from '../contract/client-read-headers.ts'
import { requestFailureReason } from '../sending/request-failure-reason.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { testServers } from '../test-support/test-servers.ts'
import type { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const servers = testServers()
afterEach(() => {
  vi.unstubAllGlobals()
})

/** The runtime's own fetch, with Briq's API origin served at `url`. */
function briqServedAt(url: string): void {
  const realFetch = globalThis.fetch
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(input.replace(BRIQ_API_ORIGIN, url), init))
}

/** A server answering every request 401 with `body` and `headers`, noting what each carried. */
async function answering401(body: unknown, headers: Record<string, string> = {}) {
  const seen: IncomingMessage['headers'][] = []
  const server = createServer((request, response) => {
    seen.push(request.headers)
    request.resume()
    response.writeHead(401, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body))
  })
  const { url } = await servers.listen(server)
  return { url, seen }
}

const listing = (client: ReturnType<typeof createBriqClient>) =>
  client.listSenders().then(
    () => expect.unreachable('the call succeeded'),
    (error: unknown) => error as BriqError,
  )

// FastAPI's own words for a missing API key header (fastapi.security.APIKeyHeader), which name
// no header: Briq's are not documented.
const NOT_AUTHENTICATED = { detail: 'Not authenticated' }
const MOCK_MISSING = {
  success: false,
  data: null,
  errors: [{ code: 'UNAUTHORIZED', message: 'Missing X-API-Key header', field: null }],
  request_id: 'r1',
}

describe('the client telling a 401 to a request with no API key from the key refused, whatever its words', () => {
  it('knows no key went when it called Briq’s own API without one', async () => {
    const { url, seen } = await answering401(NOT_AUTHENTICATED)
    // Briq's origin, served here, through the runtime's fetch: nothing on the way could add a key.
    briqServedAt(url)
    const error = await listing(createBriqClient({ endpoint: BRIQ_API_ORIGIN, retry: false }))
    expect(seen).toHaveLength(1)
    expect(error).toMatchObject({ status: 401, keySent: false })
    expect(requestFailureReason(error)).toEqual({ reason: 'unauthorized', keyMissing: true })
  })

  // Briq's pre-release API is served on a host under its API host; a host that only ends in the
  // same letters is someone else's, and may add a key of its own.
  it('knows no key went to a host under Briq’s API host, and cannot tell for a look-alike beside it', async () => {
    const { url, seen } = await answering401(NOT_AUTHENTICATED)
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      realFetch(input.replace(/^https:\/\/[^/]+/, url), init),
    )
    const host = new URL(BRIQ_API_ORIGIN).hostname
    const under = await listing(createBriqClient({ endpoint: `https://pre.${host}`, retry: false }))
    expect(under).toMatchObject({ status: 401, keySent: false })
    const beside = await listing(createBriqClient({ endpoint: `https://not${host}`, retry: false }))
    expect(beside).toMatchObject({ status: 401, keySent: undefined })
    expect(seen).toHaveLength(2)
  })

  it('cannot tell through a fetch of its caller’s, which may add the key itself', async () => {
    const { url, seen } = await answering401(NOT_AUTHENTICATED)
    briqServedAt(url)
    // A server's wrapper that signs its calls to Briq: the key it adds was refused.
    const signing = (input: string, init: RequestInit) => {
      const headers = new Headers(init.headers)
      headers.set('X-API-Key', 'wrong-key')
      return fetch(input, { ...init, headers })
    }
    const error = await listing(createBriqClient({ endpoint: BRIQ_API_ORIGIN, retry: false, fetch: signing }))
    expect(seen[0]?.['x-api-key']).toBe('wrong-key')
    expect(error.keySent).toBeUndefined()
    expect(requestFailureReason(error)).toEqual({ reason: 'unauthorized' })
  })

  it('knows a key went when it sent one itself, even to words saying it is missing', async () => {
    const { url } = await answering401(MOCK_MISSING)
    const client = createBriqClient({ endpoint: url, retry: false, headers: { 'X-API-Key': 'some-key' } })
    const error = await listing(client)
    expect(error.keySent).toBe(true)
    expect(requestFailureReason(error)).toEqual({ reason: 'unauthorized' })
  })

  it('knows a key went when the answer came through @briq-interactive/proxy (Via)', async () => {
    const { url, seen } = await answering401(MOCK_MISSING, { Via: '1.1 cdn.example, 1.1 briq-proxy' })
    const client = createBriqClient({ endpoint: url, retry: false })
    const error = await listing(client)
    expect(seen[0]?.['x-api-key']).toBeUndefined()
    expect(error.keySent).toBe(true)
    expect(requestFailureReason(error)).toEqual({ reason: 'unauthorized' })
  })

  it('reads the words only when it cannot tell: a server between it and Briq may add a key', async () => {
    const missing = await answering401(MOCK_MISSING)
    const error = await listing(createBriqClient({ endpoint: missing.url, retry: false }))
    expect(error.keySent).toBeUndefined()
    expect(requestFailureReason(error)).toEqual({ reason: 'unauthorized', keyMissing: true })
    const refused = await answering401(NOT_AUTHENTICATED)
    const other = await listing(createBriqClient({ endpoint: refused.url, retry: false }))
    expect(sendFailureReason(other)).toEqual({ reason: 'unauthorized' })
  })
})

describe('viaBriqProxy', () => {
  it('finds the proxy among the intermediaries by its pseudonym, and nothing else', () => {
    expect(viaBriqProxy('1.1 briq-proxy')).toBe(true)
    expect(viaBriqProxy('1.1 cdn.example (CloudFront), HTTP/1.1 briq-proxy')).toBe(true)
    expect(viaBriqProxy('1.1 briq-proxy-old')).toBe(false)
    expect(viaBriqProxy('1.1 example.com')).toBe(false)
    expect(viaBriqProxy(null)).toBe(false)
  })
})
