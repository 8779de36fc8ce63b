import type { ServerRequest } from '@briq-interactive/core/server'
import type { MockRuntime } from '../runtime.ts'
import type { MockReply } from './responses.ts'

/** What a route handler gets. */
export interface RouteContext {
  /** The incoming request: a Web `Request`, or the node server's lighter `ServerRequest`. */
  request: ServerRequest
  /** Its parsed URL. */
  url: URL
  /** Path parameters (`:message_id` → `params.message_id`). */
  params: Record<string, string>
  /** The request id echoed in the envelope and `X-Request-ID`. */
  requestId: string
  /** The mock's state. */
  runtime: MockRuntime
  /** The request's scenario closes every window (`window-closed`). */
  windowsClosed: boolean
  /** Reads the JSON object body (415/413/422 on bad input); `optional` allows an empty body. */
  body(options?: { optional?: boolean }): Promise<Record<string, unknown>>
}

/** Answers a request; throw an `ApiError` to answer with an error. */
export type RouteHandler = (context: RouteContext) => MockReply | Promise<MockReply>

/** One endpoint. */
export interface RouteDefinition {
  /** HTTP method. */
  method: 'GET' | 'POST'
  /** Briq path with `:param` segments, e.g. `/v1/whatsapp/messages/:message_id`. */
  path: string
  /** `api` routes need a key and take faults; `control` routes (`/__mock/*`) need neither. */
  kind: 'api' | 'control'
  /** Send endpoints: global faults with `scope: "sends"` hit only these. */
  isSend?: boolean
  /** Answers the request; throw an `ApiError` to answer with an error. */
  handle: RouteHandler
}
