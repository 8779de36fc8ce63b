import { BRIQ_API_KEY_HEADER, BRIQ_API_ORIGIN } from '../contract/briq-api-origin.ts'
import { sendInteractivePath } from '../contract/briq-route-facts.ts'
import { errorReason } from '../error-reason.ts'
import { API_KEY_ENV_VAR, type SnippetOptions, type SnippetRequest } from './snippet-options.ts'

/** A header of a snippet: a literal value, or the API key read from the environment. */
export type SnippetHeader = { name: string; value: string } | { name: string; fromEnv: string }

/** Everything a snippet prints, decided once for curl and fetch alike. */
export interface ResolvedSnippet {
  /** The full URL, or for a relative endpoint without an origin, the path (`/api/briq/v1/…`). */
  url: string
  /** `true` when `url` is a path that still needs your app's origin in front. */
  relative: boolean
  /** Headers in order, `Content-Type: application/json` first. */
  headers: SnippetHeader[]
  /** Names of secret headers that were left out (proxy target only). */
  omittedSecrets: string[]
  /** The request as pretty-printed JSON (2-space indent). */
  json: string
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', BRIQ_API_KEY_HEADER.toLowerCase(), 'cookie'])
const MANAGED_HEADERS = new Set(['content-type', 'content-length', 'host'])
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const HEADER_VALUE_BREAK = /[\r\n\0]/

function fail(message: string): never {
  throw new TypeError(message)
}

function parseUrl(text: string, base?: string): URL {
  try {
    return new URL(text, base)
  } catch {
    return fail(`"${text}" is not a valid URL`)
  }
}

// Appends the route to the endpoint's path, keeping any query; an endpoint that already ends with it is kept.
// Credentials written into the URL (`https://user:pw@…`) are dropped: a snippet is for copying around.
function withRoute(url: URL): URL {
  url.username = ''
  url.password = ''
  const path = url.pathname.replace(/\/+$/, '')
  url.pathname = path.endsWith(sendInteractivePath) ? path : path + sendInteractivePath
  return url
}

function resolveUrl(options: SnippetOptions): { url: string; relative: boolean } {
  if (options.target === 'briq') return { url: BRIQ_API_ORIGIN + sendInteractivePath, relative: false }
  const { endpoint, origin } = options
  if (typeof endpoint !== 'string' || endpoint === '') {
    fail('endpoint is required for the proxy target, e.g. "https://shop.example/api/briq" or "/api/briq"')
  }
  if (/^https?:\/\//i.test(endpoint)) return { url: withRoute(parseUrl(endpoint)).href, relative: false }
  if (!endpoint.startsWith('/') || endpoint.startsWith('//')) {
    fail(`endpoint must be an absolute http(s) URL or a path starting with "/"; got "${endpoint}"`)
  }
  if (origin !== undefined) {
    if (!/^https?:\/\//i.test(origin)) fail(`origin must be an absolute http(s) URL; got "${origin}"`)
    return { url: withRoute(parseUrl(endpoint, parseUrl(origin).origin)).href, relative: false }
  }
  const resolved = withRoute(parseUrl(endpoint, 'http://relative.invalid'))
  return { url: resolved.pathname + resolved.search, relative: true }
}

function resolveHeaders(options: SnippetOptions): { headers: SnippetHeader[]; omittedSecrets: string[] } {
  const headers: SnippetHeader[] = [{ name: 'Content-Type', value: 'application/json' }]
  if (options.target === 'briq') headers.push({ name: BRIQ_API_KEY_HEADER, fromEnv: API_KEY_ENV_VAR })
  else if (options.publicApiKey !== undefined) {
    if (HEADER_VALUE_BREAK.test(options.publicApiKey)) fail('publicApiKey has a line break or NUL in it')
    headers.push({ name: BRIQ_API_KEY_HEADER, value: options.publicApiKey })
  }
  const omittedSecrets: string[] = []
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!HEADER_NAME.test(name)) fail(`"${name}" is not a valid HTTP header name`)
    const lower = name.toLowerCase()
    if (SECRET_HEADERS.has(lower)) {
      if (options.target !== 'briq') omittedSecrets.push(name)
      continue
    }
    if (MANAGED_HEADERS.has(lower)) continue
    if (typeof value !== 'string') fail(`Header "${name}" must be a string`)
    if (HEADER_VALUE_BREAK.test(value)) fail(`Header "${name}" has a line break or NUL in its value`)
    headers.push({ name, value })
  }
  return { headers, omittedSecrets }
}

function toJson(request: SnippetRequest): string {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    fail('request must be an object like { to, interactive }')
  }
  try {
    return JSON.stringify(request, null, 2)
  } catch (error) {
    return fail(`request cannot be written as JSON: ${errorReason(error)}`)
  }
}

/**
 * Works out the URL, headers and body a snippet prints. Secrets never pass: the only API keys
 * a snippet mentions are the `BRIQ_API_KEY` placeholder and a mock's `publicApiKey`.
 *
 * @throws {TypeError} for options that cannot make a working request (no endpoint, a header
 *   value with a line break, …) or a request that is not a JSON-serialisable object.
 */
export function resolveSnippet(request: SnippetRequest, options: SnippetOptions): ResolvedSnippet {
  if (typeof options !== 'object' || options === null) fail('options are required, e.g. { endpoint: "/api/briq" }')
  return { ...resolveUrl(options), ...resolveHeaders(options), json: toJson(request) }
}
