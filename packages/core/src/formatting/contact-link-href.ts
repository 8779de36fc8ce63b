import { E164_MAX_DIGITS } from '../phone/national-number-lengths.ts'
import { MIN_PHONE_LINK_DIGITS } from './match-phone.ts'

// The shapes parseFormatting gives the links of an e-mail address and of a phone number: one
// plain address (no query, no second recipient) and one global number (RFC 3966, no extension).
const MAILTO = /^mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/
const TEL = new RegExp(`^tel:\\+[1-9]\\d{${MIN_PHONE_LINK_DIGITS - 1},${E164_MAX_DIGITS - 1}}$`)

/**
 * Whether `href` is a `mailto:` or `tel:` link of the exact shape `parseFormatting` gives an
 * e-mail address or a phone number in text (`mailto:me@briq.tz`, `tel:+255712345678`), so a
 * renderer keeps these and drops any other scheme a hand-made `FormattingLink` carries
 * (`javascript:`, `sms:`, `mailto:a@b.tz?body=…`); an http(s) link it checks as any URL.
 *
 * @example
 * isContactLinkHref('tel:+255712345678') // true
 * isContactLinkHref('tel:+255712345678;ext=1') // false
 */
export function isContactLinkHref(href: string): boolean {
  return MAILTO.test(href) || TEL.test(href)
}
