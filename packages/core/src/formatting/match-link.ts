import {
  codePointAt,
  codePointBefore,
  isAsciiAlnum,
  isAsciiDigit,
  isWhitespace,
  isWordCharacter,
} from './character-class.ts'
import { matchPhone } from './match-phone.ts'
import { isKnownTopLevelDomain } from './top-level-domains.ts'

/** A URL, e-mail address or phone number found at a position of the text. */
export interface LinkMatch {
  /** Index just past the link text. */
  end: number
  /**
   * The address the link points to (http(s), `mailto:` or `tel:`), or `null` when the text has
   * the shape of a URL but no browser could open it (`https://a^b`, `www.1`, `https://x@`): it
   * stays plain text, and the scan skips to `end` so the same run is not examined again.
   */
  href: string | null
}

// Only what `new URL` accepts as an http(s) address with a host is linked, so a renderer can put
// `href` straight into a link (or hand it to `new URL`) without a check of its own.
function isOpenableUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

// Characters that end a URL outright: they never appear unescaped in one someone types.
const STOP = new Set(['<', '>', '"', '`'])
// Trailing characters that belong to the sentence, not to the URL: ASCII punctuation, the
// typographic closing quotes and ellipsis a phone keyboard types for them (“https://x.example”
// must not link to …x.example%E2%80%9D), full-width (CJK) punctuation, and the commas and full
// stops of Arabic (، ؛ ؟), Urdu (۔), Devanagari (। ॥) and Ethiopic (። ፣) text.
const TRAILING = new Set(".,:;!?'’”»›…、。！），．：；？،؛؟۔।॥።፣")
// WhatsApp's style markers: trailing, one belongs to the style it closes (see `matchLink`).
type StyleMarker = '*' | '_' | '~'
const isStyleMarker = (char: string): char is StyleMarker => char === '*' || char === '_' || char === '~'

/** Which of WhatsApp's styles are open where a link starts (`*` bold, `_` italic, `~` strike). */
export type OpenStyles = Readonly<Record<StyleMarker, boolean>>
const NO_STYLES: OpenStyles = { '*': false, _: false, '~': false }
// A URL glued to one of these is part of something else (an e-mail, a path, a longer URL): @ . / :
const isGlue = (code: number): boolean => code === 0x40 || code === 0x2e || code === 0x2f || code === 0x3a

/** The index of the first `/`, `?` or `#` in `text` from `start` to `end`, or `end`. */
function findPathStart(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x2f || code === 0x3f || code === 0x23) return at
  }
  return end
}

function schemeLength(text: string, index: number): number {
  // Only h and w start a scheme: most words are ruled out without a string made.
  const first = text.charCodeAt(index) | 0x20
  if (first !== 0x68 && first !== 0x77) return 0
  const head = text.slice(index, index + 8).toLowerCase()
  if (head.startsWith('https://')) return 8
  if (head.startsWith('http://')) return 7
  if (head.startsWith('www.')) return 4
  return 0
}

/**
 * The end of the bare host name starting at `index` (labels of ASCII letters, digits and inner
 * hyphens joined by dots, ending in a known top-level domain: `wa.me`, `shop.briq.co.tz`), or
 * -1. `skip` is set to where a host-shaped run that is no address ends, so the scan moves past it.
 */
function bareHostEnd(text: string, index: number, limit: number, skip: { end: number }): number {
  let end = index
  let labelStart = index
  let dots = 0
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (isAsciiAlnum(code) || (code === 0x2d && end > labelStart)) end++
    else if (code === 0x2e && text.charCodeAt(end - 1) !== 0x2d && isAsciiAlnum(text.charCodeAt(end + 1))) {
      dots++
      labelStart = ++end
    } else break
  }
  skip.end = end
  if (dots === 0) return -1
  const last = text.slice(labelStart, end)
  // Digits before the domain ("1.no", a list item typed without its space) are no host name.
  const named = /[a-z]/i.test(text.slice(index, labelStart))
  if (!named || !/^[a-z]{2,}$/i.test(last) || !isKnownTopLevelDomain(last)) return -1
  // Glued to an e-mail or a snake_case word: not an address either (an underscore that closes
  // italics is no such glue).
  const next = text.charCodeAt(end)
  const glued = next === 0x40 || (next === 0x5f && isWordCharacter(codePointAt(text, end + 1)))
  return glued ? -1 : end
}

