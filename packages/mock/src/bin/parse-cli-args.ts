import { parseArgs } from 'node:util'
import {
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  carouselQuickReplyLimit,
  VALIDATE_OPTION_FLAGS as FLAGS,
  isTimeoutMs,
  LIMITS,
  readCarouselQuickReplyMax,
  TIMEOUT_MS_WORDS,
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
import { decimalSetting, nearestName, portSetting } from '@briq-interactive/core/server'
import { isScenarioName, SCENARIO_NAMES } from '../faults/scenarios.ts'
import { DEFAULT_MAX_MESSAGES, DEFAULT_MAX_STORE_BYTES, DEFAULT_MOCK_PORT } from '../options.ts'
import { checkAllowedOrigins } from '../server/cors.ts'
import type { MockHttpServerOptions } from '../server/create-http-server.ts'
import { hasUrlCredentials, isWebhookUrl } from '../webhooks/is-webhook-url.ts'
import { shownWebhookUrl } from '../webhooks/shown-webhook-url.ts'

/**
 * How long after Ctrl-C or SIGTERM the requests in flight have to be answered unless
 * `--shutdown-grace` says otherwise: with the half second the last answers take, well within
 * Docker's 10 s between `docker stop`'s SIGTERM and its SIGKILL. A stop with nothing in flight
 * is at once.
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 5000

/** The range `--shutdown-grace` takes: 0 (stop at once) to an hour. */
export const SHUTDOWN_GRACE_MS = { min: 0, max: 3_600_000 } as const

/** The pages on this machine the mock always answers, as the help and the banner name them. */
export const LOCAL_PAGES = 'localhost, *.localhost, 127.0.0.1, [::1], any port'

/** `briq-mock --help`. */
export const USAGE = `Usage: briq-mock [options]

Serves an offline Briq Karibu WhatsApp API (the same mock as the MSW handlers).

  --port <n>           port to listen on (default: $PORT or ${DEFAULT_MOCK_PORT}; 0 = any free port)
  --host <addr>        interface (default 127.0.0.1, where only localhost host names are
                       answered: DNS rebinding protection); 0.0.0.0 = every interface,
                       reachable from your network (a phone on the LAN)
  --seed <text>        deterministic ids and fault dice
  --tick <factor>      multiply the status schedule (2 = slower, 0.1 = faster, 0 = instant)
  --strict             answer 422 at once to an interactive that breaks WhatsApp's rules
                       or this kit's own (otherwise only WhatsApp's fail it, later),
                       and take only Briq's documented query values
  --${FLAGS.extendedListBody}      list bodies up to ${LIMITS.body.listTextExtended.max} characters (the list guide) instead of ${LIMITS.body.text.max}
  --${FLAGS.allowFlowMediaHeader} image/video/document headers on flow messages
  --${FLAGS.carouselQuickReplyMax} <${CAROUSEL_QUICK_REPLY_MAX_READINGS.join('|')}>  quick replies per carousel card before a warning (default ${carouselQuickReplyLimit().max})
  --open-windows       treat every 24-hour window as open
  --scenario <name>    ${SCENARIO_NAMES.join(' | ')}
  --allow-origin <o>   a browser origin to allow besides this machine's pages (repeatable;
                       default: only http(s)://${LOCAL_PAGES})
  --allow-any-origin   allow every origin: any web page you visit can then read and
                       drive the mock (prints a warning)
  --webhook-url <url>  post whatsapp.sent/delivered/read/failed events there as statuses move
                       (default: $BRIQ_MOCK_WEBHOOK_URL), signed with $BRIQ_MOCK_WEBHOOK_SECRET
  --max-messages <n>   messages kept before the oldest are evicted
                       (default: $BRIQ_MOCK_MAX_MESSAGES or ${DEFAULT_MAX_MESSAGES})
  --max-store-bytes <n>  bytes of messages kept before the oldest are evicted
                       (default: $BRIQ_MOCK_MAX_STORE_BYTES or ${DEFAULT_MAX_STORE_BYTES}, ${DEFAULT_MAX_STORE_BYTES / 2 ** 20} MiB)
  --headers-timeout <ms>  time a client has to send a request's headers, then 408
                       (default: $BRIQ_MOCK_HEADERS_TIMEOUT_MS or ${DEFAULT_HEADERS_TIMEOUT_MS})
  --request-timeout <ms>  time a client has to send a whole request, then 408
                       (default: $BRIQ_MOCK_REQUEST_TIMEOUT_MS or ${DEFAULT_REQUEST_TIMEOUT_MS})
  --write-timeout <ms>  time a client may take none of an answer, then the connection closes
                       (default: $BRIQ_MOCK_WRITE_TIMEOUT_MS or ${DEFAULT_WRITE_TIMEOUT_MS})
  --keep-alive-timeout <ms>  how long an idle connection stays open for a next request
                       (default: $BRIQ_MOCK_KEEP_ALIVE_TIMEOUT_MS or ${DEFAULT_KEEP_ALIVE_TIMEOUT_MS})
  --max-connections <n>  connections held at once; past it a new one is refused and
                       those with no request in flight are closed
                       (default: $BRIQ_MOCK_MAX_CONNECTIONS or ${DEFAULT_MAX_CONNECTIONS})
  --max-requests-per-socket <n>  requests one kept-alive connection carries
                       (default: $BRIQ_MOCK_MAX_REQUESTS_PER_SOCKET or ${DEFAULT_MAX_REQUESTS_PER_SOCKET})
  --shutdown-grace <ms>  after Ctrl-C or SIGTERM, how long requests in flight have to be
                       answered; then, and to a second signal, 503 MOCK_STOPPING
                       (default: $BRIQ_MOCK_SHUTDOWN_GRACE_MS or ${DEFAULT_SHUTDOWN_GRACE_MS}; 0 = at once)
  -h, --help           show this help`

/** The result of reading the command line. */
export type CliCommand =
  | { kind: 'help' }
  | {
      kind: 'serve'
      options: MockHttpServerOptions
      /** How long requests in flight have to be answered after the first Ctrl-C or SIGTERM. */
      shutdownGraceMs: number
    }

/** A setting's text and the name an error quotes: the flag when given, else its environment variable. */
interface Setting {
  raw: string | undefined
  name: string
}

const flag = (name: string, raw: string | undefined): Setting => ({ raw, name: `--${name}` })

/**
 * The flag when given, else the environment variable that stands in for it; a blank variable
 * (an env file's `PORT=`) is unset, as briq-proxy reads its own.
 */
function flagOrEnv(name: string, raw: string | undefined, env: Record<string, string | undefined>, variable: string) {
  // Read before the flag wins: a variable a flag overrides is no misspelt one (readingEnv).
  const value = env[variable]
  if (raw !== undefined) return flag(name, raw)
  return { raw: value?.trim() === '' ? undefined : value, name: variable }
}

function number({ raw, name }: Setting, min: number): number | undefined {
  if (raw === undefined) return undefined
  const value = decimalSetting(raw, { fraction: true })
  if (!(value >= min)) {
    throw new Error(`${name} must be a number ≥ ${min}, got ${JSON.stringify(raw)}`)
  }
  return value
}

function wholeNumber(setting: Setting): number | undefined {
  const value = number(setting, 1)
  if (value !== undefined && !Number.isSafeInteger(value))
    throw new Error(`${setting.name} must be a whole number, got ${JSON.stringify(setting.raw)}`)
  return value
}

function timeoutMs({ raw, name }: Setting): number | undefined {
  if (raw === undefined) return undefined
  const value = decimalSetting(raw)
  if (!isTimeoutMs(value)) {
    throw new Error(`${name} must be ${TIMEOUT_MS_WORDS}, got ${JSON.stringify(raw)}`)
  }
  return value
}

function keepAliveMs({ raw, name }: Setting): number | undefined {
  if (raw === undefined) return undefined
  const value = decimalSetting(raw)
  const { min, max } = KEEP_ALIVE_TIMEOUT_MS
  if (!(value >= min && value <= max)) {
    throw new Error(`${name} must be a whole number of milliseconds from ${min} to ${max}, got ${JSON.stringify(raw)}`)
  }
  return value
}

function shutdownGraceMs({ raw, name }: Setting): number {
  if (raw === undefined) return DEFAULT_SHUTDOWN_GRACE_MS
  const value = decimalSetting(raw)
  const { min, max } = SHUTDOWN_GRACE_MS
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new Error(`${name} must be a whole number of milliseconds from ${min} to ${max}, got ${JSON.stringify(raw)}`)
  }
  return value
}

