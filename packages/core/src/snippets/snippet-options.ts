/** The environment variable a `target: 'briq'` snippet reads the API key from. */
export const API_KEY_ENV_VAR = 'BRIQ_API_KEY'

/**
 * The request a snippet sends: a send-interactive body (`{ to?, sender?, conversation_id?,
 * interactive }`). Any plain object is accepted — a draft that does not validate yet can
 * still be copied — and it is sent exactly as given.
 */
export type SnippetRequest = { readonly [key: string]: unknown }

/** Headers to add, by name. */
export type SnippetHeaders = Readonly<Record<string, string>>

/** Options of `toCurl` and `toFetchSnippet` for a request through your own proxy (the default). */
export interface ProxySnippetOptions {
  /** Send through your proxy (`@briq-interactive/proxy`), which adds the API key. The default. */
  target?: 'proxy' | undefined
  /**
   * Your proxy's base URL, the same `endpoint` the client uses: absolute
   * (`"https://shop.example/api/briq"`) or a path on your app (`"/api/briq"`).
   * `/v1/whatsapp/messages/interactive` is appended.
   */
  endpoint: string
  /**
   * Where a relative `endpoint` lives (`"https://shop.example"`, or `location.origin` in the
   * browser). Without it a curl command reads the origin from `$APP_ORIGIN`, and the fetch
   * snippet keeps the relative URL, which works in a page of your app.
   */
  origin?: string | undefined
  /**
   * Extra headers. `Authorization`, `Proxy-Authorization`, `X-API-Key` and `Cookie` are never
   * printed: a comment says to add your own. `Content-Type`, `Content-Length` and `Host` are
   * set by the snippet or the client.
   */
  headers?: SnippetHeaders | undefined
  /**
   * A key that is public by design, printed as `X-API-Key`: the test key of a Briq mock, such
   * as `briq-mock`'s `mock-api-key`, so the snippet runs against it as copied. Never a real
   * key: a snippet is for copying around.
   */
  publicApiKey?: string | undefined
}

/** Options of `toCurl` and `toFetchSnippet` for a request straight to Briq, for server-side use. */
export interface BriqSnippetOptions {
  /** Call `https://karibu.briq.tz` directly, with the key from the `BRIQ_API_KEY` environment variable. */
  target: 'briq'
  /** Ignored: the URL is Briq's. Accepted so the same options object can switch targets. */
  endpoint?: string | undefined
  /** Ignored, like `endpoint`. */
  origin?: string | undefined
  /**
   * Extra headers. An `X-API-Key`, `Authorization`, `Proxy-Authorization` or `Cookie` given here
   * is never printed: the snippet always sends `X-API-Key` from `BRIQ_API_KEY` instead.
   */
  headers?: SnippetHeaders | undefined
}

/** Options of `toCurl` and `toFetchSnippet`. */
export type SnippetOptions = ProxySnippetOptions | BriqSnippetOptions
