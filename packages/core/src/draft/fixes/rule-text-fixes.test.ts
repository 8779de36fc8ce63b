import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../i18n/format-issue.ts'
import { coreMessagesSw } from '../../i18n/messages-sw.ts'
import type { Issue } from '../../issue.ts'
import { LIMITS } from '../../limits.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { getAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const apply = (draft: unknown, id: string) => applyDraftOperation(draft, { op: 'fix', id })
const issuesAt = (draft: unknown, path: (string | number)[]) => {
  const result = validateInteractive(draft)
  return [...(result.ok ? [] : result.issues), ...result.warnings].filter(
    (issue) => JSON.stringify(issue.path) === JSON.stringify(path),
  )
}

describe('a country code in lower case', () => {
  const COUNTRY = ['action', 'parameters', 'country']
  it('offers the same letters in capitals, beside the country error', () => {
    const draft = setAt(createDraft('address_message'), COUNTRY, ' in')
    const fix = fixesOf(draft).find((each) => each.id === 'country-case:action.parameters.country')
    expect(fix).toMatchObject({ labelKey: 'fix.countryCapitals', params: { code: 'IN' }, paths: [COUNTRY] })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['country_code'])
    const fixed = apply(draft, 'country-case:action.parameters.country')
    expect(getAt(fixed, COUNTRY)).toBe('IN')
    expect(validateInteractive(fixed)).toMatchObject({ ok: true, warnings: [] })
  })
  it('is not offered for a code that capitals would not make valid, or one already valid', () => {
    for (const country of ['india', 'i', 'I N', 'IN'])
      expect(fixesOf(setAt(createDraft('address_message'), COUNTRY, country)).map((fix) => fix.id)).not.toContain(
        'country-case:action.parameters.country',
      )
  })
  // "Write it in capitals: IN" beside " IN" (already in capitals) named a change it does not make.
  it('is not offered for capitals with spaces at the ends: trimming them is offered', () => {
    const ids = fixesOf(setAt(createDraft('address_message'), COUNTRY, ' IN ')).map((fix) => fix.id)
    expect(ids).not.toContain('country-case:action.parameters.country')
    expect(ids).toContain('trim:action.parameters.country')
  })
  // "must be a two-letter ISO country code" beside " IN" did not say what to change.
  it('says a code right but for spaces at its ends has the spaces, in English and Swahili', () => {
    const draft = setAt(createDraft('address_message'), COUNTRY, ' IN ')
    const [issue, ...others] = issuesAt(draft, COUNTRY)
    expect(others).toEqual([])
    expect(issue).toMatchObject({ code: 'invalid_value', reason: 'spaces_around' })
    expect(formatIssue(issue!)).toBe('Country code has spaces at its ends; WhatsApp rejects them')
    expect(formatIssue(issue!, coreMessagesSw)).toMatch(/nafasi mwanzoni au mwishoni/)
    const trim = fixesOf(draft).find((fix) => fix.id === 'trim:action.parameters.country')
    expect(trim?.issues).toEqual([issue])
    expect(validateInteractive(apply(draft, 'trim:action.parameters.country'))).toMatchObject({ ok: true })
    // A code wrong after trimming still says what a code is.
    expect(issuesAt(setAt(draft, COUNTRY, ' IND'), COUNTRY).map((each) => each.reason)).toEqual(['country_code'])
  })
})

describe('half of an emoji (a lone surrogate) in text', () => {
  const BODY = ['body', 'text']
  const ID = 'remove-broken:body.text'
  it('offers the text without the halves, counted in the label; whole emoji stay', () => {
    const draft = setAt(createDraft('button'), BODY, 'Karibu \ud83d 👍🏽 sana\udc4d')
    const fix = fixesOf(draft).find((each) => each.id === ID)
    expect(fix).toMatchObject({ labelKey: 'fix.removeBrokenCharacters', params: { count: 2 }, paths: [BODY] })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['broken_character'])
    const fixed = apply(draft, ID)
    expect(getAt(fixed, BODY)).toBe('Karibu  👍🏽 sana')
    expect(issuesAt(fixed, BODY)).toEqual([])
  })
  it('is not offered when nothing would be left, or when the text is whole', () => {
    for (const body of ['\ud83d', 'Karibu 👍'])
      expect(fixesOf(setAt(createDraft('button'), BODY, body)).map((fix) => fix.id)).not.toContain(ID)
  })
})

