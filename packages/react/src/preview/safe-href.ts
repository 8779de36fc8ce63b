import { isContactLinkHref } from '@briq-interactive/core'

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

/**
 * The `href` of a link found in message text (core's `FormattingLink`): an http(s) URL as
 * `safeHref` keeps it, or a `mailto:` address or `tel:` number of the exact shape core makes
 * (`isContactLinkHref`); `undefined` for anything else, so a hand-made node can never carry
 * another scheme.
 */
export function textLinkHref(href: string): string | undefined {
  return isContactLinkHref(href) ? href : safeHref(href)
}
