import {
  BRIQ_API_ORIGIN,
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  carouselQuickReplyLimit,
  isTimeoutMs,
  readCarouselQuickReplyMax,
  TIMEOUT_MS_WORDS,
  VALIDATE_OPTION_FLAGS,
  type ValidateOptions,
} from '@briq-interactive/core'
import {
  CONNECTION_LIMIT_WORDS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_REQUESTS_PER_SOCKET,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
  isConnectionLimit,
  KEEP_ALIVE_TIMEOUT_MS,
} from '@briq-interactive/core/node'
import {
  CONFIGURED_ORIGIN_WORDS,
  configuredOrigin,
  decimalSetting,
  isLoopbackBind,
  portSetting,
} from '@briq-interactive/core/server'
import { cleartextUpstreamProblem } from '../cleartext-upstream.ts'
import { readTrustProxy } from '../node/trust-proxy-setting.ts'
import { MIN_SECRET_LENGTH, WRAPPED_IN_QUOTES } from '../redact-secret.ts'

/** The runnable server's settings, read from the environment. */
export interface ServerConfig {
  /** Port to listen on (`PORT`, default `DEFAULT_PORT`; 0 picks a free one). */
  port: number
  /** Host to bind; `127.0.0.1` unless `HOST` says otherwise. */
  host: string
  /** `BRIQ_API_KEY`. */
  apiKey: string
  /** `BRIQ_UPSTREAM`, default Briq production. */
  upstream: string
  /** The bearer token callers must send, or null when anonymous use was explicitly allowed. */
  token: string | null
  /** `PROXY_ALLOWED_ORIGINS`, or undefined for same-origin only. */
  allowedOrigins: string[] | undefined
  /** A built playground to serve under `/`, or null. */
  staticDir: string | null
  /**
   * The send check's switches for the rules Meta's sources disagree on (`PROXY_EXTENDED_LIST_BODY`,
   * `PROXY_ALLOW_FLOW_MEDIA_HEADER`, `PROXY_CAROUSEL_QUICK_REPLIES`), the same as the mock's flags.
   */
  validation: ValidateOptions
  /**
   * `TRUST_PROXY=1`: the request's address (and so the same-origin check) comes from
   * `X-Forwarded-Proto`/`X-Forwarded-Host`, set by a reverse proxy of yours in front.
   */
  trustProxy: boolean
  /** `PROXY_ALLOW_INSECURE_UPSTREAM=1`: a plain-http `BRIQ_UPSTREAM` on another machine is allowed. */
  allowInsecureUpstream: boolean
  /** `PROXY_HEADERS_TIMEOUT_MS`: time a client has to send a request's headers, then 408. */
  headersTimeoutMs: number
  /** `PROXY_REQUEST_TIMEOUT_MS`: time a client has to send a whole request, then 408. */
  requestTimeoutMs: number
  /** `PROXY_WRITE_TIMEOUT_MS`: time a client may take none of an answer, then the connection closes. */
  writeTimeoutMs: number
  /** `PROXY_KEEP_ALIVE_TIMEOUT_MS`: how long an idle kept-alive connection stays open for a next request. */
  keepAliveTimeoutMs: number
  /** `PROXY_MAX_CONNECTIONS`: connections held at once; past it a new one is refused and idle ones closed. */
  maxConnections: number
  /** `PROXY_MAX_REQUESTS_PER_SOCKET`: requests one kept-alive connection carries. */
  maxRequestsPerSocket: number
  /**
   * `PROXY_SHUTDOWN_GRACE_MS`: after SIGTERM, how long requests in flight have to be answered
   * before the rest are told what became of them and cut.
   */
  shutdownGraceMs: number
}

/**
 * How long after SIGTERM the requests in flight have to be answered, unless
 * `PROXY_SHUTDOWN_GRACE_MS` says otherwise: with the half second the last answers take, within
 * Docker's 10 s between `docker stop`'s SIGTERM and its SIGKILL (Kubernetes gives 30 s).
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 8000

/** The range `PROXY_SHUTDOWN_GRACE_MS` takes: up to an hour. */
export const SHUTDOWN_GRACE_MS = { min: 0, max: 3_600_000 } as const

