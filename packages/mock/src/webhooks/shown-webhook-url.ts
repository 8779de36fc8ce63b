/**
 * A webhook URL as the bin's banner prints it: where deliveries go, without what may be a
 * credential in it (`user:password@`, a `?token=` query, a `#` fragment), since a terminal's
 * output ends up in logs and screenshots.
 */
export function shownWebhookUrl(url: string): string {
  const parsed = new URL(url)
  const hidden = parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== ''
  return `${parsed.origin}${parsed.pathname}${hidden ? ' (its credentials and query not shown)' : ''}`
}
