import type { Server } from 'node:http'
import { connectionLimits, limitConnections, type ServerConnectionLimits } from './connection-limits.ts'
import { continueOnRead } from './continue-on-read.ts'
import { boundStalledAnswers, type ServerTimeouts, serverTimeoutOptions } from './server-timeouts.ts'

type Deadlines = ReturnType<typeof serverTimeoutOptions>

/** What `boundServer` bounds: the request deadlines and the connections held. */
export type ServerBounds = ServerTimeouts & ServerConnectionLimits

/**
 * Puts the kit's bounds on a node:http server created with `serverTimeoutOptions(timeouts)`:
 * the request deadlines it was created with are checked, then a client that stops taking an
 * answer is closed after `writeTimeoutMs` (`boundStalledAnswers`), `100 Continue` goes out
 * only once something reads the body (`continueOnRead`), and the connections held and the
 * requests each carries are capped (`limitConnections`: `maxConnections`, default 1024,
 * `maxRequestsPerSocket`, default 1000). The one call a host makes after creating its server, so
 * none is missed. Throws a `TypeError`, wiring nothing, when the server's deadlines are not those
 * of `serverTimeoutOptions(timeouts)` (created without them, or with other timeouts than the
 * ones given here), or for a timeout or limit `serverTimeoutOptions` or `connectionLimits` refuses.
 *
 * @example
 * const timeouts = { requestTimeoutMs: 10_000 }
 * const server = createServer(serverTimeoutOptions(timeouts), handler)
 * boundServer(server, { ...timeouts, maxConnections: 4096 })
 */
export function boundServer(server: Server, timeouts: ServerBounds = {}): void {
  const expected = serverTimeoutOptions(timeouts)
  connectionLimits(timeouts)
  // node has no typing for the interval, though every server holds it (node:http's docs, createServer).
  const actual = server as Server & Pick<Deadlines, 'connectionsCheckingInterval'>
  const differing = (Object.keys(expected) as (keyof Deadlines)[]).filter((name) => actual[name] !== expected[name])
  if (differing.length > 0) {
    const found = differing.map((name) => `${name} ${actual[name]}, expected ${expected[name]}`).join('; ')
    throw new TypeError(
      `The server's deadlines are not serverTimeoutOptions(timeouts)'s (${found}): create it with ` +
        'createServer(serverTimeoutOptions(timeouts), handler) and give boundServer the same timeouts.',
    )
  }
  boundStalledAnswers(server, timeouts)
  continueOnRead(server)
  limitConnections(server, timeouts)
}
