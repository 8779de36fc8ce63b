import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { LIMITS } from '../limits.ts'
import { expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const HALF = '\ud83d' // the first half of 👍 (U+1F44D), as text cut by UTF-16 length leaves it
const buttons = (body: string, id = 'ndiyo', title = 'Ndiyo') => ({
  type: 'button',
  body: { text: body },
  action: { buttons: [{ type: 'reply', reply: { id, title } }] },
})
const BODY = ['body', 'text']

describe('half of an emoji (a lone surrogate) in text', () => {
  it('warns at the field, naming where, and never blocks: no rule of Meta or Briq covers it', () => {
    // A JSON "\ud83d" escape parses to exactly this.
    const message = JSON.parse(
      '{"type":"button","body":{"text":"Karibu \\ud83d"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}}',
    )
    const warning = expectWarning(validateInteractive(message), BODY, 'not_recommended')
    expect(warning).toMatchObject({ reason: 'broken_character', params: { at: 8 } })
    expect(warning.message).toBe(
      'Body text has a broken character (half of an emoji or symbol) at position 8; WhatsApp may reject it, though no rule is documented',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'Maandishi ya ujumbe yana herufi iliyovunjika (nusu ya emoji au alama) katika nafasi ya 8; WhatsApp inaweza kuikataa, ingawa hakuna kanuni rasmi',
    )
  })

  it('names the first half by its position in characters (a whole emoji is one), once per field', () => {
    // a, 👍, b, then a lone second half, and a lone first half before c.
    const result = validateInteractive(buttons(`a👍b\udc4d${HALF}c`))
    const warning = expectWarning(result, BODY, 'not_recommended')
    expect(warning).toMatchObject({ reason: 'broken_character', params: { at: 4 } })
    expect(result.warnings.filter((each) => each.reason === 'broken_character')).toHaveLength(1)
    expect(warning.message).toMatch(/at position 4;/)
    expect(formatIssue(warning, coreMessagesSw)).toMatch(/katika nafasi ya 4;/)
  })

  it('checks every text field: titles, ids and links too', () => {
    const link = {
      type: 'cta_url',
      body: { text: 'Fungua' },
      action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: `https://duka.example/${HALF}` } },
    }
    expect(expectWarning(validateInteractive(link), ['action', 'parameters', 'url'], 'not_recommended').reason).toBe(
      'broken_character',
    )
    const reply = ['action', 'buttons', 0, 'reply']
    const result = validateInteractive(buttons('Karibu', `id${HALF}`, `${HALF}Ndiyo`))
    expect(expectWarning(result, [...reply, 'id'], 'not_recommended').params).toEqual({ at: 3 })
    expect(expectWarning(result, [...reply, 'title'], 'not_recommended').params).toEqual({ at: 1 })
  })

  it('keeps the field’s other warnings: spaces around an id, a local http link', () => {
    const list = (id: string) => ({
      type: 'list',
      body: { text: 'Chagua' },
      action: { button: 'Fungua', sections: [{ rows: [{ id, title: 'Safu' }] }] },
    })
    const id = validateInteractive(list(` a${HALF}`))
    expect(id.warnings.map((issue) => issue.reason)).toEqual(['broken_character', 'spaces_around'])
    const link = validateInteractive({
      type: 'cta_url',
      body: { text: 'Fungua' },
      action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: `http://localhost/${HALF}` } },
    })
    expect(link.warnings.map((issue) => issue.reason)).toEqual(['broken_character', 'url_local_host'])
  })

  it('leaves whole emoji, skin tones, flags and families alone', () => {
    expectClean(validateInteractive(buttons('Karibu 👍🏽 🇹🇿 👨‍👩‍👧 😀')))
  })

  it('counts a half as one character, as the string iterator does, at the limit and past it', () => {
    const max = LIMITS.body.text.max
    const full = `${'a'.repeat(max - 2)}👍${HALF}`
    expect([...full].length).toBe(max)
    expect(validateInteractive(buttons(full)).ok).toBe(true)
    const over = `${full}${HALF}`
    expectIssue(validateInteractive(buttons(over)), BODY, 'too_long', {
      limit: max,
      actual: [...over].length,
    })
  })
})

