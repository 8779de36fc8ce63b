import type { IncomingMessage, ServerResponse } from 'node:http'
import { briqErrorEnvelope } from '@briq-interactive/core'
import {
  BodyAlreadyReadError,
  type NodeRequestOptions,
  settleRequestBody,
  toWebRequest,
  type WebRequestOf,
  writeResponse,
} from '@briq-interactive/core/node'

/** A node:http / Express style handler. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

function failBeforeHeaders(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const requestId = crypto.randomUUID()
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-request-id': requestId,
  })
  res.end(JSON.stringify(briqErrorEnvelope([{ code, message, field: null }], requestId)))
}

/**
 * Adapts a Web-standard handler (such as `createBriqProxy`'s) to node:http and Express:
 * the request body streams into a Web `Request`, the `Response` streams back, and the
 * request's signal aborts when the client disconnects. Mount it before any body parser: a
 * request whose body a parser (`express.json()`) already read is refused with 500
 * `BODY_ALREADY_READ`, since the proxy could neither cap nor forward the bytes the client sent.
 *
 * A body the handler has not read to the end when its `Response` arrives (a refusal) is
 * drained if at most 1 MiB remains, else the answer carries `Connection: close`, so it never
 * lingers on a keep-alive connection; a handler that streams the request body into its
 * response must therefore read it before returning.
 *
 * @example
 * http.createServer(toNodeHandler(createBriqProxy({ apiKey, authorize }))).listen(8787)
 */
export function toNodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
  options: NodeRequestOptions = {},
): NodeHandler {
  return (req, res) => {
    const disconnect = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) disconnect.abort()
    })
    let converted: WebRequestOf
    try {
      converted = toWebRequest(req, disconnect, options)
    } catch (error) {
      // A parser mounted first is the server's mistake, worth saying plainly; an unparsable Host
      // or a method fetch forbids (TRACE, TRACK) is the client's. Neither reaches the handler.
      void settleRequestBody(req, res, 0).then(() =>
        error instanceof BodyAlreadyReadError
          ? failBeforeHeaders(res, 500, 'BODY_ALREADY_READ', error.message)
          : failBeforeHeaders(res, 400, 'BAD_REQUEST', 'The request could not be read (bad Host header or method).'),
      )
      return
    }
    Promise.resolve()
      .then(() => handler(converted.request))
      .then(async (response) => {
        await settleRequestBody(req, res, converted.bodyBytesRead())
        return writeResponse(response, res)
      })
      .catch(async () => {
        await settleRequestBody(req, res, converted.bodyBytesRead())
        failBeforeHeaders(res, 500, 'PROXY_ERROR', 'The proxy failed to handle this request.')
      })
  }
}
