import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const flow = (parameters: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  type: 'flow',
  header: { type: 'text', text: 'Book a table' },
  body: { text: 'Pick a time that suits you' },
  action: {
    name: 'flow',
    parameters: { flow_message_version: '3', flow_cta: 'Book now', flow_id: '1234', ...parameters },
  },
  ...overrides,
})
const at = (key: string) => ['action', 'parameters', key]

describe('flow', () => {
  it('accepts a published flow by id and a draft flow by name with a payload', () => {
    expectClean(validateInteractive(flow({})))
    const named = flow({
      flow_id: undefined,
      flow_name: 'booking',
      mode: 'draft',
      flow_token: 'abc',
      flow_action: 'navigate',
      flow_action_payload: { screen: 'WELCOME', data: { table: 4 } },
    })
    expectClean(validateInteractive(named))
  })

  it('requires exactly one of flow_id and flow_name', () => {
    expectIssue(validateInteractive(flow({ flow_id: undefined })), at('flow_id'), 'required')
    expectIssue(validateInteractive(flow({ flow_name: 'x' })), at('flow_name'), 'conflict')
  })

  it('warns of spaces around a flow id, name or screen, which WhatsApp looks up as typed', () => {
    for (const [parameters, path] of [
      [{ flow_id: ' 1234' }, at('flow_id')],
      [{ flow_id: undefined, flow_name: 'booking ' }, at('flow_name')],
      [{ flow_action_payload: { screen: ' WELCOME' } }, [...at('flow_action_payload'), 'screen']],
    ] as const) {
      const result = validateInteractive(flow(parameters))
      expect(result.ok).toBe(true)
      expect(expectWarning(result, [...path], 'not_recommended').reason).toBe('spaces_around')
    }
  })

  it('requires flow_message_version "3"', () => {
    expectIssue(validateInteractive(flow({ flow_message_version: '2' })), at('flow_message_version'), 'invalid_value', {
      message: 'The flow_message_version must be "3" for WhatsApp',
    })
    expectIssue(validateInteractive(flow({ flow_message_version: undefined })), at('flow_message_version'), 'required')
  })

  it('limits the CTA to 30, warns above 20, rejects emoji', () => {
    expectClean(validateInteractive(flow({ flow_cta: chars(20) })))
    const warning = expectWarning(validateInteractive(flow({ flow_cta: chars(30) })), at('flow_cta'), 'not_recommended')
    expect(warning).toMatchObject({ limit: 20, actual: 30 })
    expectIssue(validateInteractive(flow({ flow_cta: chars(31) })), at('flow_cta'), 'too_long', { limit: 30 })
    expectIssue(validateInteractive(flow({ flow_cta: 'Book 📅' })), at('flow_cta'), 'invalid_value')
  })

  it('says only "too long" past 30, no advice to keep it under 20 beside the error', () => {
    const result = validateInteractive(flow({ flow_cta: chars(31) }))
    expect(result.warnings).toEqual([])
    expect(result.issues?.map((issue) => issue.code)).toEqual(['too_long'])
  })

  it('rejects emoji that are no pictograph: flags, keycaps and skin tones', () => {
    for (const cta of ['Karibu 🇹🇿', 'Step 1️⃣', 'Hatua #⃣', 'Sawa 🏽']) {
      expectIssue(validateInteractive(flow({ flow_cta: cta })), at('flow_cta'), 'invalid_value')
    }
    // Digits, # and * alone are text, not keycaps.
    expectClean(validateInteractive(flow({ flow_cta: 'Step 1 of 3 #*' })))
  })

  it('takes symbols that render as text with a warning, and rejects them asking to be emoji (U+FE0F)', () => {
    // Emoji characters whose default presentation is text (Unicode UTS #51: Emoji_Presentation=No):
    // many apps draw them as emoji, and Meta does not say whether "no emoji" counts them.
    for (const [cta, character] of [
      ['Duka© ®', '"©" (U+00A9)'],
      ['Karibu™', '"™" (U+2122)'],
      ['Sasa‼ ⁉', '"‼" (U+203C)'],
      ['Njia ↔', '"↔" (U+2194)'],
      ['Moyo ❤', '"❤" (U+2764)'],
      ['Piga ☎', '"☎" (U+260E)'],
      ['Ndiyo ✔', '"✔" (U+2714)'],
      ['Moyo ❤\uFE0E', '"❤" (U+2764)'],
    ] as const) {
      const result = validateInteractive(flow({ flow_cta: cta }))
      const warning = expectWarning(result, at('flow_cta'), 'not_recommended')
      expect(warning).toMatchObject({ reason: 'maybe_emoji', params: { character } })
      expect(result.warnings).toHaveLength(1)
    }
    // No emoji form at all (★, a digit, #, *, letters): nothing to say.
    for (const cta of ['Hatua 1 #*', 'Nyota ★', 'Café ✓']) expectClean(validateInteractive(flow({ flow_cta: cta })))
    for (const cta of ['Duka©\uFE0F', 'Moyo ❤\uFE0F', 'Sasa‼\uFE0F']) {
      expectIssue(validateInteractive(flow({ flow_cta: cta })), at('flow_cta'), 'invalid_value')
    }
    // A pictograph Unicode has not assigned yet is a future emoji, not text.
    expectIssue(validateInteractive(flow({ flow_cta: 'Mpya \u{1FFF0}' })), at('flow_cta'), 'invalid_value')
  })

  it('words the symbol warning in English and Swahili, naming the symbol', () => {
    const warning = expectWarning(validateInteractive(flow({ flow_cta: 'Moyo ❤' })), at('flow_cta'), 'not_recommended')
    expect(warning.message).toBe(
      'Flow button text has "❤" (U+2764), a symbol many apps draw as an emoji; WhatsApp allows no emoji here and may reject it, though it does not say which symbols count',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'Maandishi ya kitufe cha flow yana "❤" (U+2764), alama ambayo programu nyingi huionyesha kama emoji; WhatsApp hairuhusu emoji hapa na inaweza kuikataa, ingawa haisemi ni alama zipi zinahesabiwa kuwa emoji',
    )
  })

  it('allows flow_action_payload only with navigate, and non-empty data', () => {
    expectIssue(
      validateInteractive(flow({ flow_action: 'data_exchange', flow_action_payload: { screen: 'A' } })),
      at('flow_action_payload'),
      'not_allowed',
      {
        message:
          'With flow_action "data_exchange" your flow\'s endpoint sends the first screen and its data, so WhatsApp takes no flow_action_payload: leave it out, or use "navigate"',
      },
    )
    // Data whose keys are all undefined is sent as {} (JSON drops them): empty too.
    for (const data of [{}, { '': undefined, table: undefined }]) {
      expectIssue(
        validateInteractive(flow({ flow_action_payload: { data } })),
        ['action', 'parameters', 'flow_action_payload', 'data'],
        'too_few',
      )
    }
    expectIssue(validateInteractive(flow({ mode: 'live' })), at('mode'), 'invalid_value')
  })

  it('takes a text header; media only with allowFlowMediaHeader', () => {
    const media = flow({}, { header: { type: 'image', image: { id: '1' } } })
    expectIssue(validateInteractive(media), ['header', 'type'], 'not_allowed')
    expectClean(validateInteractive(media, { allowFlowMediaHeader: true }))
  })

  it.each<{ allowFlowMediaHeader?: boolean }>([{}, { allowFlowMediaHeader: true }])(
    'says once that a gif header is no flow header (%o)',
    (options) => {
      const result = validateInteractive(
        flow({}, { header: { type: 'gif', gif: { link: 'https://example.com/a.gif' } } }),
        options,
      )
      expectIssue(result, ['header', 'type'], 'not_allowed', { reason: 'header_kind' })
      // Only the kinds these options allow: text alone unless media headers are enabled.
      const allowed = options.allowFlowMediaHeader ? ['text', 'image', 'video', 'document'] : ['text']
      expectIssue(result, ['header', 'type'], 'not_allowed', { params: { kind: 'gif', type: 'flow', allowed } })
      const atType = result.ok ? [] : result.issues.filter((issue) => issue.path.join('.') === 'header.type')
      expect(atType).toHaveLength(1)
    },
  )

  it.each<{ allowFlowMediaHeader?: boolean }>([{}, { allowFlowMediaHeader: true }])(
    'names only the header kinds allowed for a mistyped one (%o)',
    (options) => {
      const result = validateInteractive(flow({}, { header: { type: 'imge', imge: { id: '1' } } }), options)
      const allowed = options.allowFlowMediaHeader ? ['text', 'image', 'video', 'document'] : ['text']
      expectIssue(result, ['header', 'type'], 'invalid_value', { reason: 'one_of', params: { allowed } })
    },
  )
})
