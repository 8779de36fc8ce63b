import {
  BRIQ_API_ORIGIN,
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  carouselQuickReplyLimit,
  LIMITS,
} from '@briq-interactive/core'
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_REQUESTS_PER_SOCKET,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
} from '@briq-interactive/core/node'
import { MIN_SECRET_LENGTH } from '../redact-secret.ts'
import { DEFAULT_PORT, DEFAULT_SHUTDOWN_GRACE_MS } from './server-config.ts'

const quickReplies = carouselQuickReplyLimit().max
const otherQuickReplies = CAROUSEL_QUICK_REPLY_MAX_READINGS.filter((reading) => reading !== quickReplies).join(' or ')

/** `briq-proxy --help`: the environment variables `readServerConfig` reads, as the README's table. */
export const PROXY_USAGE = `Usage: briq-proxy

Forwards the Briq routes the kit uses under /api/briq, adding your Briq key on the way out.
Configured by environment variables only:

  BRIQ_API_KEY                   your Briq key (required)
  PROXY_TOKEN                    callers send Authorization: Bearer <it> (required unless
                                 PROXY_ALLOW_ANONYMOUS=1; at least ${MIN_SECRET_LENGTH} characters unless HOST
                                 is loopback)
  PROXY_ALLOW_ANONYMOUS          1: no token (prototyping on your own machine only: HOST must
                                 stay loopback)
  BRIQ_UPSTREAM                  Briq's base URL (default ${BRIQ_API_ORIGIN};
                                 http://localhost:4010 for briq-mock)
  PROXY_ALLOW_INSECURE_UPSTREAM  1: allow a plain-http BRIQ_UPSTREAM on another machine
  PROXY_ALLOWED_ORIGINS          comma-separated browser origins allowed to call it
  PROXY_STATIC_DIR               a folder to serve under / (a built playground)
  TRUST_PROXY                    1: behind your own reverse proxy, a page's address comes from
                                 its X-Forwarded-Proto and X-Forwarded-Host
  PROXY_EXTENDED_LIST_BODY       1: list bodies up to ${LIMITS.body.listTextExtended.max} characters instead of ${LIMITS.body.text.max}
  PROXY_ALLOW_FLOW_MEDIA_HEADER  1: image/video/document headers on flow messages
  PROXY_CAROUSEL_QUICK_REPLIES   ${quickReplies} (default) or ${otherQuickReplies}: quick replies per carousel card before a warning
  PROXY_HEADERS_TIMEOUT_MS       time a client has to send a request's headers, then 408
                                 (default ${DEFAULT_HEADERS_TIMEOUT_MS})
  PROXY_REQUEST_TIMEOUT_MS       time a client has to send a whole request, then 408
                                 (default ${DEFAULT_REQUEST_TIMEOUT_MS})
  PROXY_WRITE_TIMEOUT_MS         time a client may take none of an answer, then the connection
                                 closes (default ${DEFAULT_WRITE_TIMEOUT_MS})
  PROXY_KEEP_ALIVE_TIMEOUT_MS    how long an idle connection stays open for a next request;
                                 above a load balancer's idle timeout (default ${DEFAULT_KEEP_ALIVE_TIMEOUT_MS})
  PROXY_MAX_CONNECTIONS          connections held at once; past it a new one is refused and
                                 those with no request in flight closed (default ${DEFAULT_MAX_CONNECTIONS})
  PROXY_MAX_REQUESTS_PER_SOCKET  requests one kept-alive connection carries (default ${DEFAULT_MAX_REQUESTS_PER_SOCKET})
  PROXY_SHUTDOWN_GRACE_MS        after SIGTERM, how long requests in flight have to be answered;
                                 under your orchestrator's stop timeout (default ${DEFAULT_SHUTDOWN_GRACE_MS})
  PORT                           port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  HOST                           interface (default 127.0.0.1; 0.0.0.0 in a container)`

/** What the bin's command line asks for: the usage, to serve, or an argument it does not take. */
export type ProxyCommand = { kind: 'help' } | { kind: 'serve' } | { kind: 'error'; message: string }

/**
 * Reads the bin's arguments. It takes none but `--help`: a flag copied from `briq-mock`
 * (`--port 9000`) is refused rather than ignored, as the environment alone configures it.
 */
export function readProxyArguments(args: readonly string[]): ProxyCommand {
  if (args.length === 0) return { kind: 'serve' }
  const first = args[0]!
  if (first === '--help' || first === '-h') return { kind: 'help' }
  // Never quoted whole: a guess such as `--api-key=<key>` or `BRIQ_API_KEY=<key>` after the
  // command carries the key, and this line ends up in a terminal or a CI log.
  const assignment = /^([A-Z][A-Z0-9_]*)=/.exec(first)
  if (assignment) {
    const name = assignment[1]
    return {
      kind: 'error',
      message: `${name}=… is an environment variable given as an argument: set it before the command (${name}=… briq-proxy). briq-proxy takes no arguments (briq-proxy --help)`,
    }
  }
  const flag = /^-{1,2}[\w-]+/.exec(first)
  const named = flag ? `"${flag[0]}"` : '(not quoted, in case it is a secret)'
  return {
    kind: 'error',
    message: `unknown argument ${named}: briq-proxy is configured by environment variables only (briq-proxy --help)`,
  }
}
