import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import type { Issue } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const button = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
const message = (overrides: Record<string, unknown> = {}) => ({
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [button('yes', 'Yes'), button('no', 'No')] },
  ...overrides,
})
const withButtons = (...buttons: unknown[]) => message({ action: { buttons } })

describe('reply buttons', () => {
  it('accepts the example from Briq docs', () => {
    expectClean(validateInteractive(message()))
  })

  it('accepts 1 and 3 buttons, rejects 0 and 4', () => {
    expectClean(validateInteractive(withButtons(button('a', 'A'))))
    expectClean(validateInteractive(withButtons(button('a', 'A'), button('b', 'B'), button('c', 'C'))))
    expectIssue(validateInteractive(withButtons()), ['action', 'buttons'], 'too_few', { limit: 1, actual: 0 })
    const four = withButtons(button('a', 'A'), button('b', 'B'), button('c', 'C'), button('d', 'D'))
    const issue = expectIssue(validateInteractive(four), ['action', 'buttons'], 'too_many', { limit: 3, actual: 4 })
    expect(issue.message).toBe('The message has 4 buttons; WhatsApp allows at most 3')
  })

  it('counts titles in code points: 20 passes, 21 fails with a worded message', () => {
    expectClean(validateInteractive(withButtons(button('a', chars(20)))))
    const result = validateInteractive(withButtons(button('a', 'A'), button('b', chars(23))))
    const issue = expectIssue(result, ['action', 'buttons', 1, 'reply', 'title'], 'too_long', { limit: 20, actual: 23 })
    expect(issue.message).toBe('Button 2 title is 23 characters; WhatsApp allows 20')
  })

  it('warns, without failing, when emoji make a title longer than 20 in UTF-16', () => {
    const title = '👍'.repeat(11) // 11 code points, 22 UTF-16 units
    const warning = expectWarning(
      validateInteractive(withButtons(button('a', title))),
      ['action', 'buttons', 0, 'reply', 'title'],
      'too_long_utf16',
    )
    expect(warning).toMatchObject({ limit: 20, actual: 22 })
    expectIssue(
      validateInteractive(withButtons(button('a', '👍'.repeat(21)))),
      ['action', 'buttons', 0, 'reply', 'title'],
      'too_long',
      {
        actual: 21,
      },
    )
  })

  it('rejects empty titles and ids', () => {
    expectIssue(
      validateInteractive(withButtons(button('a', ''))),
      ['action', 'buttons', 0, 'reply', 'title'],
      'too_short',
    )
    expectIssue(validateInteractive(withButtons(button('', 'A'))), ['action', 'buttons', 0, 'reply', 'id'], 'too_short')
  })

  it('limits ids to 256 characters without surrounding spaces', () => {
    expectClean(validateInteractive(withButtons(button(chars(256), 'A'))))
    expectIssue(
      validateInteractive(withButtons(button(chars(257), 'A'))),
      ['action', 'buttons', 0, 'reply', 'id'],
      'too_long',
      {
        limit: LIMITS.button.id.max,
      },
    )
    expectIssue(
      validateInteractive(withButtons(button(' a', 'A'))),
      ['action', 'buttons', 0, 'reply', 'id'],
      'invalid_value',
    )
  })

  it('warns about required text of only spaces (a blank title, body or id), not about words with spaces', () => {
    const blank = validateInteractive(
      message({ body: { text: ' \n ' }, action: { buttons: [button('yes', '  '), button('no', 'No')] } }),
    )
    for (const path of [
      ['body', 'text'],
      ['action', 'buttons', 0, 'reply', 'title'],
    ]) {
      expect(expectWarning(blank, path, 'not_recommended').message).toMatch(/is only spaces; the customer sees nothing/)
    }
    expectClean(validateInteractive(message({ body: { text: 'Ndiyo  ' } })))
  })

  it('warns about text of only invisible characters too: zero-width spaces, fillers, direction marks', () => {
    // A variation selector left behind when its emoji was deleted (U+FE0F), U+034F and a
    // supplementary selector are default-ignorable (Unicode's DerivedCoreProperties.txt) too.
    const ignorable = ['\uFE0F', '\u034F', '\u{E0100}']
    for (const invisible of [
      '\u200b',
      '\u3164',
      '\u2800',
      '\u200e\u200f',
      ' \u2060\n\ufeff ',
      '\u115f\u1160',
      ...ignorable,
    ]) {
      const result = validateInteractive(withButtons(button('yes', invisible), button('no', 'No')))
      expect(expectWarning(result, ['action', 'buttons', 0, 'reply', 'title'], 'not_recommended').reason).toBe('blank')
    }
    // Anything visible among them is text: a word, an emoji joined by ZWJ, a letter after a mark.
    for (const visible of ['a\u200b', '👨\u200d👩\u200d👧', '\u200fא']) {
      expectClean(validateInteractive(withButtons(button('yes', visible), button('no', 'No'))))
    }
  })

  it('refuses a reply id of only spaces: Meta forbids spaces at the ends of a reply id', () => {
    for (const id of [' ', '   ', '\t', '\u00a0']) {
      const result = validateInteractive(withButtons(button(id, 'A')))
      expect(expectIssue(result, ['action', 'buttons', 0, 'reply', 'id'], 'invalid_value').reason).toBe('spaces_around')
      const blank = result.warnings.find((w) => w.path.join('.') === 'action.buttons.0.reply.id')
      expect(blank?.reason).toBe('blank')
      // The customer never sees an id: its warning does not say they would see nothing.
      expect(blank?.message).toBe('Button 1 ID is only spaces; WhatsApp may reject the message')
      expect(formatIssue(blank as Issue, coreMessagesSw)).toBe(
        'Kitambulisho cha kitufe 1 kina nafasi tu; WhatsApp inaweza kukataa ujumbe',
      )
    }
  })

  it('requires unique ids and unique titles, pointing at the repeat', () => {
    const ids = validateInteractive(withButtons(button('a', 'A'), button('a', 'B')))
    expectIssue(ids, ['action', 'buttons', 1, 'reply', 'id'], 'duplicate')
    const titles = validateInteractive(withButtons(button('a', 'Same'), button('b', 'X'), button('c', 'Same')))
    const issue = expectIssue(titles, ['action', 'buttons', 2, 'reply', 'title'], 'duplicate')
    expect(issue.message).toContain('button 1')
  })

  it('warns at the later title that only looks the same as an earlier one (accent typed apart, spaces, zero-width)', () => {
    const at = ['action', 'buttons', 1, 'reply', 'title']
    // Each later title differs from "Café" only where nobody sees it; none is the same string.
    for (const title of ['Cafe\u0301', 'Café ', 'Caf\u200Bé', '\uFEFFCafé', 'Café\u00A0']) {
      const result = validateInteractive(withButtons(button('a', 'Café'), button('b', title)))
      expectWarning(result, at, 'duplicate')
      const issue = result.warnings.find((warning) => warning.reason === 'looks_alike')
      expect(issue).toMatchObject({ path: at, params: { what: 'title', value: title, first: at.with(2, 0) } })
    }
    const issue = validateInteractive(withButtons(button('a', 'Ndiyo  sasa'), button('b', 'Ndiyo sasa'))).warnings[0]
    expect(issue?.message).toBe(
      'Button 2 title "Ndiyo sasa" looks the same as button 1\'s but differs in spaces, invisible characters or how an accent is typed; people cannot tell them apart, and WhatsApp may count them as the same',
    )
    expect(formatIssue(issue as Issue, coreMessagesSw)).toBe(
      'Jina "\u2068Ndiyo sasa\u2069" la kitufe 2 linaonekana sawa na la kitufe 1, ila tofauti ni nafasi, herufi zisizoonekana au jinsi herufi yenye alama ilivyoandikwa; watu hawataona tofauti, na huenda WhatsApp ikachukulia kuwa ni sawa',
    )
  })

  it('warns of titles that differ only in case, which WhatsApp may count as the same (en, sw)', () => {
    const at = ['action', 'buttons', 1, 'reply', 'title']
    for (const [first, title] of [
      ['Yes', 'yes'],
      ['Yes', 'YES'],
      ['WhatsApp', 'Whatsapp'],
      ['Ndiyo sasa', 'NDIYO SASA'],
      // "É" typed as E + U+0301 shows as the single "É": only the case tells them apart.
      ['Café', 'CAFE\u0301'],
      ['Yes', 'YES\u200B'],
    ]) {
      const result = validateInteractive(withButtons(button('a', first as string), button('b', title as string)))
      const warning = expectWarning(result, at, 'duplicate')
      expect(warning).toMatchObject({
        reason: 'differs_in_case',
        params: { what: 'title', value: title, first: at.with(2, 0) },
      })
      expect(result.warnings).toHaveLength(1)
    }
    const issue = validateInteractive(withButtons(button('a', 'Yes'), button('b', 'yes'))).warnings[0]
    expect(issue?.message).toBe(
      'Button 2 title "yes" differs from button 1\'s only in capital letters; the customer may read them as the same answer, and WhatsApp may count them as the same',
    )
    expect(formatIssue(issue as Issue, coreMessagesSw)).toBe(
      'Jina "\u2068yes\u2069" la kitufe 2 linatofautiana na la kitufe 1 kwa herufi kubwa na ndogo tu; mteja anaweza kuyasoma kama jibu moja, na huenda WhatsApp ikachukulia kuwa ni sawa',
    )
    // Ids are values the business's code compares as written: case makes them different.
    expectClean(validateInteractive(withButtons(button('yes', 'Yes'), button('YES', 'No'))))
    // One warning per title: the looks-alike one where spaces differ too little to be seen.
    const both = validateInteractive(withButtons(button('a', 'Yes'), button('b', 'Yes ')))
    expect(both.warnings.map((warning) => warning.reason)).toEqual(['looks_alike'])
  })

  it('says "only in capital letters" also where the titles differ in what does not show', () => {
    // The kit calls "Yes " and "Yes" alike (looks_alike): "Yes " and "YES" differ no more visibly
    // than "Yes" and "YES", and the customer is no less likely to take one for the other.
    const at = ['action', 'buttons', 1, 'reply', 'title']
    for (const [first, title] of [
      ['Yes ', 'YES'],
      [' Yes', 'YES'],
      ['Ndiyo sasa', 'NDIYO  SASA'],
      ['Ndiyo sasa', 'NDIYO\u00A0SASA'],
    ]) {
      const result = validateInteractive(withButtons(button('a', first as string), button('b', title as string)))
      expect(result.warnings.map((warning) => [warning.reason, warning.path])).toEqual([['differs_in_case', at]])
    }
  })

  it('does not call titles alike when they look different: a joined emoji, an exact repeat', () => {
    // The zero-width joiner draws one family emoji; without it, three people stand apart.
    expectClean(validateInteractive(withButtons(button('a', '👨\u200D👩\u200D👧'), button('b', '👨👩👧'))))
    // An exact repeat is the error alone, not also a warning.
    const same = validateInteractive(withButtons(button('a', 'Same'), button('b', 'Same')))
    expect(same.warnings).toEqual([])
  })

  it('leaves two blank titles to their blank warnings, not "looks the same"', () => {
    // Both look empty, differently typed: each title's own warning says what to fix.
    const result = validateInteractive(withButtons(button('a', '\u200B'), button('b', '\u2060')))
    expect(result.warnings.map((warning) => [warning.path.join('.'), warning.reason])).toEqual([
      ['action.buttons.0.reply.title', 'blank'],
      ['action.buttons.1.reply.title', 'blank'],
    ])
  })

  it('requires type "reply" on each button', () => {
    const result = validateInteractive(withButtons({ type: 'url', reply: { id: 'a', title: 'A' } }))
    expectIssue(result, ['action', 'buttons', 0, 'type'], 'invalid_value')
  })

  it('allows every header kind, with media by exactly one of id or link', () => {
    for (const header of [
      { type: 'text', text: chars(60) },
      { type: 'image', image: { id: '1234' } },
      { type: 'video', video: { link: 'https://example.com/v.mp4' } },
      { type: 'document', document: { link: 'https://example.com/a.pdf', filename: 'a.pdf' } },
    ]) {
      expectClean(validateInteractive(message({ header })))
    }
    expectIssue(
      validateInteractive(message({ header: { type: 'text', text: chars(61) } })),
      ['header', 'text'],
      'too_long',
      {
        limit: 60,
      },
    )
    expectIssue(validateInteractive(message({ header: { type: 'image', image: {} } })), ['header', 'image'], 'required')
    expectIssue(
      validateInteractive(message({ header: { type: 'image', image: { id: '1', link: 'https://e.com/a.png' } } })),
      ['header', 'image', 'link'],
      'conflict',
      { message: 'Media link cannot be combined with an uploaded media ID; WhatsApp takes only one of the two' },
    )
    expectIssue(validateInteractive(message({ header: { type: 'text' } })), ['header', 'text'], 'required')
    expectIssue(
      validateInteractive(message({ header: { type: 'gif', gif: { link: 'https://e.com/a.gif' } } })),
      ['header', 'type'],
      'not_allowed',
      {
        message:
          'Header cannot be a gif: WhatsApp allows only text, image, video or document headers in reply-button messages',
      },
    )
  })

  it('warns of spaces around an uploaded media id, which WhatsApp looks up as typed', () => {
    const result = validateInteractive(message({ header: { type: 'image', image: { id: '1234 ' } } }))
    expect(result.ok).toBe(true)
    expect(expectWarning(result, ['header', 'image', 'id'], 'not_recommended').reason).toBe('spaces_around')
  })

  it('accepts only absolute http(s) media links', () => {
    for (const link of ['javascript:alert(1)', 'ftp://example.com/a.png', '/a.png', 'https://']) {
      expectIssue(
        validateInteractive(message({ header: { type: 'image', image: { link } } })),
        ['header', 'image', 'link'],
        'invalid_url',
      )
    }
    expectWarning(
      validateInteractive(message({ header: { type: 'image', image: { link: 'http://e.com/a.png' } } })),
      ['header', 'image', 'link'],
      'not_recommended',
    )
  })

  // Meta's media object has a caption, and Meta says nothing of one on an interactive header;
  // only client libraries (whatsapp-api-js) refuse it: a warning, never WhatsApp's error.
  it.each(['image', 'video', 'document'])('warns of a caption on a %s header, without blocking', (kind) => {
    const result = validateInteractive(message({ header: { type: kind, [kind]: { id: '1', caption: 'x' } } }))
    const warning = expectWarning(result, ['header', kind, 'caption'], 'not_recommended')
    expect(warning.reason).toBe('header_caption')
    expect(warning.message).not.toMatch(/unknown|rejects/)
    expect(formatIssue(warning, coreMessagesSw)).toContain('caption')
    expectIssue(
      validateInteractive(message({ header: { type: kind, [kind]: { id: '1', caption: 5 } } })),
      ['header', kind, 'caption'],
      'invalid_type',
    )
  })

  it('limits body to 1024 and footer to 60, both required to be non-empty when present', () => {
    expectClean(validateInteractive(message({ body: { text: chars(1024) }, footer: { text: chars(60) } })))
    expectIssue(validateInteractive(message({ body: { text: chars(1025) } })), ['body', 'text'], 'too_long', {
      limit: 1024,
      actual: 1025,
    })
    expectIssue(validateInteractive(message({ footer: { text: chars(61) } })), ['footer', 'text'], 'too_long', {
      limit: 60,
    })
    expectIssue(validateInteractive(message({ footer: { text: '' } })), ['footer', 'text'], 'too_short')
    expectIssue(validateInteractive(message({ body: undefined })), ['body'], 'required')
    expectIssue(validateInteractive(message({ body: {} })), ['body', 'text'], 'required')
  })

  it('rejects unknown keys anywhere, naming the key', () => {
    const issue = expectIssue(validateInteractive(message({ colour: 'red' })), ['colour'], 'unknown_key')
    expect(issue.message).toContain('"colour"')
    expectIssue(
      validateInteractive(withButtons({ type: 'reply', reply: { id: 'a', title: 'A', payload: 'x' } })),
      ['action', 'buttons', 0, 'reply', 'payload'],
      'unknown_key',
    )
  })
})