/** Where the API is mounted on the runnable server. */
export const API_BASE_PATH = '/api/briq'

/** The port the runnable server listens on when `PORT` is unset. */
export const DEFAULT_PORT = 8787

type Read<T> = { ok: true; value: T } | { ok: false; error: string }

/** An on/off variable: unset, blank or `0` is off, `1` is on; anything else is refused, not guessed. */
function readSwitch(env: Record<string, string | undefined>, name: string): Read<boolean> {
  const raw = env[name]?.trim() ?? ''
  if (raw === '' || raw === '0') return { ok: true, value: false }
  if (raw === '1') return { ok: true, value: true }
  return { ok: false, error: `${name} must be 1 (on) or 0 (off); got "${raw}".` }
}

/**
 * A decimal number that `fits`, or `fallback` when unset or blank; refused in `words`. The
 * deadlines, the keep-alive idle time and the connection limits are read alike, only their range differs.
 */
function readDecimal(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  fits: (value: number) => boolean,
  words: string,
): Read<number> {
  const raw = env[name]?.trim() ?? ''
  if (raw === '') return { ok: true, value: fallback }
  const value = decimalSetting(raw)
  if (!fits(value)) return { ok: false, error: `${name} must be ${words}; got "${raw}".` }
  return { ok: true, value }
}

/** A deadline in whole milliseconds, or the default when unset or blank. */
const readTimeout = (env: Record<string, string | undefined>, name: string, fallback: number): Read<number> =>
  readDecimal(env, name, fallback, isTimeoutMs, TIMEOUT_MS_WORDS)

