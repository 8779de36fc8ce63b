import { bytesResponse } from '@briq-interactive/core/server'
import type { Agent } from 'undici'
import {
  setTransport,
  type UpstreamAnswer,
  type UpstreamRequest,
  type UpstreamTransport,
} from '../upstream/upstream-transport.ts'
import { dispatchOptions, UpstreamCall } from './upstream-call.ts'

// Statuses whose Response may not have a body (Fetch standard, "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

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
  let agent: Agent | undefined
  let loading: Promise<Agent> | undefined
  const load = async (): Promise<Agent> => {
    try {
      loading ??= import('undici').then(({ Agent }) => new Agent())
      agent = await loading
      return agent
    } catch (error) {
      throw new TypeError('fetch failed', { cause: error })
    }
  }
  // Not an async function: the call's own promise is returned, not one adopting it.
  const call = (request: UpstreamRequest, dispatcher: Agent): Promise<UpstreamAnswer> => {
    const { signal } = request
    if (signal.aborted) return Promise.reject(signal.reason)
    const parts = ABSOLUTE.exec(request.url)
    if (parts === null)
      return Promise.reject(new TypeError('fetch failed', { cause: new TypeError('not an absolute http(s) URL') }))
    const upstream = new UpstreamCall(signal)
    dispatcher.dispatch(dispatchOptions(request, parts[1]!, parts[2] || '/'), upstream)
    return upstream.answer
  }
  return (request) => {
    if (agent !== undefined) return call(request, agent)
    if (request.signal.aborted) return Promise.reject(request.signal.reason)
    return load().then(
      (loaded) => call(request, loaded),
      (error: unknown) => {
        throw request.signal.aborted ? request.signal.reason : error
      },
    )
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
