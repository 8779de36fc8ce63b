import { isControl, isDirectionControl, isLineBreakOrTab } from '../control-characters.ts'
import { codePoint } from '../i18n/character-label.ts'
import type { Limit } from '../limits.ts'
import { BROKEN_CHARACTER, countCharacters } from '../text-length.ts'
import { text } from './anything.ts'
import { type IssueDetail, report } from './issue-detail.ts'
import { hint } from './json-hints.ts'
import { lengthIssue } from './length-issue.ts'

// A character the customer sees: not white space, not a format character (zero-width space and
// joiners, direction marks, U+FEFF: Unicode general category Cf), not one Unicode says to draw
// nothing for unless a font knows it (Default_Ignorable_Code_Point, DerivedCoreProperties.txt:
// a variation selector left without its emoji, U+034F, the Hangul fillers U+115F, U+1160,
// U+3164, U+FFA0), and not the braille blank U+2800, which renders empty.
const VISIBLE = /[^\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u

/** Whether `text` holds a character the customer sees (not only spaces or invisible characters). */
export const hasVisibleText = (text: string): boolean => VISIBLE.test(text)

/**
 * The `broken_character` warning for `text` holding half of an emoji (a lone surrogate), as a
 * host that cut text by UTF-16 length or a JSON "\ud83d" leaves, naming the code-point position
 * of the first half; or undefined. It is no Unicode character (UTF-8 cannot encode it, RFC 3629;
 * RFC 8259 8.2 calls such JSON strings unpredictable), and neither Meta nor Briq documents what
 * they do with it: a warning.
 */
export function brokenCharacter(text: string): IssueDetail | undefined {
  const broken = text.search(BROKEN_CHARACTER)
  if (broken < 0) return undefined
  const at = countCharacters(text.slice(0, broken)) + 1
  return { code: 'not_recommended', reason: 'broken_character', params: { at }, warning: true }
}

/**
 * Which control characters a text field is warned about (`controlCharacter`): `text` takes line
 * breaks and tabs (a body, a footer, a row description), `line` is shown on one line (a title, a
 * label, a header, the sender, an address value prefilling a field of the address form), `id` is
 * never read but compared as written (a reply id, a catalog id, a flow token, a call payload), and
 * `url` has its own error (`url_spaces`).
 */
export type TextScope = 'text' | 'line' | 'id' | 'url'

/** Whether `code` (a UTF-16 unit) is a control character `scope` warns about. */
export function isFlaggedControl(code: number, scope: TextScope): boolean {
  if (scope === 'url') return false
  if (isControl(code)) return scope !== 'text' || !isLineBreakOrTab(code)
  return scope === 'id' && isDirectionControl(code)
}

/**
 * The `control_character` warning for `text` holding a control character `scope` flags, naming
 * the first (`U+0001`) and its code-point position; or undefined. Meta documents nothing of
 * control characters in interactive text: NUL, an escape or a C1 control pasted from another
 * system draws nothing or a box; a line break in a title is invisible in a one-line field; a
 * direction override in an id makes it differ from what it reads as. WhatsApp may refuse or
 * keep them, so a warning, never an error.
 */
export function controlCharacter(text: string, scope: TextScope): IssueDetail | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isFlaggedControl(code, scope)) continue
    const character = codePoint(text[i] ?? '')
    const at = countCharacters(text.slice(0, i)) + 1
    return { code: 'not_recommended', reason: 'control_character', params: { character, at }, warning: true }
  }
  return undefined
}

/**
 * `text` without the control characters `scope` flags (`isFlaggedControl`): a line break or tab
 * off a multi-line field becomes a space between words, and goes at the ends; the others go.
 */
export function withoutControlCharacters(text: string, scope: TextScope): string {
  let kept = ''
  // A line break's space waits for the next character kept: none at the ends, one between words.
  let space = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isFlaggedControl(code, scope)) {
      space ||= isLineBreakOrTab(code) && kept !== '' && !/\s$/.test(kept)
      continue
    }
    if (space && !/\s/.test(text[i] ?? '')) kept += ' '
    space = false
    kept += text[i]
  }
  return kept
}

/**
 * A text field limited in Unicode code points; what passing `max` means follows the limit's
 * kind (an error for a documented limit, a warning for our own guard), and a value within a
 * documented limit in code points but over it in UTF-16 units (emoji) gets a `too_long_utf16`
 * warning: see `lengthIssue`, which `lengthMark` reads too.
 * Required text of only spaces (or invisible characters) gets a `blank` warning, and text with
 * half of an emoji (a lone surrogate) a `broken_character` warning, and a control character
 * (`controlCharacter`, as `scope` reads them: line breaks and tabs only off a one-line field) a
 * `control_character` warning.
 */
