import * as z from 'zod/mini'
import type { Limit } from '../limits.ts'
import { countCharacters } from '../text-length.ts'
import { report } from './issue-detail.ts'
import { hint } from './json-hints.ts'

/**
 * A text field limited in Unicode code points. A value within the limit in code points but
 * over it in UTF-16 units (emoji) gets a `too_long_utf16` warning: Meta never says how it
 * counts, and JavaScript clients count UTF-16 (whatsapp-interactive.md §0.2).
 */
export function limitedText(limit: Limit) {
  const schema = z.string().check(
    z.check<string>((payload) => {
      const text = payload.value
      // Fast path: code points never exceed UTF-16 units, and a non-empty string has ≥1.
      if (text.length <= limit.max && text.length >= limit.min && limit.min <= 1) return
      const count = countCharacters(text)
      if (count > limit.max) {
        report(payload, { code: 'too_long', limit: limit.max, actual: count })
      } else if (count < limit.min) {
        report(payload, { code: 'too_short', limit: limit.min, actual: count })
      } else if (text.length > limit.max) {
        report(payload, { code: 'too_long_utf16', limit: limit.max, actual: text.length, warning: true })
      }
    }),
  )
  return hint(schema, { minLength: limit.min, maxLength: limit.max })
}

/** An identifier: limited text without leading or trailing whitespace (Meta trims ids). */
export function identifier(limit: Limit) {
  const schema = limitedText(limit).check(
    z.check<string>((payload) => {
      const text = payload.value
      if (text.length > 0 && text.trim() !== text) {
        report(payload, { code: 'invalid_value', message: 'has spaces at the start or end' })
      }
    }),
  )
  return hint(schema, { minLength: limit.min, maxLength: limit.max, pattern: '^\\S([\\s\\S]*\\S)?$' })
}

const isHttpUrl = (text: string): boolean => {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

/** An absolute http(s) URL within `limit`; plain http gets a warning (Meta recommends https). */
export function httpUrl(limit: Limit) {
  const schema = limitedText(limit).check(
    z.check<string>((payload) => {
      const text = payload.value
      if (text.length === 0 || text.length > limit.max * 2) return
      if (!isHttpUrl(text)) {
        report(payload, { code: 'invalid_url' })
      } else if (/^http:/i.test(text)) {
        report(payload, { code: 'not_recommended', message: 'uses http; WhatsApp recommends https', warning: true })
      }
    }),
  )
  return hint(schema, {
    minLength: limit.min,
    maxLength: limit.max,
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
    format: 'uri',
  })
}
