/**
 * Whether `url` can take the mock's webhook deliveries: an absolute http(s) URL with a host, as
 * `fetch` needs. One check for `createBriqMock({ webhook })` and the bin's `--webhook-url`.
 */
export function isWebhookUrl(url: unknown): boolean {
  return typeof url === 'string' && /^https?:\/\/[^\s/]/i.test(url) && URL.canParse(url)
}
