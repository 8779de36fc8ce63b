import type { ServerResponse } from 'node:http'
import type { FinalReply } from '../reply/proxy-reply.ts'
import { proxyFailed } from './refuse-before-handler.ts'

/**
 * Writes a proxy reply as it is. Its body is known whole, so it goes with a Content-Length
 * (not chunked), and head and body leave as one latin1 string (the same bytes) in one write:
 * a chunked Buffer body takes node's writev path with half a dozen pieces.
 */
function writeReply(reply: FinalReply, res: ServerResponse): void {
  // No prototype: a header an upstream names `constructor` or `__proto__` must find no value
  // already there (it found Object, and went out as "function Object() { [native code] }").
  const headers: Record<string, string | string[]> = Object.create(null)
  let framed = false
  for (const [name, value] of reply.headers) {
    if (name === 'content-length' || name === 'transfer-encoding') framed = true
    const previous = headers[name]
    // Repeated lines (Set-Cookie from authorize) stay separate lines.
    headers[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  const { body } = reply
  if (body !== null && !framed) headers['content-length'] = String(body.byteLength)
  if (reply.statusText) res.writeHead(reply.status, reply.statusText, headers)
  else res.writeHead(reply.status, headers)
  if (body === null) res.end()
  else res.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'), 'latin1')
}

// Replies ready in one turn of the event loop are written together, after its I/O callbacks
// (setImmediate), instead of each as soon as it is ready. Writing to many sockets back to back,
// a reader that the first write woke (a client on another core) is still running for the
// next ones: a write then costs no wake-up of a sleeping reader, which on loopback under load
// was a tenth of the proxy's CPU per send. The wait is the rest of the turn, microseconds.
let queued: [FinalReply, ServerResponse][] = []
function flushReplies(): void {
  const batch = queued
  queued = []
  for (const [reply, res] of batch) {
    // Gone, or answered in the proxy's place meanwhile (a stop's last word).
    if (res.destroyed || res.writableEnded) continue
    try {
      writeReply(reply, res)
    } catch {
      proxyFailed(res)
    }
  }
}

/**
 * Writes a proxy reply at the end of this turn of the event loop, with the others ready in it;
 * none to a response gone or already answered. Node refusing a header value it would not
 * write answers 500 `PROXY_ERROR` instead.
 */
export function queueReply(reply: FinalReply, res: ServerResponse): void {
  if (res.destroyed || res.writableEnded) return
  if (queued.push([reply, res]) === 1) setImmediate(flushReplies)
}