describe('control characters', () => {
  const BODY = ['body', 'text']
  const TITLE = ['action', 'buttons', 0, 'reply', 'title']
  const ID = ['action', 'buttons', 0, 'reply', 'id']
  const fixOf = (draft: unknown, path: (string | number)[]) =>
    fixesOf(draft).find((each) => each.id === `remove-control:${path.join('.')}`)
  it('offers the text without them, counted in the label; a body keeps its line breaks', () => {
    const draft = setAt(createDraft('button'), BODY, 'Karibu\u0000 sana\nAsante\u0085')
    const fix = fixOf(draft, BODY)
    // Counted, not shown: the text left reads as the text before, and a body can be long.
    expect(fix).toMatchObject({ labelKey: 'fix.removeControlCharacters', params: { count: 2 }, paths: [BODY] })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['control_character'])
    const fixed = apply(draft, `remove-control:${BODY.join('.')}`)
    expect(getAt(fixed, BODY)).toBe('Karibu sana\nAsante')
    expect(issuesAt(fixed, BODY)).toEqual([])
  })
  it('turns a line break between the words of a title into a space, and drops one at an end', () => {
    const draft = setAt(createDraft('button'), TITLE, 'Ndiyo\nsasa\n')
    expect(fixOf(draft, TITLE)?.params).toEqual({ count: 2 })
    const fixed = apply(draft, `remove-control:${TITLE.join('.')}`)
    expect(getAt(fixed, TITLE)).toBe('Ndiyo sasa')
    expect(issuesAt(fixed, TITLE)).toEqual([])
  })
  it('removes a direction control from an id, where it is warned of', () => {
    const draft = setAt(createDraft('button'), ID, 'ndiyo\u202e1')
    const fixed = apply(draft, `remove-control:${ID.join('.')}`)
    expect(getAt(fixed, ID)).toBe('ndiyo1')
    expect(issuesAt(fixed, ID)).toEqual([])
  })
  it('joins the lines of an address value, which prefills a one-line field of the form', () => {
    const CITY = ['action', 'parameters', 'values', 'city']
    const draft = setAt(
      setAt(createDraft('address_message'), ['action', 'parameters', 'country'], 'IN'),
      CITY,
      'Navi\r\nMumbai',
    )
    expect(fixOf(draft, CITY)?.params).toEqual({ count: 2 })
    const fixed = apply(draft, `remove-control:${CITY.join('.')}`)
    expect(getAt(fixed, CITY)).toBe('Navi Mumbai')
    expect(issuesAt(fixed, CITY)).toEqual([])
  })
  it('is not offered when nothing would be left, or where nothing is warned of', () => {
    expect(fixOf(setAt(createDraft('button'), BODY, '\u0001\u0002'), BODY)).toBeUndefined()
    expect(fixOf(setAt(createDraft('button'), BODY, 'Mstari 1\nMstari 2'), BODY)).toBeUndefined()
  })
})

