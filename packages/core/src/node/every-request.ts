import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'

type RequestSeen = (request: IncomingMessage, response: ServerResponse) => void

const listeners = new WeakMap<Server, RequestSeen[]>()
let subscribed = false

/**
 * Calls `listener` as node makes the response for each request `server` takes, before any event
 * (`request`, `checkExpectation`, `dropRequest`), on the `http.server.request.start` diagnostics
 * channel (node's docs, "Built-in channels"). Node marks its built-in channels experimental:
 * should this one go, `listener` is never called.
 */
export function onRequestStart(server: Server, listener: RequestSeen): void {
  const wired = listeners.get(server)
  if (wired) wired.push(listener)
  else listeners.set(server, [listener])
  if (subscribed) return
  subscribed = true
  subscribe('http.server.request.start', (message) => {
    const started = message as { request: IncomingMessage; response: ServerResponse; server: Server }
    for (const seeing of listeners.get(started.server) ?? []) seeing(started.request, started.response)
  })
}

/**
 * Calls `listener` once for each request `server` takes, its own answers among them. Node answers
 * some requests without a `request` event: an `Expect` other than `100-continue` (its bare 417, or
 * `answerClientErrors`' once the body is drained, through `checkExpectation`) and one pipelined
 * past `maxRequestsPerSocket` (503). A `checkExpectation` listener would take node's 417 over, so
 * each request is seen as node makes its response (`onRequestStart`); should that channel go,
 * `request` events are still seen, as before.
 */
export function onEveryRequest(server: Server, listener: RequestSeen): void {
  const seen = new WeakSet<ServerResponse>()
  const once: RequestSeen = (request, response) => {
    if (seen.has(response)) return
    seen.add(response)
    listener(request, response)
  }
  onRequestStart(server, once)
  server.on('request', once)
}
