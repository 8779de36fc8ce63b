import {
  BRIQ_API_ORIGIN,
  COUNT_OPTION_WORDS,
  fetchOptionProblem,
  isCountOption,
  isTimeoutMs,
  TIMEOUT_MS_WORDS,
  type ValidateOptions,
  validationOptionsProblem,
} from '@briq-interactive/core'
import {
  CONFIGURED_ORIGIN_WORDS,
  configObjectProblem,
  configuredOrigin,
  nearestName,
} from '@briq-interactive/core/server'
import { bearerTokenOf } from './bearer-token-authorize.ts'
import { cleartextUpstreamProblem, shownUpstream } from './cleartext-upstream.ts'
import type { BriqProxyAuthorize, BriqProxyLogEvent, BriqProxyOptions } from './proxy-options.ts'
import { MIN_SECRET_LENGTH, PRINTABLE_ASCII, redactApiKey, WRAPPED_IN_QUOTES } from './redact-secret.ts'
import { type SecretRunRedactor, secretRunRedactor } from './secret-fragments.ts'
import { transportOf, type UpstreamTransport } from './upstream/upstream-transport.ts'

/** `BriqProxyOptions` checked and with defaults applied. */
export interface ResolvedProxyOptions {
  /** The Briq key, checked printable ASCII without spaces, at least `MIN_SECRET_LENGTH` characters. */
  apiKey: string
  /** Upstream base URL without a trailing slash. */
  upstream: string
  /** `''` or a path starting with `/` and without a trailing slash. */
  basePath: string
  /** The caller's check, or undefined when anonymous use was explicitly allowed. */
  authorize: BriqProxyAuthorize | undefined
  /** Normalised origins, or `undefined` for "same origin as the request". */
  allowedOrigins: ReadonlySet<string> | undefined
  /** The send check's options. */
  validation: ValidateOptions
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number
  /** Largest answer from Briq passed on, in bytes. */
  maxResponseBytes: number
  /** Deadline for the whole upstream answer, in ms. */
  timeoutMs: number
  /** How Briq is reached: through `fetch`, or the leaner route registered for it. */
  transport: UpstreamTransport
  /** Takes runs of the key's characters out of Briq's refusals of the key (see `forwardToUpstream`). */
  keyRuns: SecretRunRedactor
  /** The log sink, if any. */
  log: ((event: BriqProxyLogEvent) => void) | undefined
  /** Once aborted, nothing more is forwarded (`stopSignal`). */
  stopSignal: AbortSignal | undefined
}

const fail = (reason: string): never => {
  throw new TypeError(`createBriqProxy: ${reason}`)
}

// Blank is unset, as for the bin's BRIQ_UPSTREAM and requireEnv: the examples pass
// process.env.BRIQ_UPSTREAM, which an env file's `BRIQ_UPSTREAM=` leaves empty.
function resolveUpstream(value: string | undefined, allowInsecure: boolean): string {
  const raw = typeof value === 'string' && value.trim() === '' ? BRIQ_API_ORIGIN : (value ?? BRIQ_API_ORIGIN)
  // Never quoted whole: the key pasted into the wrong setting (or the two swapped in an env file)
  // would be printed where the proxy starts, in a terminal or a CI log.
  const notOne = `upstream must be an absolute http(s) URL such as ${BRIQ_API_ORIGIN}; got a value that is not one (not quoted, in case it is a secret set in the wrong place).`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail(notOne)
  }
  if (url.host === '') fail(notOne)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(`upstream must use http or https; got "${url.protocol}//${url.host}".`)
  }
  if (url.username || url.password) {
    fail(
      `upstream must not carry a user name or password (not quoted); got them in "${shownUpstream(url)}". The proxy sends Briq only the X-API-Key header.`,
    )
  }
  if (url.search || url.hash)
    fail(`upstream must not carry a query or fragment (not quoted); got one after "${shownUpstream(url)}".`)
  const cleartext = allowInsecure
    ? null
    : cleartextUpstreamProblem(raw, { upstream: 'upstream', allow: 'pass allowInsecureUpstream: true' })
  if (cleartext !== null) fail(cleartext)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function resolveBasePath(value: string | undefined): string {
  const raw = (value ?? '').replace(/\/+$/, '')
  if (raw === '') return ''
  if (!raw.startsWith('/') || /[?#%\\]|\/\/|\/\.\.?(\/|$)/.test(raw)) {
    fail(`basePath must be a plain path such as "/api/briq"; got "${value}".`)
  }
  return raw
}

function resolveOrigins(value: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value))
    return fail('allowedOrigins must be an array of origins such as ["https://admin.example.com"].')
  const origins = new Set<string>()
  for (const entry of value) {
    const origin = typeof entry === 'string' ? configuredOrigin(entry) : undefined
    if (origin === undefined) {
      return fail(
        `allowedOrigins entries must be origins like "https://admin.example.com" (${CONFIGURED_ORIGIN_WORDS}); got "${entry}".`,
      )
    }
    origins.add(origin)
  }
  return origins
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!isCountOption(value)) fail(`${name} must be ${COUNT_OPTION_WORDS}; got ${String(value)}.`)
  return value
}

/**
 * How long the proxy waits for Briq's whole answer by default. Shorter than a client's own default
 * wait (core's `DEFAULT_CLIENT_TIMEOUT_MS`), so a client with its defaults reads the proxy's 504
 * `UPSTREAM_TIMEOUT` (the send may have reached Briq) rather than timing out first, knowing less.
 */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 15_000

// A timer fires at once past MAX_TIMER_MS: a longer timeout would time every request out immediately.
function timeoutMs(value: number | undefined): number {
  if (value === undefined) return DEFAULT_UPSTREAM_TIMEOUT_MS
  if (!isTimeoutMs(value)) {
    fail(`timeoutMs must be ${TIMEOUT_MS_WORDS}; got ${String(value)}.`)
  }
  return value
}