/** `PROXY_KEEP_ALIVE_TIMEOUT_MS`: milliseconds within `KEEP_ALIVE_TIMEOUT_MS`, or node's 5 s when unset or blank. */
function readKeepAlive(env: Record<string, string | undefined>): Read<number> {
  const { min, max } = KEEP_ALIVE_TIMEOUT_MS
  const words = `a whole number of milliseconds from ${min} to ${max}`
  const fits = (value: number) => value >= min && value <= max
  return readDecimal(env, 'PROXY_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_KEEP_ALIVE_TIMEOUT_MS, fits, words)
}

/** `PROXY_SHUTDOWN_GRACE_MS`: milliseconds within `SHUTDOWN_GRACE_MS`, or the default when unset or blank. */
function readShutdownGrace(env: Record<string, string | undefined>): Read<number> {
  const { min, max } = SHUTDOWN_GRACE_MS
  const words = `a whole number of milliseconds from ${min} to ${max}`
  const fits = (value: number) => Number.isInteger(value) && value >= min && value <= max
  return readDecimal(env, 'PROXY_SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS, fits, words)
}

/** A connection limit, or `fallback` when unset or blank. */
const readConnectionLimit = (env: Record<string, string | undefined>, name: string, fallback: number): Read<number> =>
  readDecimal(env, name, fallback, isConnectionLimit, CONNECTION_LIMIT_WORDS)

// A switch's variable: the mock's flag name upper-cased after PROXY_ (PROXY_EXTENDED_LIST_BODY).
const variableOf = (option: keyof ValidateOptions): string =>
  `PROXY_${VALIDATE_OPTION_FLAGS[option].toUpperCase().replaceAll('-', '_')}`

/** The validation switches, so a proxy in front of `briq-mock --extended-list-body` passes what the mock takes. */
function readValidation(env: Record<string, string | undefined>): Read<ValidateOptions> {
  const validation: ValidateOptions = {}
  const extended = readSwitch(env, variableOf('extendedListBody'))
  if (!extended.ok) return extended
  if (extended.value) validation.extendedListBody = true
  const flowMedia = readSwitch(env, variableOf('allowFlowMediaHeader'))
  if (!flowMedia.ok) return flowMedia
  if (flowMedia.value) validation.allowFlowMediaHeader = true
  const name = variableOf('carouselQuickReplyMax')
  const quickReplies = env[name]?.trim() ?? ''
  const max = readCarouselQuickReplyMax(quickReplies)
  // Only a reading other than the default is a switch (the start-up line names the switches on).
  if (max !== undefined && max !== carouselQuickReplyLimit().max) validation.carouselQuickReplyMax = max
  else if (quickReplies !== '' && max === undefined) {
    return {
      ok: false,
      error: `${name} must be ${CAROUSEL_QUICK_REPLY_MAX_READINGS.join(' or ')}; got "${quickReplies}".`,
    }
  }
  return { ok: true, value: validation }
}

/** Reads and checks the environment; the error says exactly what to set. */
export function readServerConfig(
  env: Record<string, string | undefined>,
): { ok: true; config: ServerConfig } | { ok: false; error: string } {
  const apiKey = env.BRIQ_API_KEY?.trim() ?? ''
  if (apiKey === '') {
    return {
      ok: false,
      error:
        'BRIQ_API_KEY is not set. Start with BRIQ_API_KEY=<your Briq key> (use mock-api-key with BRIQ_UPSTREAM=http://localhost:4010 for the mock).',
    }
  }
  // Refused before any other variable is read: the bin's redaction looks for the key as set,
  // quotes and all, and a later error quoting the bare key (a PORT or HOST holding it) would print it.
  if (WRAPPED_IN_QUOTES.test(apiKey)) {
    return {
      ok: false,
      error:
        "BRIQ_API_KEY is wrapped in quotes, which no Briq key holds: the env file's loader kept them (docker run --env-file does). Set it without them.",
    }
  }
  // The token too: a page built from the same env file (Vite reads it without its quotes) sends it bare.
  if (WRAPPED_IN_QUOTES.test(env.PROXY_TOKEN?.trim() ?? '')) {
    return {
      ok: false,
      error:
        "PROXY_TOKEN is wrapped in quotes, which callers would have to send too: the env file's loader kept them (docker run --env-file does). Set it without them.",
    }
  }
  // Blank (an env file's `PORT=`, or spaces) is unset, as every other variable here.
  const portText = env.PORT?.trim() ?? ''
  const port = portText === '' ? DEFAULT_PORT : portSetting(portText)
  if (Number.isNaN(port)) {
    return { ok: false, error: `PORT must be a port number (0–65535); got "${env.PORT}".` }
  }
  const token = env.PROXY_TOKEN?.trim() ?? ''
  const anonymous = readSwitch(env, 'PROXY_ALLOW_ANONYMOUS')
  if (!anonymous.ok) return anonymous
  if (token === '' && !anonymous.value) {
    return {
      ok: false,
      error:
        'PROXY_TOKEN is not set. Without it anyone who can reach this server could send WhatsApp messages on your account. ' +
        'Set PROXY_TOKEN=<a long random secret> (callers send Authorization: Bearer <it>), or PROXY_ALLOW_ANONYMOUS=1 for local prototyping only.',
    }
  }
  const host = env.HOST?.trim() || '127.0.0.1'
  if (token === '' && !isLoopbackBind(host)) {
    return {
      ok: false,
      error:
        `PROXY_ALLOW_ANONYMOUS=1 lets anyone who reaches the proxy send WhatsApp messages on your account, and HOST=${host} is reached from other machines. ` +
        'Set PROXY_TOKEN, or keep HOST on loopback (the default 127.0.0.1) while prototyping.',
    }
  }
  // A token too short to be a secret ("t", "test") lets anyone who tries it send, as anonymous
  // use would; the shortest secret the proxy takes is the bar. Not quoted: it is a secret all the same.
  const length = [...token].length
  if (token !== '' && length < MIN_SECRET_LENGTH && !isLoopbackBind(host)) {
    return {
      ok: false,
      error:
        `PROXY_TOKEN is ${length} character${length === 1 ? '' : 's'} long, and HOST=${host} is reached from other machines: ` +
        'anyone who guesses a token that short could send WhatsApp messages on your account. ' +
        `Set PROXY_TOKEN to a long random secret (at least ${MIN_SECRET_LENGTH} characters; openssl rand -hex 32 makes one), ` +
        'or keep HOST on loopback (the default 127.0.0.1) while prototyping.',
    }
  }
  const validation = readValidation(env)
  if (!validation.ok) return validation
  const upstream = env.BRIQ_UPSTREAM?.trim() || BRIQ_API_ORIGIN
  const allowInsecure = readSwitch(env, 'PROXY_ALLOW_INSECURE_UPSTREAM')
  if (!allowInsecure.ok) return allowInsecure
  // createBriqProxy checks this too, but would name its option, not the variable to set.
  const cleartext = allowInsecure.value
    ? null
    : cleartextUpstreamProblem(upstream, { upstream: 'BRIQ_UPSTREAM', allow: 'set PROXY_ALLOW_INSECURE_UPSTREAM=1' })
  if (cleartext !== null) return { ok: false, error: cleartext }
  const headersTimeout = readTimeout(env, 'PROXY_HEADERS_TIMEOUT_MS', DEFAULT_HEADERS_TIMEOUT_MS)
  if (!headersTimeout.ok) return headersTimeout
  const requestTimeout = readTimeout(env, 'PROXY_REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS)
  if (!requestTimeout.ok) return requestTimeout
  const writeTimeout = readTimeout(env, 'PROXY_WRITE_TIMEOUT_MS', DEFAULT_WRITE_TIMEOUT_MS)
  if (!writeTimeout.ok) return writeTimeout
  const keepAlive = readKeepAlive(env)
  if (!keepAlive.ok) return keepAlive
  const maxConnections = readConnectionLimit(env, 'PROXY_MAX_CONNECTIONS', DEFAULT_MAX_CONNECTIONS)
  if (!maxConnections.ok) return maxConnections
  const maxRequests = readConnectionLimit(env, 'PROXY_MAX_REQUESTS_PER_SOCKET', DEFAULT_MAX_REQUESTS_PER_SOCKET)
  if (!maxRequests.ok) return maxRequests
  const shutdownGrace = readShutdownGrace(env)
  if (!shutdownGrace.ok) return shutdownGrace
  const trusted = readTrustProxy(env)
  if (!trusted.ok) return trusted
  const origins = env.PROXY_ALLOWED_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
  // Said here, naming the variable and its separator (a space or `;` between two origins is the
  // usual slip), rather than by createBriqProxy as its allowedOrigins option.
  const notOrigin = origins?.find((origin) => configuredOrigin(origin) === undefined)
  if (notOrigin !== undefined) {
    return {
      ok: false,
      error: `PROXY_ALLOWED_ORIGINS must be origins like https://admin.example.com (${CONFIGURED_ORIGIN_WORDS}), separated by commas; got "${notOrigin}".`,
    }
  }
  return {
    ok: true,
    config: {
      port,
      host,
      apiKey,
      upstream,
      token: token === '' ? null : token,
      allowedOrigins: origins && origins.length > 0 ? origins : undefined,
      staticDir: env.PROXY_STATIC_DIR?.trim() || null,
      validation: validation.value,
      trustProxy: trusted.trustProxy,
      allowInsecureUpstream: allowInsecure.value,
      headersTimeoutMs: headersTimeout.value,
      requestTimeoutMs: requestTimeout.value,
      writeTimeoutMs: writeTimeout.value,
      keepAliveTimeoutMs: keepAlive.value,
      maxConnections: maxConnections.value,
      maxRequestsPerSocket: maxRequests.value,
      shutdownGraceMs: shutdownGrace.value,
    },
  }
}