function connectionLimit({ raw, name }: Setting): number | undefined {
  if (raw === undefined) return undefined
  const value = decimalSetting(raw)
  if (!isConnectionLimit(value))
    throw new Error(`${name} must be ${CONNECTION_LIMIT_WORDS}, got ${JSON.stringify(raw)}`)
  return value
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  tick: { type: 'string' },
  strict: { type: 'boolean' },
  [FLAGS.extendedListBody]: { type: 'boolean' },
  [FLAGS.allowFlowMediaHeader]: { type: 'boolean' },
  [FLAGS.carouselQuickReplyMax]: { type: 'string' },
  'open-windows': { type: 'boolean' },
  scenario: { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'allow-any-origin': { type: 'boolean' },
  'max-messages': { type: 'string' },
  'max-store-bytes': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'write-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-connections': { type: 'string' },
  'max-requests-per-socket': { type: 'string' },
  'shutdown-grace': { type: 'string' },
  'webhook-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

/** A value that reads as a negative number: `-1`, `-0.5`, `-.5`. */
const NEGATIVE_NUMBER = /^-\.?\d/

/**
 * `--tick -1` as `--tick=-1`: node's parser calls a spaced value starting with a dash ambiguous,
 * so a negative number would get its advice on dashes instead of the flag's own range.
 */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const args: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const name = arg.startsWith('--') ? arg.slice(2) : undefined
    const next = argv[index + 1]
    const option = name === undefined ? undefined : OPTIONS[name as keyof typeof OPTIONS]
    if (option?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      args.push(`${arg}=${next}`)
      index++
    } else args.push(arg)
  }
  return args
}

