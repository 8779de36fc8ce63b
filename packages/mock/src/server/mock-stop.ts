import type { IncomingMessage, ServerResponse } from 'node:http'
import { MOCK_STOPPING } from '@briq-interactive/core'
import type { LastWord } from '@briq-interactive/core/node'
import type { ServerRequest } from '@briq-interactive/core/server'
import { dropRequest } from '../http/handle-request.ts'
import { errorEnvelopeResponse, type MockReply } from '../http/responses.ts'

/**
 * The 503 for a request the mock does not carry out because it is stopping: it arrived once the
 * stop began, or was still unanswered (its body arriving, a latency wait, its turn on its
 * connection) when the grace ran out. Its own code, as the proxy's `PROXY_STOPPING`.
 */
export function stoppingReply(): MockReply {
  const message =
    'The mock is stopping (Ctrl-C or SIGTERM) and did not handle this request: nothing changed. Send it again once the mock runs again.'
  return errorEnvelopeResponse(503, [{ code: MOCK_STOPPING, message, field: null }], crypto.randomUUID())
}

/** What the node:http server tells `MockStop` of each request, and what it asks of it. */
export interface MockStop {
  /** Marks the stop begun: a request arriving from then on is `late`. */
  begin(): void
  /** Notes a request's arrival (node's `request` event). */
  arrived(req: IncomingMessage): void
  /** Whether `req` arrived once the stop began: answered 503 in its turn, never handled. */
  late(req: IncomingMessage): boolean
  /**
   * Notes the request `req` was handed to the router as (`web`: to a `handle` someone replaced,
   * which cannot be stopped mid-way), and what aborts it.
   */
  handedOver(req: IncomingMessage, request: ServerRequest | 'web', disconnect: AbortController): void
  /** Notes the answer `res` is to carry once its request's body is settled. */
  decided(res: ServerResponse, answer: MockReply, extraHeaders: Record<string, string>): void
  /**
   * The last word past the grace (`gracefulClose`): the answer decided, or 503 with the CORS
   * headers of `corsOf(origin)`; from then on the request is not carried out (a latency wait or
   * a body completing ends it unanswered). A request a replaced `handle` has is given nothing
   * that might be untrue: its connection is cut.
   */
  lastWord: LastWord
}

/** The bookkeeping of one server's stop. */
export function createMockStop(corsOf: (origin: string | undefined) => Record<string, string>): MockStop {
  let stopping = false
  const lateArrivals = new WeakSet<IncomingMessage>()
  const handed = new WeakMap<IncomingMessage, [ServerRequest | 'web', AbortController]>()
  const answers = new WeakMap<ServerResponse, [MockReply, Record<string, string>]>()
  return {
    begin: () => {
      stopping = true
    },
    arrived: (req) => {
      if (stopping) lateArrivals.add(req)
    },
    late: (req) => lateArrivals.has(req),
    handedOver: (req, request, disconnect) => handed.set(req, [request, disconnect]),
    decided: (res, answer, extraHeaders) => answers.set(res, [answer, extraHeaders]),
    lastWord: (req, res) => {
      const [request, disconnect] = handed.get(req) ?? []
      if (request === 'web') return
      if (request !== undefined) dropRequest(request)
      // As for a client gone: nobody waits on its latency, which no longer holds the process.
      disconnect?.abort()
      const [answer, extraHeaders] = answers.get(res) ?? [stoppingReply(), corsOf(req.headers.origin)]
      res.writeHead(answer.status, { ...answer.headers, ...extraHeaders })
      res.end(answer.text)
    },
  }
}
