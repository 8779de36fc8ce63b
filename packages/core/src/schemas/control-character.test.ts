import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import type { Issue } from '../issue.ts'
import { expectClean, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { withoutControlCharacters } from './text.ts'

const button = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const buttons = (body: string, ...items: unknown[]) => ({
  type: 'button',
  body: { text: body },
  action: { buttons: items.length > 0 ? items : [button('ndiyo', 'Ndiyo')] },
})
const BODY = ['body', 'text']
const TITLE = ['action', 'buttons', 0, 'reply', 'title']
const ID = ['action', 'buttons', 0, 'reply', 'id']
const controls = (result: ReturnType<typeof validateInteractive>) =>
  result.warnings.filter((warning) => warning.reason === 'control_character')

describe('control characters in text (Meta documents none)', () => {
  it('warns at the field, naming the first and where, and never blocks (en, sw)', () => {
    const result = validateInteractive(buttons('Karibu\u0000 sana\u0007'))
    const warning = expectWarning(result, BODY, 'not_recommended')
    expect(warning).toMatchObject({ reason: 'control_character', params: { character: 'U+0000', at: 7 } })
    expect(controls(result)).toHaveLength(1)
    expect(warning.message).toBe(
      'Body text has an invisible control character (U+0000) at position 7; easy to miss, and WhatsApp may reject it, though no rule is documented',
    )
    expect(formatIssue(warning, coreMessagesSw)).toBe(
      'Maandishi ya ujumbe yana herufi ya udhibiti isiyoonekana (U+0000) katika nafasi ya 7; ni rahisi kuikosa, na WhatsApp inaweza kuikataa, ingawa hakuna kanuni rasmi',
    )
  })

  it('counts the position in characters: an emoji before it is one', () => {
    const warning = expectWarning(validateInteractive(buttons('👍🏽a\u001b')), BODY, 'not_recommended')
    expect(warning.params).toEqual({ character: 'U+001B', at: 4 })
  })

  it('flags C0 controls, DEL and C1 controls (NEL too); a body keeps its line breaks and tabs', () => {
    for (const [control, character] of [
      ['\u0001', 'U+0001'],
      ['\u001f', 'U+001F'],
      ['\u007f', 'U+007F'],
      ['\u0085', 'U+0085'],
      ['\u009f', 'U+009F'],
    ]) {
      const warning = expectWarning(validateInteractive(buttons(`a${control}b`)), BODY, 'not_recommended')
      expect(warning.params?.character).toBe(character)
    }
    expectClean(validateInteractive(buttons('Mstari 1\nMstari 2\r\n\tMstari 3')))
    // No-break space, soft hyphen and U+00A0 onwards are not controls.
    expectClean(validateInteractive(buttons('Bei\u00a0100 ma\u00adneno')))
  })

  it('flags a line break or tab in a one-line field (a title, a label, a header), naming it (en, sw)', () => {
    const result = validateInteractive(buttons('Chagua', button('ndiyo', 'Ndiyo\nsasa')))
    const warning = expectWarning(result, TITLE, 'not_recommended')
    expect(warning.params).toEqual({ character: 'U+000A', at: 6 })
    expect(warning.message).toBe(
      'Button 1 title has a line break (U+000A) at position 6; easy to miss, and WhatsApp may reject it, though no rule is documented',
    )
    expect(formatIssue(warning, coreMessagesSw)).toMatch(/^Jina la kitufe 1 lina herufi ya mstari mpya \(U\+000A\) /)
    const tab = expectWarning(
      validateInteractive({ ...buttons('Chagua'), header: { type: 'text', text: 'Ofa\tleo' } }),
      ['header', 'text'],
      'not_recommended',
    )
    expect(tab.message).toMatch(/^Header text has a tab \(U\+0009\) at position 4;/)
    // The footer, like the body, may take several lines.
    expectClean(validateInteractive({ ...buttons('Chagua'), footer: { text: 'Duka la Asha\nDar es Salaam' } }))
  })

  it('leaves a line break in a row description, shown under its title, unwarned', () => {
    const list = {
      type: 'list',
      body: { text: 'Chagua' },
      footer: { text: 'Bei\r\nzinajumuisha VAT' },
      action: {
        button: 'Chagua',
        sections: [{ rows: [{ id: 'a', title: 'Kawaida', description: 'Siku 3–5\nBure' }] }],
      },
    }
    expectClean(validateInteractive(list))
  })

  it('flags a line break or tab in an address value, which prefills a one-line field (en, sw)', () => {
    const address = (values: Record<string, string>) => ({
      type: 'address_message',
      body: { text: 'Tuma anwani' },
      action: { name: 'address_message', parameters: { country: 'IN', values } },
    })
    const result = validateInteractive(address({ address: 'Plot 12\nSector 5', city: 'Navi\tMumbai' }))
    const at = ['action', 'parameters', 'values']
    expect(controls(result).map((warning) => [warning.path.slice(3).join('.'), warning.params])).toEqual([
      ['address', { character: 'U+000A', at: 8 }],
      ['city', { character: 'U+0009', at: 5 }],
    ])
    const warning = expectWarning(result, [...at, 'address'], 'not_recommended')
    expect(warning.message).toBe(
      'Street address has a line break (U+000A) at position 8; easy to miss, and WhatsApp may reject it, though no rule is documented',
    )
    expect(formatIssue(warning, coreMessagesSw)).toMatch(/ herufi ya mstari mpya \(U\+000A\) katika nafasi ya 8; /)
    expectClean(validateInteractive(address({ address: 'Plot 12, Sector 5', city: 'Navi Mumbai' })))
  })

  it('flags a direction control in an id, which is compared as written, not in a title (en, sw)', () => {
    const result = validateInteractive(buttons('Chagua', button('ndiyo\u202e', '\u2067نعم\u2069')))
    const warning = expectWarning(result, ID, 'not_recommended')
    expect(warning.params).toEqual({ character: 'U+202E', at: 6 })
    expect(controls(result)).toHaveLength(1)
    expect(warning.message).toMatch(/^Button 1 ID has an invisible direction control \(U\+202E\) at position 6;/)
    expect(formatIssue(warning as Issue, coreMessagesSw)).toMatch(
      /^Kitambulisho cha kitufe 1 kina herufi isiyoonekana ya mwelekeo wa maandishi \(U\+202E\) /,
    )
  })

  it('leaves a URL to its own error: a control character in a link is already refused', () => {
    const result = validateInteractive({
      type: 'cta_url',
      body: { text: 'Fungua' },
      action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'https://duka.example/\u0001' } },
    })
    expect(result.ok ? [] : result.issues.map((issue) => issue.reason)).toEqual(['url_spaces'])
    expect(controls(result)).toEqual([])
  })

  it('names Briq where the field is Briq’s (a send request’s sender)', async () => {
    const { validateSendRequest } = await import('../validation/validate-send-request.ts')
    const result = validateSendRequest({
      to: '255712345678',
      sender: 'Duka\u0001',
      interactive: buttons('Chagua'),
    })
    const warning = result.warnings.find((each) => each.reason === 'control_character')
    expect(warning?.message).toMatch(/; easy to miss, and Briq may reject it, though no rule is documented$/)
  })
})