// Every option the proxy takes; the type makes a new option fail to compile until it is listed.
const OPTION_KEYS = Object.keys({
  apiKey: true,
  upstream: true,
  allowInsecureUpstream: true,
  basePath: true,
  authorize: true,
  allowAnonymous: true,
  allowedOrigins: true,
  validation: true,
  maxBodyBytes: true,
  maxResponseBytes: true,
  timeoutMs: true,
  fetch: true,
  log: true,
  stopSignal: true,
} satisfies Record<keyof BriqProxyOptions, true>)

function checkOptions(options: BriqProxyOptions): ResolvedProxyOptions {
  if (typeof options !== 'object' || options === null) fail('options are required: { apiKey, authorize }.')
  // A misspelt option (allowedOrigin, maxBodyByte) would otherwise leave its default in force
  // without a word: the proxy would start, and refuse the admin's origin or bodies later.
  const unknown = configObjectProblem(options, 'options', OPTION_KEYS, {
    example: '{ apiKey, authorize }',
    noun: 'option',
    meant: nearestName,
  })
  if (unknown) fail(unknown.message)
  const { apiKey } = options
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    fail('apiKey is missing or empty. Pass your Briq API key from a server-side secret, e.g. process.env.BRIQ_API_KEY.')
  }
  // Briq keys are printable ASCII. Anything else could not be sent as a header (every request
  // would fail) or would defeat the spelling-aware redaction; say so now, once.
  if (!PRINTABLE_ASCII.test(apiKey)) {
    fail(
      'apiKey contains whitespace, control characters or non-ASCII characters; a Briq key is printable ASCII. Check how the secret was loaded.',
    )
  }
  if (WRAPPED_IN_QUOTES.test(apiKey)) {
    fail(
      "apiKey is wrapped in quotes, which no Briq key holds: the env file's loader kept them (docker run --env-file does). Set it without them.",
    )
  }
  if (apiKey.length < MIN_SECRET_LENGTH) {
    fail(
      `apiKey is ${apiKey.length} character${apiKey.length === 1 ? '' : 's'} long; the proxy takes keys of at least ` +
        `${MIN_SECRET_LENGTH} characters, since it cuts the key out of every answer and a shorter one would match ` +
        'ordinary text. Check how the secret was loaded (a placeholder, or a value cut short).',
    )
  }
  if (options.authorize !== undefined && typeof options.authorize !== 'function') {
    fail('authorize must be a function (request) => boolean | Response.')
  }
  if (options.authorize === undefined && options.allowAnonymous !== true) {
    fail(
      'no authorize function was given. Without one, anyone who can reach this URL could send WhatsApp messages on your account. ' +
        'Pass authorize: (request) => boolean (a session check or a bearer token), or allowAnonymous: true for local prototyping only.',
    )
  }
  // Callers hold the token (an admin page's bundle, a script, a header in every request and
  // log): a token that holds the key would take it off this server with them.
  const keyRuns = secretRunRedactor(apiKey, MIN_SECRET_LENGTH)
  const token = bearerTokenOf(options.authorize)
  if (token !== undefined && keyRuns.test(token)) {
    fail(
      `authorize checks a bearer token (bearerTokenAuthorize; the bin's PROXY_TOKEN) that holds the API key, or ${MIN_SECRET_LENGTH} or more of its characters in a row. ` +
        'Callers hold that token, so the key would leave this server with it. Use a separate long random secret (openssl rand -hex 32).',
    )
  }
  // Core's one sentence for a fetch option that is no function, as createBriqClient says it.
  const fetchProblem = fetchOptionProblem(options.fetch, 'fetch')
  if (fetchProblem !== undefined) fail(fetchProblem)
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') fail('no fetch is available; pass options.fetch.')
  if (options.log !== undefined && typeof options.log !== 'function') fail('log must be a function (event) => void.')
  const { stopSignal } = options
  if (stopSignal !== undefined && !(stopSignal instanceof AbortSignal)) {
    fail("stopSignal must be an AbortSignal (an AbortController's signal), aborted when the server stops.")
  }
  const { allowInsecureUpstream = false } = options
  if (typeof allowInsecureUpstream !== 'boolean') fail('allowInsecureUpstream must be true or false.')
  const { validation = {} } = options
  const validationProblem = validationOptionsProblem(validation)
  if (validationProblem) fail(validationProblem.message)
  return {
    apiKey,
    upstream: resolveUpstream(options.upstream, allowInsecureUpstream),
    basePath: resolveBasePath(options.basePath),
    authorize: options.authorize,
    allowedOrigins: resolveOrigins(options.allowedOrigins),
    validation: { ...validation },
    maxBodyBytes: positiveInteger('maxBodyBytes', options.maxBodyBytes, 64 * 1024),
    maxResponseBytes: positiveInteger('maxResponseBytes', options.maxResponseBytes, 16 * 1024 * 1024),
    timeoutMs: timeoutMs(options.timeoutMs),
    transport: transportOf(fetchImpl),
    keyRuns,
    log: options.log,
    stopSignal,
  }
}

/**
 * Checks the options once, at creation, so a misconfigured proxy never starts serving. Errors
 * quote the offending value; should that value hold the key (secrets swapped in the
 * environment), the key is redacted from the message.
 */
export function resolveOptions(options: BriqProxyOptions): ResolvedProxyOptions {
  try {
    return checkOptions(options)
  } catch (error) {
    if (error instanceof TypeError) {
      throw new TypeError(
        redactApiKey(error.message, (options as Partial<BriqProxyOptions> | null | undefined)?.apiKey),
      )
    }
    throw error
  }
}