describe("emoji in a flow's CTA", () => {
  const CTA = ['action', 'parameters', 'flow_cta']
  it('offers the text without them, shown in the label, and the result is valid', () => {
    const draft = setAt(createDraft('flow'), CTA, '🛒 Book now 👍🏽✨')
    const fix = fixesOf(draft).find((each) => each.id === 'remove-emoji:action.parameters.flow_cta')
    expect(fix).toMatchObject({ labelKey: 'fix.removeEmoji', params: { text: 'Book now' }, paths: [CTA] })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['no_emoji'])
    const fixed = apply(draft, 'remove-emoji:action.parameters.flow_cta')
    expect(getAt(fixed, CTA)).toBe('Book now')
    expect(issuesAt(fixed, CTA)).toEqual([])
    // A family (ZWJ sequence) goes whole.
    expect(getAt(apply(setAt(draft, CTA, 'Book👨‍👩‍👧 now'), 'remove-emoji:action.parameters.flow_cta'), CTA)).toBe(
      'Book now',
    )
  })
  it('removes the emoji that are no pictograph too: flags, keycaps, a lone skin tone', () => {
    const draft = createDraft('flow')
    for (const [cta, left] of [
      ['Karibu 🇹🇿', 'Karibu'],
      ['Step 1️⃣ now', 'Step 1 now'],
      ['Sawa 🏽', 'Sawa'],
    ]) {
      const typed = setAt(draft, CTA, cta)
      const fix = fixesOf(typed).find((each) => each.id === 'remove-emoji:action.parameters.flow_cta')
      // The label shows the text it leaves, so a keycap's kept digit is not hidden behind "remove 1️⃣".
      expect(fix?.params).toEqual({ text: left })
      const fixed = apply(typed, 'remove-emoji:action.parameters.flow_cta')
      expect(getAt(fixed, CTA)).toBe(left)
      expect(issuesAt(fixed, CTA)).toEqual([])
    }
  })
  it('keeps the digit of a keycap, so no number is lost: "Chagua 2️⃣" becomes "Chagua 2"', () => {
    for (const [cta, left] of [
      ['Chagua 2️⃣', 'Chagua 2'],
      ['Piga #️⃣ 5⃣', 'Piga # 5'],
      ['Nunua 🛒 3️⃣ sasa', 'Nunua 3 sasa'],
    ]) {
      const fixed = apply(setAt(createDraft('flow'), CTA, cta), 'remove-emoji:action.parameters.flow_cta')
      expect(getAt(fixed, CTA)).toBe(left)
      expect(issuesAt(fixed, CTA)).toEqual([])
    }
  })
  it('removes only the emoji: a symbol that renders as text stays, a digit asking to be emoji stays a digit', () => {
    for (const [cta, left, warned] of [
      ['Duka© ⭐ Nunua™', 'Duka© Nunua™', ['maybe_emoji']],
      ['Nunua ©\uFE0F sasa', 'Nunua sasa', []],
      ['Chagua 1\uFE0F ‼', 'Chagua 1 ‼', ['maybe_emoji']],
    ] as const) {
      const fixed = apply(setAt(createDraft('flow'), CTA, cta), 'remove-emoji:action.parameters.flow_cta')
      expect(getAt(fixed, CTA)).toBe(left)
      // What is left is only warned of: a symbol many apps draw as an emoji, with its own fix-it.
      expect(issuesAt(fixed, CTA).map((issue) => issue.reason)).toEqual(warned)
    }
  })
  it('offers the text without a symbol many apps draw as an emoji ("❤" without U+FE0F), which is warned of', () => {
    for (const [cta, left] of [
      ['Moyo ❤', 'Moyo'],
      ['Piga ☎ sasa', 'Piga sasa'],
      ['© Duka ™', 'Duka'],
      ['Ndiyo ✔\uFE0E', 'Ndiyo'],
    ]) {
      const draft = setAt(createDraft('flow'), CTA, cta)
      const fix = fixesOf(draft).find((each) => each.id === 'remove-emoji:action.parameters.flow_cta')
      expect(fix).toMatchObject({ labelKey: 'fix.removeEmoji', params: { text: left }, paths: [CTA] })
      expect(fix?.issues.map((issue) => issue.reason)).toEqual(['maybe_emoji'])
      const fixed = apply(draft, 'remove-emoji:action.parameters.flow_cta')
      expect(getAt(fixed, CTA)).toBe(left)
      expect(issuesAt(fixed, CTA)).toEqual([])
    }
    // Nothing would be left: no fix-it, the warning stays.
    expect(fixesOf(setAt(createDraft('flow'), CTA, '❤')).map((fix) => fix.id)).not.toContain(
      'remove-emoji:action.parameters.flow_cta',
    )
  })
  it('words the warning about a symbol many apps draw as an emoji (en, sw)', () => {
    const result = validateInteractive(setAt(createDraft('flow'), CTA, 'Moyo ❤'))
    const warning = result.warnings.find((issue) => issue.reason === 'maybe_emoji')
    expect(warning?.message).toMatch(
      / has "❤" \(U\+2764\), a symbol many apps draw as an emoji; WhatsApp allows no emoji here/,
    )
    expect(formatIssue(warning as Issue, coreMessagesSw)).toMatch(
      / "❤" \(U\+2764\), alama ambayo programu nyingi huionyesha kama emoji; WhatsApp hairuhusu emoji hapa/,
    )
  })
  it('removes a whole emoji whose first character alone is text: a skin-toned ☝, a subdivision flag', () => {
    // "☝🏽" and "✌🏿" are emoji modifier sequences (UTS #51 ED-13) whose base alone renders as text;
    // 🏴 with the tag characters "gbeng" and a cancel tag is England's flag (ED-14a): the tags are
    // invisible and would stay behind, counted as characters.
    for (const [cta, left] of [
      ['☝🏽 Book now', 'Book now'],
      ['Sawa ✌🏿', 'Sawa'],
      ['🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} Book', 'Book'],
      ['Book 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}!', 'Book !'],
    ]) {
      const fixed = apply(setAt(createDraft('flow'), CTA, cta), 'remove-emoji:action.parameters.flow_cta')
      expect(getAt(fixed, CTA)).toBe(left)
      expect(issuesAt(fixed, CTA)).toEqual([])
    }
  })
  it('is not offered when only emoji are there: nothing would be left', () => {
    const draft = setAt(createDraft('flow'), CTA, '🛒✨')
    expect(fixesOf(draft).map((fix) => fix.id)).not.toContain('remove-emoji:action.parameters.flow_cta')
  })
})