// RFC 5321 (4.5.3.1): a local part is at most 64 octets and a domain at most 255; the bounds
// keep the scan linear however many words share one @.
const LOCAL_PART_MAX = 64
const DOMAIN_MAX = 255
// Only the characters people type in addresses: letters, digits and . _ + - (no % escapes).
const isLocalPartCharacter = (code: number): boolean =>
  isAsciiAlnum(code) || code === 0x2e || code === 0x5f || code === 0x2b || code === 0x2d
// Where a host-shaped run stops when it is the local part of an address (@, or . _ + -).
const EMAIL_RUN = new Set([...'@._+-'].map((char) => char.charCodeAt(0)))
// An address right after one of these is the tail of a longer token (a sum, a query, an escape).
const NOT_BEFORE_EMAIL = new Set([...'+%=&#?!$\\'].map((char) => char.charCodeAt(0)))

/**
 * The e-mail address starting at `index` (already at a word boundary): a local part of letters,
 * digits and `.` `_` `+` `-` (no leading, trailing or doubled dot), `@`, and a host name with a
 * known top-level domain, not followed by a letter, `/` or `:` (`me@briq.tz/x` is no address).
 */
function matchEmail(text: string, index: number, limit: number): LinkMatch | null {
  let at = index
  const stop = Math.min(limit, index + LOCAL_PART_MAX + 1)
  while (at < stop && isLocalPartCharacter(text.charCodeAt(at))) at++
  if (at >= limit || text.charCodeAt(at) !== 0x40) return null
  const local = text.slice(index, at)
  if (local.endsWith('.') || local.includes('..')) return null
  const hostLimit = Math.min(limit, at + 1 + DOMAIN_MAX + 1)
  const host = bareHostEnd(text, at + 1, hostLimit, { end: 0 })
  if (host < 0 || (host === hostLimit && hostLimit < limit)) return null
  const next = codePointAt(text, host)
  if (isWordCharacter(next) || next === 0x2f || next === 0x3a) return null
  return { end: host, href: `mailto:${text.slice(index, host)}` }
}

/**
 * The URL starting at `index` and ending before `limit`, the way WhatsApp auto-links:
 * `http://…`, `https://…` or `www.…` (case-insensitive), or a bare host name with a known
 * top-level domain (`wa.me/255712345678`, `briq.tz`, see `isKnownTopLevelDomain`), at a word
 * boundary and followed by a letter or digit, running to the next whitespace (a bare host only
 * when a path, query, fragment or port follows it). Trailing punctuation (`.` `,` `:` `;` `!`
 * `?` `'`, their typographic and full-width forms such as `”` `’` `»` `…` `。`, the commas and
 * full stops of Arabic, Urdu, Devanagari and Ethiopic text (`،` `؟` `۔` `।` `።`), and a
 * formatting marker as below) is left out, and so is a closing `)` or `]` with no opening partner
 * inside the URL, so `(see https://x.example/a_(b))` links `…/a_(b)`.
 *
 * A trailing formatting marker is left out when it closes one of the `styles` open around the
 * link, each closing once: `*see https://briq.tz*` stays bold and links `https://briq.tz`. One
 * that closes none (no bold open, or text WhatsApp does not format) belongs to the address where
 * it ends a path, query or fragment (`https://x.example/?q=*` links `…?q=*`), never to a host.
 *
 * WhatsApp also makes e-mail addresses and phone numbers tappable: `me@briq.tz` links to
 * `mailto:me@briq.tz` (see `matchEmail`), and a number written with its country code at a `+`,
 * `+255 712 345 678`, to `tel:+255712345678` (see `matchPhone`).
 *
 * With `countryCode` (the reader's), a number written without a country code is linked too, as
 * WhatsApp reads it in the reader's country (`0712 345 678` → `tel:+255712345678` for `255`).
 *
 * Returns `null` when no URL starts here, in constant time; or, for a word of two or more
 * characters that is no address, its end with `href: null`, so the scan skips it and stays
 * linear. A match whose address does not parse has `href: null` too (see {@link LinkMatch.href}).
 */
