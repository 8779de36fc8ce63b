import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { type BodyReadResult, bytesResponse } from '@briq-interactive/core/server'
import type { Agent } from 'undici'
import { setTransport, type UpstreamAnswer, type UpstreamTransport } from '../upstream/upstream-transport.ts'

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

type HeaderValues = Record<string, string | string[] | undefined>

function headerPairs(headers: HeaderValues): [string, string][] {
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([name.toLowerCase(), item])
  }
  return pairs
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

// Drops the rest of an answer with its connection. undici's body reports being destroyed
// unread as an error; nobody is reading it any more, so that error is expected, not a crash.
function discard(stream: Readable): void {
  stream.on('error', () => {})
  stream.destroy()
}

// Decoded as fetch decodes it: the proxy drops Content-Encoding and scans the body for the
// key, which it could not find inside compressed bytes.
function decoded(body: Readable, headers: HeaderValues): Readable {
  const coding = String(first(headers['content-encoding']) ?? '')
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
  if (decoder === null) return body
  body.on('error', (error) => decoder.destroy(error))
  return body.pipe(decoder)
}

/**
 * Reads a whole answer, decoded, up to `maxBytes`: past it the rest is dropped with the
 * connection, so a hostile or broken upstream cannot make the proxy hold more. A body that
 * breaks off rejects with a `TypeError` (as fetch's body does) whose cause is the error.
 */
function readBody(body: Readable, headers: HeaderValues, maxBytes: number): Promise<BodyReadResult> {
  if (Number(first(headers['content-length'])) > maxBytes) {
    discard(body)
    return Promise.resolve({ ok: false, reason: 'too_large' })
  }
  const source = decoded(body, headers)
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
        discard(body)
        if (source !== body) discard(source)
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

// An absolute URL split into origin and path; the proxy builds it from its parsed upstream and
// an allow-listed path, nodeFetch from a URL's href, so it is already normalised.
const ABSOLUTE = /^(https?:\/\/[^/?#]*)(.*)$/s

/**
 * The proxy's route to Briq over undici's keep-alive connection pools, without a `Response`
 * or `Headers` per call: the answer's head as received, its body read under the proxy's cap.
 * Node's own http client costs about half as much again per call (it also peeks at every
 * pooled socket with a system call before reusing it).
 */
function nodeTransport(): UpstreamTransport {
  // Loaded with the first call, not with the module: a bin that stops at a configuration
  // error never pays for it.
  let agent: Promise<Agent> | undefined
  return async (request) => {
    const { signal } = request
    if (signal.aborted) throw signal.reason
    const parts = ABSOLUTE.exec(request.url)
    if (parts === null) throw new TypeError('fetch failed', { cause: new TypeError('not an absolute http(s) URL') })
    let answer: Awaited<ReturnType<Agent['request']>>
    try {
      agent ??= import('undici').then(({ Agent }) => new Agent())
      answer = await (await agent).request({
        origin: parts[1]!,
        path: parts[2] || '/',
        method: request.method as 'GET' | 'POST',
        headers: request.headers,
        body: request.body ?? undefined,
        signal,
      })
    } catch (error) {
      throw signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })
    }
    const { statusCode: status, body } = answer
    const headers = answer.headers as HeaderValues
    // A Response takes 200–599 only; a hostile upstream's 999 is no answer at all.
    if (!NULL_BODY_STATUSES.has(status) && (status < 200 || status > 599)) {
      discard(body)
      throw new TypeError('fetch failed', { cause: new RangeError(`status ${status} is out of range`) })
    }
    const result: UpstreamAnswer = {
      status,
      statusText: answer.statusText ?? '',
      headers: headerPairs(headers),
      read: (maxBytes) => {
        if (!NULL_BODY_STATUSES.has(status)) return readBody(body, headers, maxBytes)
        body.on('error', () => {})
        body.resume()
        return Promise.resolve({ ok: true, bytes: new Uint8Array(0) })
      },
    }
    return result
  }
}

/**
 * A `fetch` for the proxy's calls to Briq in Node, over undici's keep-alive connection pools.
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
