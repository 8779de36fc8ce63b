import type { ServerResponse } from 'node:http'
import {
  PROXY_BAD_REQUEST,
  PROXY_BODY_ALREADY_READ,
  PROXY_ERROR,
  PROXY_METHOD_NOT_ALLOWED,
} from '@briq-interactive/core'
import { BodyAlreadyReadError, ForbiddenMethodError } from '@briq-interactive/core/node'
import { BadRequestTargetError, methodNotSupportedError, requestHostName } from '@briq-interactive/core/server'
import { PROXIED_METHODS } from '../route-allow-list.ts'
import { failBeforeHeaders } from './fail-before-headers.ts'

/**
 * Answers a request the Node adapter could not make a request of for the handler: a body a
 * parser already read (500 `PROXY_BODY_ALREADY_READ`), a method fetch forbids (405), an
 * unparsable target or `Host` (400).
 */
export function refuseBeforeHandler(error: unknown, res: ServerResponse, cors: Record<string, string>): void {
  if (error instanceof BodyAlreadyReadError) failBeforeHeaders(res, 500, PROXY_BODY_ALREADY_READ, error.message, cors)
  else if (error instanceof ForbiddenMethodError) {
    const { message } = methodNotSupportedError(error.method, PROXIED_METHODS)
    failBeforeHeaders(res, 405, PROXY_METHOD_NOT_ALLOWED, message, { ...cors, allow: PROXIED_METHODS.join(', ') })
  } else {
    // Core's own sentences ("The Host header is not a host name."); they never quote the request.
    const message = error instanceof BadRequestTargetError ? error.message : 'The request could not be read.'
    failBeforeHeaders(res, 400, PROXY_BAD_REQUEST, message, cors)
  }
}

/** The handler, or node writing its reply, failed: the client learns only that the proxy did. */
export const proxyFailed = (res: ServerResponse, cors: Record<string, string> = {}) =>
  failBeforeHeaders(res, 500, PROXY_ERROR, 'The proxy failed to handle this request.', cors)

/**
 * The 403's sentence for a `Host` a request on loopback is not answered for: what is answered,
 * and the option that serves this host, with the host's own name in it, so whoever runs the
 * server can copy it.
 */
export function hostRefusal(host: string | undefined): string {
  const name = requestHostName(host)
  return (
    `Host ${JSON.stringify(name)} is not answered on this machine's loopback address: a request arriving there is answered only ` +
    "for localhost host names, IP addresses, the host names of the proxy's allowedOrigins and those in toNodeHandler's " +
    `allowedHosts (DNS rebinding protection). To serve this host, list it: toNodeHandler(handler, { allowedHosts: [${JSON.stringify(name)}] }).`
  )
}
