/**
 * Helpers for the kit's own servers (the proxy and the mock's HTTP server). Web-standard only,
 * so they run in Node, edge runtimes and workers alike; browser code has no use for them.
 * @module
 */

export { configObjectProblem } from './config-problem.ts'
export { BRIQ_PROXY_VIA, CLIENT_READ_HEADERS } from './contract/client-read-headers.ts'
export { nearestName } from './nearest-name.ts'
export { quoted } from './quoted.ts'
export { bytesResponse, responseBytes } from './server/bytes-response.ts'
export { CONFIGURED_ORIGIN_WORDS, configuredOrigin } from './server/configured-origin.ts'
export { decimalSetting, portSetting } from './server/decimal-setting.ts'
export { isEchoableRequestId } from './server/echoable-request-id.ts'
export { invalidIdError } from './server/invalid-id.ts'
export { contentTypeError, UNSUPPORTED_MEDIA_TYPE_HEADERS } from './server/json-content-type.ts'
export {
  BODY_FIELD,
  bodyTooLargeError,
  bodyValidationError,
  emptyBodyError,
  type JsonObjectBody,
  MAX_BODY_CONTAINERS,
  MAX_BODY_DEPTH,
  parseJsonObjectBody,
} from './server/json-object-body.ts'
export { isLoopbackBind, isLoopbackHostname, isLoopbackName, isLoopbackOrigin } from './server/loopback.ts'
export {
  decodedParam,
  type MatchRouteOptions,
  matchRoute,
  normalisedPath,
  type RouteMatch,
  type RouteShape,
  withoutTrailingSlashes,
} from './server/match-route.ts'
export { methodNotAllowedError, methodNotSupportedError } from './server/method-not-allowed.ts'
export { type BodyReadResult, readBodyWithLimit } from './server/read-body-with-limit.ts'
export {
  BadRequestTargetError,
  isHostName,
  originFromHost,
  requestHostName,
  requestUrl,
  targetPath,
} from './server/request-url.ts'
export { parsedUrl, type ServerRequest } from './server/server-request.ts'
export { type ReadingEnv, readingEnv } from './server/unread-settings.ts'