export function limitedText(limit: Limit, scope: TextScope = 'text') {
  const schema = text().check((payload) => {
    const text = payload.value
    // Only spaces, line breaks or invisible characters: long enough by count, but the customer
    // sees nothing there. Meta says nothing of such text, so it is a warning, where text is
    // required (min 1).
    if (limit.min >= 1 && text.length > 0 && !VISIBLE.test(text)) {
      report(payload, { code: 'not_recommended', reason: 'blank', warning: true })
    }
    const broken = brokenCharacter(text)
    if (broken) report(payload, broken)
    const control = controlCharacter(text, scope)
    if (control) report(payload, control)
    const detail = lengthIssue(limit, text)
    if (detail !== undefined) report(payload, detail)
  })
  return hint(schema, 'text', limit)
}

/**
 * An identifier: limited text whose spaces at either end are an error where Meta forbids them
 * (`spacesForbidden`: a reply button's id, "no leading or trailing spaces" in the Messages API
 * reference, https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages) and a
 * warning elsewhere: Meta documents no such rule for other ids, but the spaces are easy to miss.
 */
export function identifier(limit: Limit, spacesForbidden = false) {
  const schema = limitedText(limit, 'id').check((payload) => {
    const text = payload.value
    const trimmed = text.trim()
    if (trimmed === text) return
    // Where Meta forbids the spaces, an id of only spaces breaks the rule too (its first and last
    // characters are spaces): an error beside the blank warning. Elsewhere the blank warning
    // says it better than "spaces at its ends".
    if (spacesForbidden) report(payload, { code: 'invalid_value', reason: 'spaces_around' })
    else if (VISIBLE.test(trimmed)) report(payload, { code: 'not_recommended', reason: 'spaces_around', warning: true })
  })
  // The JSON Schema refuses what the validators refuse: the spaces only where Meta forbids them.
  return hint(schema, spacesForbidden ? 'identifier' : 'text', limit)
}

// Browsers silently repair "https:///x", "https:\\x" and stray spaces; WhatsApp gets the raw
// text, so the scheme must be followed by a host, and whitespace or control characters are errors.
const URL_SHAPE = /^https?:\/\/[^/\\?#@\s]\S*$/i
const hasControl = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
// Hosts the customer's phone (or WhatsApp's media servers) cannot reach.
const LOCAL_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|[^.:[]+)$/i

/** The host of an absolute http(s) URL, or undefined when the text is not one. */
const httpHost = (text: string): string | undefined => {
  if (!URL_SHAPE.test(text) || hasControl(text)) return undefined
  try {
    const url = new URL(text)
    const ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
    return ok ? url.hostname : undefined
  } catch {
    return undefined
  }
}

/** Whether `text` is an absolute http(s) URL with a host and no whitespace, as `httpUrl` accepts. */
export const isHttpUrl = (text: string): boolean => httpHost(text) !== undefined

// A top-level domain is letters, two or more (IANA's root zone database), or an IDN's "xn--"
// label; an IPv4 host is what the URL parser makes of a numeric one, an IPv6 host is bracketed.
const LOADABLE_HOST = /(^localhost|\.(?:[a-z]{2,}|xn--[a-z0-9-]+)|^\d{1,3}(?:\.\d{1,3}){3}|^\[.*\])\.?$/i

/**
 * The link a preview may load for `text`, normalised, or `undefined` when it is none yet: when
 * `httpUrl` refuses it (not an absolute http(s) URL with a host, or spaces in or around it), or
 * its host cannot be a real one: a name without a dot other than `localhost`, or a last label
 * that is no top-level domain's shape (`https://example`, `https://example.c`: a link being
 * typed). A local host is loaded (the page may reach it, though WhatsApp cannot: `httpUrl` warns).
 */
export function loadableLink(text: string | undefined): string | undefined {
  if (!text) return undefined
  const host = httpHost(text)
  if (host === undefined || !LOADABLE_HOST.test(host)) return undefined
  return new URL(text).href
}

/**
 * An absolute http(s) URL within `limit`, with a host and no whitespace. A local host
 * (localhost, 127.x, a name without a dot) and plain http get warnings (Meta recommends https).
 */
export function httpUrl(limit: Limit) {
  const schema = limitedText(limit, 'url').check((payload) => {
    const text = payload.value
    if (text.length === 0) return
    const host = httpHost(text)
    if (host === undefined) {
      const trimmed = text.trim()
      const spaced = (/\s/.test(text) || hasControl(text)) && /^https?:\/\/[^/\s]/i.test(trimmed)
      // A link pasted with a space before or after it: say so (as for ids), not "no URL".
      if (trimmed !== text && httpHost(trimmed)) report(payload, { code: 'invalid_url', reason: 'spaces_around' })
      else report(payload, spaced ? { code: 'invalid_url', reason: 'url_spaces' } : { code: 'invalid_url' })
    } else if (LOCAL_HOST.test(host)) {
      report(payload, {
        code: 'not_recommended',
        reason: 'url_local_host',
        params: { host },
        warning: true,
      })
    } else if (/^http:/i.test(text)) {
      report(payload, { code: 'not_recommended', reason: 'url_http', warning: true })
    }
  })
  return hint(schema, 'url', limit)
}