/** The flags of `argv`; an unknown one (a typo such as `--prot`) is named with the flag it is likely meant to be. */
function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: joinNegativeNumbers(argv), strict: true, options: OPTIONS })
  } catch (error) {
    const unknown = /^Unknown option '--([^'=]+)'/.exec((error as Error).message)?.[1]
    const meant = unknown === undefined ? undefined : nearestName(unknown, Object.keys(OPTIONS))
    if (meant === undefined) throw error
    throw new Error(`Unknown option '--${unknown}' (did you mean --${meant}?)`)
  }
}

/** Reads `argv` (without node and the script) and `env`; throws an `Error` with a clear message on bad input. */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): CliCommand {
  const { values } = readFlags(argv)
  if (values.help) return { kind: 'help' }
  const portFlag = flagOrEnv('port', values.port, env, 'PORT')
  const port = portFlag.raw === undefined ? DEFAULT_MOCK_PORT : portSetting(portFlag.raw)
  if (Number.isNaN(port)) {
    throw new Error(`${portFlag.name} must be an integer from 0 to 65535, got ${JSON.stringify(portFlag.raw)}`)
  }
  const tick = number(flag('tick', values.tick), 0)
  if (values.scenario !== undefined && !isScenarioName(values.scenario)) {
    throw new Error(`--scenario must be one of ${SCENARIO_NAMES.join(', ')}, got ${JSON.stringify(values.scenario)}`)
  }
  const quickRepliesText = values[FLAGS.carouselQuickReplyMax]
  const quickReplies = quickRepliesText === undefined ? undefined : readCarouselQuickReplyMax(quickRepliesText)
  if (quickRepliesText !== undefined && quickReplies === undefined) {
    throw new Error(
      `--${FLAGS.carouselQuickReplyMax} must be ${CAROUSEL_QUICK_REPLY_MAX_READINGS.join(' or ')}, got ${JSON.stringify(quickRepliesText)}`,
    )
  }
  const setting = (name: keyof typeof values & string, variable: string) =>
    flagOrEnv(name, values[name] as string | undefined, env, variable)
  const maxMessages = wholeNumber(setting('max-messages', 'BRIQ_MOCK_MAX_MESSAGES'))
  const maxStoreBytes = wholeNumber(setting('max-store-bytes', 'BRIQ_MOCK_MAX_STORE_BYTES'))
  const headersTimeoutMs = timeoutMs(setting('headers-timeout', 'BRIQ_MOCK_HEADERS_TIMEOUT_MS'))
  const requestTimeoutMs = timeoutMs(setting('request-timeout', 'BRIQ_MOCK_REQUEST_TIMEOUT_MS'))
  const writeTimeoutMs = timeoutMs(setting('write-timeout', 'BRIQ_MOCK_WRITE_TIMEOUT_MS'))
  const keepAliveTimeoutMs = keepAliveMs(setting('keep-alive-timeout', 'BRIQ_MOCK_KEEP_ALIVE_TIMEOUT_MS'))
  const maxConnections = connectionLimit(setting('max-connections', 'BRIQ_MOCK_MAX_CONNECTIONS'))
  const maxRequestsPerSocket = connectionLimit(setting('max-requests-per-socket', 'BRIQ_MOCK_MAX_REQUESTS_PER_SOCKET'))
  const graceMs = shutdownGraceMs(setting('shutdown-grace', 'BRIQ_MOCK_SHUTDOWN_GRACE_MS'))
  // Node reads an empty address as every interface: `--host "$UNSET"` would open the mock to the network.
  if (values.host !== undefined && values.host.trim() === '') {
    throw new Error('--host needs an address, such as 127.0.0.1 (the default) or 0.0.0.0; got an empty one')
  }
  const options: MockHttpServerOptions = { port, host: values.host ?? '127.0.0.1' }
  if (keepAliveTimeoutMs !== undefined) options.keepAliveTimeoutMs = keepAliveTimeoutMs
  if (maxConnections !== undefined) options.maxConnections = maxConnections
  if (maxRequestsPerSocket !== undefined) options.maxRequestsPerSocket = maxRequestsPerSocket
  if (headersTimeoutMs !== undefined) options.headersTimeoutMs = headersTimeoutMs
  if (requestTimeoutMs !== undefined) options.requestTimeoutMs = requestTimeoutMs
  if (writeTimeoutMs !== undefined) options.writeTimeoutMs = writeTimeoutMs
  if (maxMessages !== undefined) options.maxMessages = maxMessages
  if (maxStoreBytes !== undefined) options.maxStoreBytes = maxStoreBytes
  if (values.seed !== undefined) options.seed = values.seed
  if (tick !== undefined) options.tick = tick
  if (values.strict) options.strict = true
  const validation: ValidateOptions = {}
  if (values[FLAGS.extendedListBody]) validation.extendedListBody = true
  if (values[FLAGS.allowFlowMediaHeader]) validation.allowFlowMediaHeader = true
  if (quickReplies !== undefined) validation.carouselQuickReplyMax = quickReplies
  if (Object.keys(validation).length > 0) options.validation = validation
  if (values['open-windows']) options.openWindows = true
  if (values.scenario !== undefined && isScenarioName(values.scenario)) options.scenario = values.scenario
  if (values['allow-any-origin'] && values['allow-origin']) {
    throw new Error('--allow-any-origin already allows every origin: drop --allow-origin, or give only --allow-origin')
  }
  if (values['allow-any-origin']) options.allowedOrigins = '*'
  if (values['allow-origin']) options.allowedOrigins = checkAllowedOrigins(values['allow-origin'], '--allow-origin')
  // The secret comes from the environment only: a command line shows in the process list.
  const webhook = flagOrEnv('webhook-url', values['webhook-url'], env, 'BRIQ_MOCK_WEBHOOK_URL')
  const webhookUrl = webhook.raw
  if (webhookUrl !== undefined) {
    if (!isWebhookUrl(webhookUrl)) {
      throw new Error(`${webhook.name} must be an http(s) URL, got ${shownWebhookUrl(webhookUrl)}`)
    }
    if (hasUrlCredentials(webhookUrl)) {
      throw new Error(
        `${webhook.name} must not carry a user name or password (fetch will not post to it; a token in its query will do), got ${shownWebhookUrl(webhookUrl)}`,
      )
    }
    const secret = env.BRIQ_MOCK_WEBHOOK_SECRET
    options.webhook = { url: webhookUrl, secret: secret?.trim() || undefined }
  }
  return { kind: 'serve', options, shutdownGraceMs: graceMs }
}
