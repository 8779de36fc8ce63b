/**
 * Returns `url` when it is an absolute http(s) URL and `undefined` otherwise, so a draft can
 * never produce a `javascript:`, `data:` or relative link in the preview.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (!/^https?:\/\//i.test(trimmed)) return undefined
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}
