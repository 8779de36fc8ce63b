import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { bytesResponse } from '@briq-interactive/core/server'

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers()
  const raw = incoming.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  return headers
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
 * The answer once its body has arrived in full (the proxy reads it whole anyway), as a
 * `bytesResponse`, so the bytes are taken as they are, not read back through a stream. A body
 * that breaks off still resolves, with a body that fails when read, as fetch's does: the proxy
 * tells "no answer" from "an answer that broke off".
 */
function answerOf(incoming: IncomingMessage, init: ResponseInit): Promise<Response> {
  const source = decoded(incoming)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    source.on('data', (chunk: Buffer) => chunks.push(chunk))
    source.on('end', () => resolve(bytesResponse(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), init)))
    source.on('error', (error) => {
      const failed = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.error(new TypeError('terminated', { cause: error }))
        },
      })
      resolve(new Response(failed, init))
    })
  })
}

/**
 * A `fetch` for the proxy's calls to Briq in Node, over node:http(s) with keep-alive agents.
 * Node's built-in fetch spends about three times the CPU per small request; pass this as
 * `createBriqProxy({ fetch: nodeFetch() })` on a busy Node server (the `briq-proxy` bin
 * does). It covers what the proxy asks of fetch: a method, headers, a byte body, no redirect
 * following (as `redirect: 'manual'`), and a signal; failures reject like fetch's
 * (`TypeError` whose `cause` carries the runtime's `code`).
 */
export function nodeFetch(): typeof fetch {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }
  return ((input: string | URL | Request, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input)
      const secure = url.protocol === 'https:'
      const headers: Record<string, string> = {}
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value
      })
      const body = init.body as Uint8Array | null | undefined
      if (body) headers['content-length'] = String(body.byteLength)
      const signal = init.signal ?? undefined
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      const outgoing = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http, signal },
        (incoming) => {
          const status = incoming.statusCode ?? 502
          try {
            const init = { status, statusText: incoming.statusMessage, headers: headersOf(incoming) }
            if (NULL_BODY_STATUSES.has(status)) {
              incoming.resume()
              resolve(new Response(null, init))
            } else {
              // A Response takes 200–599 only; a hostile upstream's 999 is no answer at all.
              if (status < 200 || status > 599) throw new RangeError(`status ${status} is out of range`)
              resolve(answerOf(incoming, init))
            }
          } catch (error) {
            incoming.destroy()
            reject(new TypeError('fetch failed', { cause: error }))
          }
        },
      )
      outgoing.setNoDelay(true)
      outgoing.on('error', (error) => {
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }))
      })
      outgoing.end(body ?? undefined)
    })) as typeof fetch
}