describe('a carousel card body with too many line breaks', () => {
  const BODY = ['action', 'cards', 0, 'body', 'text']
  it('joins the lines past the allowed breaks with spaces, losing no word', () => {
    const draft = setAt(createDraft('carousel'), BODY, 'One\nTwo\r\nThree\n Four\u2028Five')
    const fix = fixesOf(draft).find((each) => each.id === 'join-lines:action.cards.0.body.text')
    expect(fix).toMatchObject({
      labelKey: 'fix.joinLines',
      params: { limit: LIMITS.carousel.cardBodyLineBreaks.max },
      paths: [BODY],
    })
    const fixed = apply(draft, 'join-lines:action.cards.0.body.text')
    expect(getAt(fixed, BODY)).toBe('One\nTwo\r\nThree Four Five')
    expect(issuesAt(fixed, BODY)).toEqual([])
  })
  it('is not offered within the limit', () => {
    const draft = setAt(createDraft('carousel'), BODY, 'One\nTwo\nThree')
    expect(fixesOf(draft).map((fix) => fix.id)).not.toContain('join-lines:action.cards.0.body.text')
  })
})

describe('a validation_errors key naming no address field', () => {
  const ERRORS = ['action', 'parameters', 'validation_errors']
  it('offers to remove that key, naming it, beside the field', () => {
    const draft = setAt(setAt(createDraft('address_message'), ['action', 'parameters', 'country'], 'IN'), ERRORS, {
      city: 'We do not deliver there',
      planet: 'x',
    })
    const fix = fixesOf(draft).find((each) => each.id === 'remove-error-key:action.parameters.validation_errors.planet')
    expect(fix).toMatchObject({ labelKey: 'fix.removeUnknownField', params: { key: 'planet' }, paths: [ERRORS] })
    const fixed = apply(draft, 'remove-error-key:action.parameters.validation_errors.planet')
    expect(getAt(fixed, ERRORS)).toEqual({ city: 'We do not deliver there' })
    expect(issuesAt(fixed, ERRORS)).toEqual([])
  })
})