describe('half of an emoji in free-form data', () => {
  const flowData = (data: Record<string, unknown>) => ({
    type: 'flow',
    body: { text: 'Book a table' },
    action: {
      name: 'flow',
      parameters: {
        flow_message_version: '3',
        flow_cta: 'Book now',
        flow_id: '1234',
        flow_action: 'navigate',
        flow_action_payload: { screen: 'WELCOME', data },
      },
    },
  })
  const DATA = ['action', 'parameters', 'flow_action_payload', 'data']
  const broken = (result: ReturnType<typeof validateInteractive>) =>
    result.warnings.filter((each) => each.reason === 'broken_character')

  it('warns at the exact path of a flow data text, nested in objects and lists, or of a key, without blocking', () => {
    const result = validateInteractive(
      flowData({ greeting: `Karibu ${HALF}`, guests: [{ name: 'Asha' }, { name: `Ju${HALF}ma` }], [`k${HALF}`]: 1 }),
    )
    expect(result.ok).toBe(true)
    expect(expectWarning(result, [...DATA, 'greeting'], 'not_recommended').params).toEqual({ at: 8 })
    expect(expectWarning(result, [...DATA, 'guests', 1, 'name'], 'not_recommended').params).toEqual({ at: 3 })
    const key = expectWarning(result, [...DATA, `k${HALF}`], 'not_recommended')
    expect(key).toMatchObject({ reason: 'broken_character', params: { at: 2 } })
    expect(key.message).toMatch(/has a broken character \(half of an emoji or symbol\) at position 2;/)
    expect(formatIssue(key, coreMessagesSw)).toMatch(/herufi iliyovunjika .* katika nafasi ya 2;/)
    expect(broken(result)).toHaveLength(3)
    expectClean(validateInteractive(flowData({ greeting: 'Karibu 👍🏽', 'k👍': [1, null, true] })))
  })

  it('warns at an address validation_errors value, and at a key', () => {
    const address = (errors: Record<string, unknown>) => ({
      type: 'address_message',
      body: { text: 'Where should we deliver?' },
      action: { name: 'address_message', parameters: { country: 'IN', validation_errors: errors } },
    })
    const at = ['action', 'parameters', 'validation_errors']
    const value = validateInteractive(address({ city: `Hatuwezi ${HALF}` }))
    expect(value.ok).toBe(true)
    expect(expectWarning(value, [...at, 'city'], 'not_recommended').params).toEqual({ at: 10 })
    expect(broken(value)).toHaveLength(1)
    const key = validateInteractive(address({ [`${HALF}city`]: 'x' }))
    expect(expectWarning(key, [...at, `${HALF}city`], 'not_recommended').params).toEqual({ at: 1 })
    expect(broken(key)).toHaveLength(1)
  })

  // The walk reports the first value JSON cannot write, and still warns of every broken character.
  it('still warns of a broken character after a value JSON cannot write, and keeps one error', () => {
    const data = validateInteractive(
      flowData({ total: Number.NaN, when: () => 0, note: `Karibu ${HALF}`, guests: [{ name: `Ju${HALF}ma` }] }),
    )
    expect(data.ok ? [] : data.issues.map((issue) => [issue.path, issue.reason])).toEqual([
      [[...DATA, 'total'], 'json_data'],
    ])
    expect(broken(data).map((warning) => warning.path)).toEqual([
      [...DATA, 'note'],
      [...DATA, 'guests', 0, 'name'],
    ])
    const at = ['action', 'parameters', 'validation_errors']
    const errors = validateInteractive({
      type: 'address_message',
      body: { text: 'Where should we deliver?' },
      action: { name: 'address_message', parameters: { country: 'IN', validation_errors: { name: 1, city: HALF } } },
    })
    expect(errors.ok ? [] : errors.issues.map((issue) => issue.path)).toEqual([[...at, 'name']])
    expect(broken(errors).map((warning) => warning.path)).toEqual([[...at, 'city']])
  })
})
