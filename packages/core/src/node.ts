/**
 * Node-only helpers for the kit's own node:http servers (the proxy's `toNodeHandler`, the
 * `briq-mock` server): one adapter from `IncomingMessage` to a Web `Request` and back, with the
 * body streamed under the handler's byte cap and the connection kept usable after a refusal.
 * Imports `node:http` types; never import it from browser or edge code (use `./server` there).
 * @module
 */

export {
  answerClientErrors,
  type ClientErrorCodes,
  type ClientErrorOptions,
  type ClientErrorRefusal,
} from './node/answer-client-errors.ts'
export { boundServer, type ServerBounds } from './node/bound-server.ts'
export {
  CONNECTION_LIMIT_WORDS,
  connectionLimits,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_REQUESTS_PER_SOCKET,
  droppedConnectionsNotice,
  isConnectionLimit,
  limitConnections,
  type ServerConnectionLimits,
} from './node/connection-limits.ts'
export { continueOnRead } from './node/continue-on-read.ts'
export { type CloseGracefully, gracefulClose, type LastWord } from './node/graceful-close.ts'
export { inTurnPerConnection } from './node/in-turn-per-connection.ts'
export { LINGER_MS, lingers } from './node/linger-after-answer.ts'
export { createLoopbackConnectionGuard, createLoopbackHostGuard } from './node/loopback-host-guard.ts'
export {
  BodyAlreadyReadError,
  ForbiddenMethodError,
  missingHostError,
  type NodeRequestOptions,
  type ServerRequestOf,
  toServerRequest,
  toWebRequest,
  type WebRequestOf,
} from './node/node-request.ts'
export { refuseConnect } from './node/refuse-connect.ts'
export {
  boundStalledAnswers,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  type ServerTimeouts,
  serverTimeoutOptions,
} from './node/server-timeouts.ts'
export { settleRequestBody } from './node/settle-request-body.ts'
export { type StopOnSignalsOptions, stopOnSignals } from './node/stop-on-signals.ts'
export { writeResponse } from './node/write-response.ts'
export { MAX_DRAIN_BYTES } from './server/read-body-with-limit.ts'
