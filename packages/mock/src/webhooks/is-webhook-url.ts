/**
 * Whether `url` can take the mock's webhook deliveries: an absolute http(s) URL with a host, as
 * `fetch` needs. One check for `createBriqMock({ webhook })` and the bin's `--webhook-url`.
 */
export function isWebhookUrl(url: unknown): boolean {
  return typeof url === 'string' && /^https?:\/\/[^\s/]/i.test(url) && URL.canParse(url)
}

/**
 * Whether `url` carries a user name or password (`https://user:pass@host/…`). `fetch` will not
 * post to such a URL (the Fetch standard refuses credentials in a request's URL), so with the
 * default `fetch` every delivery would fail; a token in the query goes through.
 */
export function hasUrlCredentials(url: string): boolean {
  if (!URL.canParse(url)) return false
  const { username, password } = new URL(url)
  return username !== '' || password !== ''
}
