/**
 * Helpers for the kit's own servers (the proxy and the mock's HTTP server). Web-standard only,
 * so they run in Node, edge runtimes and workers alike; browser code has no use for them.
 * @module
 */
export { BadRequestTargetError, originFromHost, requestUrl, targetPath } from './server/request-url.ts'
