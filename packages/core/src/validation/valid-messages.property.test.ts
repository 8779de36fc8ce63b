import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { MESSAGE_ARBITRARIES, type MessageVariant } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

// Only these may be warned about on a valid message: UTF-16 overflow of emoji-heavy text,
// and the documented "allowed but risky" cases (no catalog thumbnail, flow CTA over 20).
const WARNING_CODES = new Set(['too_long_utf16', 'not_recommended'])

const describeIssues = (issues: Issue[]) =>
  JSON.stringify(issues.map(({ path, code, limit, actual }) => ({ path, code, limit, actual })))

describe('every generated valid message is valid', () => {
  const variants = Object.keys(MESSAGE_ARBITRARIES) as MessageVariant[]
  it.each(variants)('%s: validateInteractive and validateSendRequest both say ok', (variant) => {
    let utf16Warnings = 0
    fc.assert(
      fc.property(MESSAGE_ARBITRARIES[variant](), (message) => {
        const result = validateInteractive(message)
        expect(result.ok, result.ok ? '' : describeIssues(result.issues)).toBe(true)
        for (const warning of result.warnings) expect(WARNING_CODES).toContain(warning.code)
        if (result.warnings.some((w) => w.code === 'too_long_utf16')) utf16Warnings++

        // An address request to a customer in India: a number elsewhere is a warning of its own.
        const to = message.type === 'address_message' ? '919876543210' : '255712345678'
        const request = validateSendRequest({ to, interactive: message })
        expect(request.ok, request.ok ? '' : describeIssues(request.issues)).toBe(true)
        // The same warnings, one level down.
        expect(request.warnings.map((w) => w.path)).toEqual(result.warnings.map((w) => ['interactive', ...w.path]))
      }),
      { numRuns: 100 },
    )
    // The arbitraries reach the limits with emoji: most variants must hit a UTF-16 warning.
    if (!['location_request_message', 'call_permission_request'].includes(variant)) {
      expect(utf16Warnings, 'emoji-heavy text at the limit was never generated').toBeGreaterThan(0)
    }
  })

  it('accepts the complete form (every optional field present) of every type', () => {
    for (const variant of variants) {
      fc.assert(
        fc.property(MESSAGE_ARBITRARIES[variant]({ complete: true }), (message) => {
          const result = validateInteractive(message)
          expect(result.ok, `${variant}: ${result.ok ? '' : describeIssues(result.issues)}`).toBe(true)
        }),
        { numRuns: 15 },
      )
    }
  })

  it.each(['image', 'video', 'document'] as const)('accepts %s headers on reply buttons and cta_url', (header) => {
    const messages = fc.oneof(MESSAGE_ARBITRARIES.button({ header }), MESSAGE_ARBITRARIES.cta_url({ header }))
    fc.assert(
      fc.property(messages, (message) => {
        expect(message.header?.type).toBe(header)
        expect(validateInteractive(message).ok).toBe(true)
      }),
      { numRuns: 30 },
    )
  })
})