describe('control characters in values compared or shown on one line', () => {
  it('flags a line break in the sender, which names one of your numbers', async () => {
    const { validateSendRequest } = await import('../validation/validate-send-request.ts')
    const result = validateSendRequest({ to: '255712345678', sender: 'Duka\nAsha', interactive: buttons('Chagua') })
    expect(result.warnings.find((each) => each.reason === 'control_character')).toMatchObject({
      path: ['sender'],
      params: { character: 'U+000A', at: 5 },
    })
  })

  it('flags a line break or direction control in a flow token and a call payload, returned as written', () => {
    const flow = (flow_token: string) => ({
      type: 'flow',
      body: { text: 'Weka' },
      action: {
        name: 'flow',
        parameters: { flow_message_version: '3', flow_id: '1', flow_cta: 'Weka', flow_token },
      },
    })
    const token = ['action', 'parameters', 'flow_token']
    for (const [text, character] of [
      ['AQAA\nBBB', 'U+000A'],
      ['AQAA\u202eBBB', 'U+202E'],
    ]) {
      const warning = expectWarning(validateInteractive(flow(text ?? '')), token, 'not_recommended')
      expect(warning.params).toEqual({ character, at: 5 })
    }
    const call = {
      type: 'voice_call',
      body: { text: 'Tupigie' },
      action: { name: 'voice_call', parameters: { payload: 'oda-42\t' } },
    }
    const warning = expectWarning(validateInteractive(call), ['action', 'parameters', 'payload'], 'not_recommended')
    expect(warning.params).toEqual({ character: 'U+0009', at: 7 })
  })
})

describe('withoutControlCharacters', () => {
  it.each([
    ['Yes\nsir', 'line', 'Yes sir'],
    ['Yes \nsir', 'line', 'Yes sir'],
    ['\nYes\n', 'line', 'Yes'],
    ['a\r\n\tb', 'line', 'a b'],
    ['Yes \u0001', 'line', 'Yes '],
    ['a\u0000b\nc', 'text', 'ab\nc'],
    ['a\u202eb', 'line', 'a\u202eb'],
    ['a\u202eb\u2069', 'id', 'ab'],
  ] as const)('%j (%s) → %j', (text, scope, left) => {
    expect(withoutControlCharacters(text, scope)).toBe(left)
  })
})