export function matchLink(
  text: string,
  index: number,
  limit: number,
  countryCode?: string,
  styles: OpenStyles = NO_STYLES,
): LinkMatch | null {
  if (text.charCodeAt(index) === 0x2b) return matchPhone(text, index, limit)
  if (text.startsWith('00', index)) {
    const phone = matchPhone(text, index, limit)
    if (phone) return phone
  } else if (countryCode !== undefined && isAsciiDigit(text.charCodeAt(index))) {
    const phone = matchPhone(text, index, limit, countryCode)
    if (phone) return phone
  } else if (text.charCodeAt(index) === 0x28) {
    // `(0712) 345 678`: only a number without its country code starts at a `(`.
    return countryCode === undefined ? null : matchPhone(text, index, limit, countryCode)
  }
  const before = codePointBefore(text, index)
  if (isWordCharacter(before) || isGlue(before)) return null
  const scheme = schemeLength(text, index)
  let end: number
  if (scheme > 0) {
    if (index + scheme >= limit || !isWordCharacter(codePointAt(text, index + scheme))) return null
    end = index + scheme
  } else {
    if (!isAsciiAlnum(text.charCodeAt(index))) return null
    // Nor does a bare address go on a word through a hyphen or an underscore (a longer word, a
    // snake_case name); an underscore that opens italics is no such glue.
    if ((before === 0x2d || before === 0x5f) && isWordCharacter(codePointBefore(text, index - 1))) return null
    const skip = { end: index }
    const host = bareHostEnd(text, index, limit, skip)
    // Only a run that stops at @ or at a character a local part may hold can start an address
    // (`duka.co+mauzo@briq.tz` too): a plain word is not scanned twice.
    if (EMAIL_RUN.has(text.charCodeAt(skip.end)) && !NOT_BEFORE_EMAIL.has(before)) {
      const email = matchEmail(text, index, limit)
      if (email) return email
    }
    if (host < 0) return skip.end > index + 1 ? { end: skip.end, href: null } : null
    end = host
    const next = text[end]
    // The host alone, unless a path, query, fragment or port follows it.
    if (next !== '/' && next !== '?' && next !== '#' && !(next === ':' && /\d/.test(text[end + 1] ?? ''))) {
      const href = `https://${text.slice(index, end)}`
      return { end, href: isOpenableUrl(href) ? href : null }
    }
  }

  let parens = 0
  let brackets = 0
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code < 0x20 || isWhitespace(codePointAt(text, end)) || STOP.has(text[end] as string)) break
    if (code === 0x28) parens++
    else if (code === 0x29) parens--
    else if (code === 0x5b) brackets++
    else if (code === 0x5d) brackets--
    end++
  }
  // The markers a trailing marker has closed already (`_https://x.example/a__`: one closes).
  let closed = ''
  // Where the path, query or fragment starts (found once, when first asked): a marker before it
  // would end the host, which none does (`see https://briq.tz*` links the host alone).
  let pathStart = -1
  for (;;) {
    const last = text[end - 1] as string
    if (TRAILING.has(last)) end--
    else if (isStyleMarker(last)) {
      if (styles[last] && !closed.includes(last)) closed += last
      else {
        if (pathStart < 0) pathStart = findPathStart(text, index + scheme, end)
        if (end - 1 > pathStart) break
      }
      end--
    } else if (last === ')' && parens < 0) {
      parens++
      end--
    } else if (last === ']' && brackets < 0) {
      brackets++
      end--
    } else break
  }

  const written = text.slice(index, end)
  const href =
    scheme === 0 || scheme === 4 ? `https://${written}` : written.slice(0, scheme).toLowerCase() + written.slice(scheme)
  return { end, href: isOpenableUrl(href) ? href : null }
}
