import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { type BodyReadResult, bytesResponse } from '@briq-interactive/core/server'
import { setTransport, type UpstreamAnswer, type UpstreamTransport } from '../upstream/upstream-transport.ts'

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

function headerPairs(incoming: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = []
  const raw = incoming.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!.toLowerCase(), raw[i + 1]!])
  return pairs
}

// Decoded as fetch decodes it: the proxy drops Content-Encoding and scans the body for the
// key, which it could not find inside compressed bytes.
function decoded(incoming: IncomingMessage): Readable {
  const coding = String(incoming.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase()
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? createGunzip()
      : coding === 'deflate'
        ? createInflate()
        : coding === 'br'
          ? createBrotliDecompress()
          : null
  if (decoder === null) return incoming
  incoming.on('error', (error) => decoder.destroy(error))
  return incoming.pipe(decoder)
}

/**
 * Reads a whole answer, decoded, up to `maxBytes`: past it the rest is dropped with the
 * connection, so a hostile or broken upstream cannot make the proxy hold more. A body that
 * breaks off rejects with a `TypeError` (as fetch's body does) whose cause is the error.
 */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<BodyReadResult> {
  const declared = Number(incoming.headers['content-length'])
  if (declared > maxBytes) {
    incoming.destroy()
    return Promise.resolve({ ok: false, reason: 'too_large' })
  }
  const source = decoded(incoming)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const stop = () => {
      source.off('data', onData)
      source.off('end', onEnd)
      source.off('error', onError)
    }
    function onData(chunk: Buffer) {
      total += chunk.byteLength
      if (total > maxBytes) {
        stop()
        incoming.destroy()
        if (source !== incoming) source.destroy()
        resolve({ ok: false, reason: 'too_large' })
        return
      }
      chunks.push(chunk)
    }
    function onEnd() {
      stop()
      resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) })
    }
    function onError(error: Error) {
      stop()
      reject(new TypeError('terminated', { cause: error }))
    }
    source.on('data', onData)
    source.on('end', onEnd)
    source.on('error', onError)
  })
}

interface Target {
  secure: boolean
  hostname: string
  port: string
}

// Briq's origin, split once: http.request given a URL string parses it again on every call.
const ABSOLUTE = /^(https?:)\/\/([^/?#]*)(.*)$/s
function targetOf(origin: string, cache: Map<string, Target>): Target {
  let target = cache.get(origin)
  if (target === undefined) {
    const url = new URL(origin)
    const { hostname } = url
    target = {
      secure: url.protocol === 'https:',
      // http.request takes an IPv6 address without its brackets.
      hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
      port: url.port,
    }
    if (cache.size >= 16) cache.clear()
    cache.set(origin, target)
  }
  return target
}

/**
 * The proxy's route to Briq over node:http(s) with keep-alive agents, without a `Response` or
 * `Headers` per call: the answer's head as received, its body read under the proxy's cap.
 * `request.url` is absolute and already normalised (the proxy builds it from its parsed
 * upstream and an allow-listed path; nodeFetch passes a URL's href).
 */
function nodeTransport(): UpstreamTransport {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }
  const targets = new Map<string, Target>()
  return (request) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const { signal } = request
      if (signal.aborted) {
        reject(signal.reason)
        return
      }
      const parts = ABSOLUTE.exec(request.url)
      if (parts === null) {
        reject(new TypeError('fetch failed', { cause: new TypeError(`not an absolute http(s) URL`) }))
        return
      }
      const { secure, hostname, port } = targetOf(`${parts[1]}//${parts[2]}`, targets)
      const headers = { ...request.headers }
      if (request.body) headers['content-length'] = String(request.body.byteLength)
      const outgoing = (secure ? httpsRequest : httpRequest)(
        {
          protocol: secure ? 'https:' : 'http:',
          hostname,
          ...(port ? { port } : {}),
          path: parts[3] || '/',
          method: request.method,
          headers,
          agent: secure ? agents.https : agents.http,
        },
        (incoming) => {
          const status = incoming.statusCode ?? 502
          // A Response takes 200–599 only; a hostile upstream's 999 is no answer at all.
          if (!NULL_BODY_STATUSES.has(status) && (status < 200 || status > 599)) {
            incoming.destroy()
            reject(new TypeError('fetch failed', { cause: new RangeError(`status ${status} is out of range`) }))
            return
          }
          resolve({
            status,
            statusText: incoming.statusMessage ?? '',
            headers: headerPairs(incoming),
            read: (maxBytes) => {
              if (!NULL_BODY_STATUSES.has(status)) return readIncoming(incoming, maxBytes)
              incoming.resume()
              return Promise.resolve({ ok: true, bytes: new Uint8Array(0) })
            },
          })
        },
      )
      // Aborting (the deadline, the client gone) destroys the call, also while its body is read.
      // By hand rather than http.request's `signal` option, whose stream plumbing costs more.
      const abort = () => outgoing.destroy(signal.reason)
      signal.addEventListener('abort', abort, { once: true })
      outgoing.once('close', () => signal.removeEventListener('abort', abort))
      outgoing.setNoDelay(true)
      outgoing.on('error', (error) => {
        reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }))
      })
      outgoing.end(request.body ?? undefined)
    })
}

/**
 * A `fetch` for the proxy's calls to Briq in Node, over node:http(s) with keep-alive agents.
 * Node's built-in fetch spends several times the CPU per small request; pass this as
 * `createBriqProxy({ fetch: nodeFetch() })` on a busy Node server (the `briq-proxy` bin
 * does): the proxy then skips building a `Response` at all. Called as a fetch, it covers what
 * the proxy asks of one: a method, headers, a byte body, no redirect following (as
 * `redirect: 'manual'`), and a signal; it resolves once the body has arrived in full, and
 * failures reject like fetch's (`TypeError` whose `cause` carries the runtime's `code`). A body
 * that breaks off still resolves, with a body that fails when read, as fetch's does.
 */
export function nodeFetch(): typeof fetch {
  const transport = nodeTransport()
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value
    })
    const url = input instanceof Request ? input.url : String(input)
    const answer = await transport({
      url: new URL(url).href,
      method: init.method ?? 'GET',
      headers,
      body: (init.body as Uint8Array | null | undefined) ?? null,
      signal: init.signal ?? new AbortController().signal,
    })
    const answerHeaders = new Headers()
    try {
      for (const [name, value] of answer.headers) answerHeaders.append(name, value)
    } catch (error) {
      await answer.read(0).catch(() => {})
      throw new TypeError('fetch failed', { cause: error })
    }
    const responseInit = { status: answer.status, statusText: answer.statusText, headers: answerHeaders }
    if (NULL_BODY_STATUSES.has(answer.status)) {
      await answer.read(0)
      return new Response(null, responseInit)
    }
    try {
      const read = await answer.read(Number.POSITIVE_INFINITY)
      return bytesResponse(read.ok ? read.bytes : new Uint8Array(0), responseInit)
    } catch (error) {
      const failed = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.error(error)
        },
      })
      return new Response(failed, responseInit)
    }
  }) as typeof fetch
  setTransport(fetchImpl, transport)
  return fetchImpl
}
