/**
 * A webhook URL as the bin's banner and the refusals of one print it: where deliveries go,
 * without what may be a credential in it (`user:password@`, a `?token=` query, a `#` fragment),
 * since a terminal's output ends up in logs and screenshots; a value that is no URL with a host
 * is not shown at all (it may be the secret, set in the wrong place).
 */
export function shownWebhookUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null
  if (parsed === null || parsed.host === '')
    return 'a value that is not a web address (not shown, in case it is a secret)'
  const hidden = parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== ''
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${hidden ? ' (its credentials and query not shown)' : ''}`
}
