import type { IncomingMessage } from 'node:http'
import type { ReplyTrace } from '../handle-request.ts'

const traces = new WeakMap<IncomingMessage, ReplyTrace>()

/** A new trace of `req`, for the `createBriqProxy` handler about to run it to fill in. */
export function traceReply(req: IncomingMessage): ReplyTrace {
  const trace: ReplyTrace = {}
  traces.set(req, trace)
  return trace
}

/**
 * The id and the forwarding of a request a `createBriqProxy` handler is running, or undefined for
 * one that never reached it (still waiting its turn on its connection, refused before it).
 */
export function replyTraceOf(req: IncomingMessage): ReplyTrace | undefined {
  return traces.get(req)
}
