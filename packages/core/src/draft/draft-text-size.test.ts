import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { LIMITS } from '../limits.ts'
import { MAX_BODY_DEPTH } from '../server/json-object-body.ts'
import { utf8Size } from './draft-text-size.ts'
import { readJsonText } from './json-text.ts'
import { openDraftFile, readDraftFile } from './read-draft-file.ts'

describe('the size of a draft text', () => {
  it('is counted in UTF-8 bytes, as an encoder writes the text (a lone surrogate as U+FFFD)', () => {
    for (const text of ['', 'plain', 'Habari é ñ', 'شكرا', '€ ✓ 中文', '👍🏽 🌍', 'a\uD83Db', '\uDC00x', 'end\uD83D']) {
      expect(utf8Size(text), text).toBe(new TextEncoder().encode(text).length)
    }
  })

  it('refuses a text within the limit in UTF-16 units but past it in bytes, typed or opened alike', async () => {
    const limit = LIMITS.structure.draftFile.max
    // An Arabic body of 150 000 letters: 2 bytes each, as the file of it is measured.
    const text = JSON.stringify({ type: 'button', body: { text: 'ش'.repeat(150_000) } })
    expect(text.length).toBeLessThan(limit)
    const bytes = new TextEncoder().encode(text).length
    expect(bytes).toBeGreaterThan(limit)
    const opened = await openDraftFile(new Blob([text]))
    expect(opened).toEqual({ ok: false, reason: 'too_large', limit, actual: bytes })
    expect(readDraftFile(text)).toEqual(opened)
    const typed = readJsonText(text)
    expect(typed).toMatchObject({ ok: false, issue: { reason: 'json_text_too_large', limit, actual: bytes } })
    // The size said is the text's in bytes (294 KB), not its length in UTF-16 units (147 KB).
    const issue = typed.ok ? undefined : typed.issue
    expect(issue && [formatIssue(issue), formatIssue(issue, coreMessagesSw)]).toEqual([
      'The message is too large to read here: 294 KB, and at most 256 KB is read (a message is far smaller); nothing was changed',
      'Ujumbe una maandishi mengi mno kuweza kusomwa hapa: KB 294, na kikomo ni KB 256 (ujumbe wa WhatsApp huwa mdogo sana kuliko hapo); hakuna kilichobadilishwa',
    ])
  })
})

describe('a draft text nested too deep', () => {
  // A few kilobytes of brackets parse, but a draft that deep overflows JSON.stringify: the JSON
  // tab then showed `null` and every save was refused.
  const nested = (depth: number) =>
    `{"type":"button","body":{"text":"x"},"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`

  it('is refused before it is parsed, typed or opened alike, naming the file', async () => {
    const text = nested(5000)
    expect(text.length).toBeLessThan(LIMITS.structure.draftFile.max)
    const typed = readJsonText(text)
    expect(typed).toMatchObject({ ok: false, issue: { path: [], reason: 'json_text_too_deep', limit: MAX_BODY_DEPTH } })
    const issue = typed.ok ? undefined : typed.issue
    expect(issue && [formatIssue(issue), formatIssue(issue, coreMessagesSw)]).toEqual([
      `The message nests more than ${MAX_BODY_DEPTH} levels deep, past what is read here (a message needs far fewer); nothing was changed`,
      `Ujumbe una ngazi zaidi ya ${MAX_BODY_DEPTH} za ndani, kupita kiwango kinachosomwa hapa (ujumbe wa WhatsApp huwa na ngazi chache sana); hakuna kilichobadilishwa`,
    ])
    const opened = await openDraftFile(Object.assign(new Blob([text]), { name: 'deep.json' }))
    expect(opened).toMatchObject({ ok: false, reason: 'too_deep', limit: MAX_BODY_DEPTH })
    expect(opened.ok ? undefined : opened.issue?.message).toMatch(/^deep\.json nests more than/)
    expect(readJsonText(nested(3), ['action'])).toMatchObject({ ok: true })
  })

  it('is read up to the depth the servers take, and brackets inside strings do not count', () => {
    // The object itself is one level: the brackets inside make the rest.
    expect(readJsonText(nested(MAX_BODY_DEPTH - 1))).toMatchObject({ ok: true })
    expect(readJsonText(nested(MAX_BODY_DEPTH))).toMatchObject({ ok: false, issue: { reason: 'json_text_too_deep' } })
    expect(readJsonText(`{"body":{"text":"${'['.repeat(5000)}"}}`)).toMatchObject({ ok: true })
    expect(readDraftFile(`{"type":"list","body":{"text":"${'{'.repeat(5000)}"}}`)).toMatchObject({ ok: true })
  })
})

describe('a number too large for JSON readers in a draft text', () => {
  it('is refused, naming where it is, so the text typed is never shown again as null', () => {
    const text = '{"type": "carousel", "action": {"cards": [{"card_index": 0}, {"card_index": 1e400}]}}'
    const typed = readJsonText(text)
    expect(typed).toMatchObject({
      ok: false,
      issue: { path: [], reason: 'json_number_too_big', params: { key: 'action.cards.1.card_index' } },
    })
    const issue = typed.ok ? undefined : typed.issue
    expect(issue && [formatIssue(issue), formatIssue(issue, coreMessagesSw)]).toEqual([
      'The message has a number too large to read at \u2068action.cards.1.card_index\u2069 (past about 1.8e308 it would read as infinity and be written as null); nothing was changed',
      'Ujumbe una namba kubwa mno kuweza kusomwa kwenye \u2068action.cards.1.card_index\u2069 (zaidi ya takriban 1.8e308, ingesomwa kama isiyo na kikomo na kuandikwa null); hakuna kilichobadilishwa',
    ])
    expect(readJsonText('{"a": -1e400}', ['action'])).toMatchObject({ ok: false, issue: { params: { key: 'a' } } })
    expect(readJsonText('{"a": 1e308, "b": "1e400"}')).toMatchObject({ ok: true })
  })

  it('is refused in an opened file too, naming the file and where the number is in it', async () => {
    const call =
      '{"type":"voice_call","body":{"text":"a"},"action":{"name":"voice_call","parameters":{"ttl_minutes":1e400}}}'
    const text = `{"to":"255700000001","interactive":${call}}`
    const opened = await openDraftFile(Object.assign(new Blob([text]), { name: 'call.json' }))
    expect(opened).toMatchObject({
      ok: false,
      reason: 'number_too_big',
      issue: {
        reason: 'json_number_too_big',
        params: { key: 'interactive.action.parameters.ttl_minutes', file: 'call.json' },
      },
    })
    const issue = opened.ok ? undefined : opened.issue
    expect(issue && [formatIssue(issue), formatIssue(issue, coreMessagesSw)]).toEqual([
      '\u2068call.json\u2069 has a number too large to read at \u2068interactive.action.parameters.ttl_minutes\u2069 (past about 1.8e308 it would read as infinity and be written as null); nothing was changed',
      'Faili \u2068call.json\u2069 lina namba kubwa mno kuweza kusomwa kwenye \u2068interactive.action.parameters.ttl_minutes\u2069 (zaidi ya takriban 1.8e308, ingesomwa kama isiyo na kikomo na kuandikwa null); hakuna kilichobadilishwa',
    ])
    expect(readDraftFile(call)).toMatchObject({
      ok: false,
      reason: 'number_too_big',
      issue: { params: { key: 'action.parameters.ttl_minutes' } },
    })
    expect(readDraftFile(call.replace('1e400', '1e308'))).toMatchObject({ ok: true })
  })
})
