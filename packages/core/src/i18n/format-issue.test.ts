import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { readJsonText } from '../draft/json-text.ts'
import type { Issue } from '../issue.ts'
import { LIMITS } from '../limits.ts'
import { normalizePhone } from '../phone/normalize-phone.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { VALIDATE_OPTION_FLAGS } from '../schemas/schema-options.ts'
import { requestFailureReason } from '../sending/request-failure-reason.ts'
import { ISSUE_CORPUS, isWarning } from '../test-support/issue-corpus.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { validateSendRequest } from '../validation/validate-send-request.ts'
import {
  describeField,
  describeRequestFailure,
  describeSendFailure,
  describeSize,
  formatIssue,
} from './format-issue.ts'
import { isolated } from './isolated-values.ts'
import { ISSUE_REASONS } from './issue-reason.ts'
import { coreMessagesEn } from './messages-en.ts'
import { coreMessagesSw } from './messages-sw.ts'
import { TYPE_NAMES_SW } from './sw/type-names.ts'

const corpus = ISSUE_CORPUS.flatMap(({ label, issues }) => issues().map((issue) => ({ label, issue })))

/** The corpus's header media source issues (none given, both given), worded in `messages`. */
const mediaSourceSentences = (messages: typeof coreMessagesEn): string[] =>
  corpus
    .filter(({ label }) => label === 'media without id or link' || label === 'media with id and link')
    .filter(({ issue }) => issue.reason?.startsWith('media_source'))
    .map(({ issue }) => formatIssue(issue, messages))

// Technical terms a Swahili sentence may keep: API field names, quoted values, code, units.
const TECHNICAL =
  /"[^"]*"|`[^`]*`|\b[a-z]+_[a-z_]+\b|\((to|sender|link|id|object|array|carousel|workspace)\)|https?:\/\/\S+|\bhttps?\b|\(s\)|\b(WhatsApp|Flow|Meta|Briq|JSON|API|UUID|UTF-16|HTTP|ISO|PIN|IN|India|id|link|sender|interactive|media|emoji|gif|true|false|navigate|data_exchange)\b/g
// Words of the English catalogue that would betray an untranslated sentence.
const ENGLISH =
  /\b(is|are|must|allows?|needs?|characters?|required|not|the|has|have|with|without|unknown|field|button|row|section|card|message|number|phone|digits?|only|give|use|and|or|of|to|be|at|least|most|one|header|title|body|text|empty|valid)\b/i

/** The English words left in a Swahili sentence once its technical terms are taken out. */
const englishIn = (sentence: string): string | undefined => ENGLISH.exec(sentence.replace(TECHNICAL, ' '))?.[0]

describe('the issue catalogues', () => {
  it('cover every reason: the corpus produces each one (the defensive phone_not_international aside)', () => {
    const produced = new Set(corpus.map(({ issue }) => issue.reason))
    const missing = ISSUE_REASONS.filter((reason) => reason !== 'phone_not_international' && !produced.has(reason))
    expect(missing).toEqual([])
  })

  it('say whose rule every error breaks, and block only on a documented rule or a kit bound', () => {
    // The phone reasons are normalizePhone's (no send rule yet); more_issues only counts the rest.
    const errors = corpus.filter(
      ({ issue }) => !isWarning(issue) && !issue.reason?.startsWith('phone_') && issue.code !== 'more_issues',
    )
    expect(errors.length).toBeGreaterThan(40)
    for (const { label, issue } of errors)
      expect(['whatsapp', 'briq', 'kit'], `${label}: ${issue.message}`).toContain(issue.rule)
    const guarded = corpus.filter(({ issue }) => issue.rule === 'guard')
    expect(guarded.length).toBeGreaterThan(0)
    for (const { label, issue } of guarded) expect(isWarning(issue), label).toBe(true)
  })

  it('name the owner of every WhatsApp or Briq error, in English and in Swahili', () => {
    const owners = { whatsapp: 'WhatsApp', briq: 'Briq' } as const
    const errors = corpus.filter(
      ({ issue }) => !isWarning(issue) && (issue.rule === 'whatsapp' || issue.rule === 'briq'),
    )
    expect(errors.length).toBeGreaterThan(40)
    const unnamed = errors.flatMap(({ label, issue }) => {
      const owner = owners[issue.rule as keyof typeof owners]
      return [formatIssue(issue, coreMessagesEn), formatIssue(issue, coreMessagesSw)]
        .filter((sentence) => !sentence.includes(owner))
        .map((sentence) => `${label} (${issue.reason ?? issue.code}): ${sentence}`)
    })
    expect(unnamed).toEqual([])
  })

  it('speak to the person who reads them: no sentence names a developer option', () => {
    // The README's table of disputed rules says which option lifts which issue; an operator
    // reading the builder cannot set one, so the sentence says what is wrong instead.
    const options = Object.entries(VALIDATE_OPTION_FLAGS).flat()
    const named = corpus.flatMap(({ label, issue }) =>
      [formatIssue(issue, coreMessagesEn), formatIssue(issue, coreMessagesSw)]
        .filter((sentence) => options.some((option) => sentence.includes(option)))
        .map((sentence) => `${label}: ${sentence}`),
    )
    expect(named).toEqual([])
  })

  it('write no name in backticks: the sentence reaches an accessible description, read out as typed', () => {
    const backticked = corpus.flatMap(({ label, issue }) =>
      [formatIssue(issue, coreMessagesEn), formatIssue(issue, coreMessagesSw)]
        .filter((sentence) => sentence.includes('`'))
        .map((sentence) => `${label}: ${sentence}`),
    )
    expect(backticked).toEqual([])
  })

  it('name a header media source in English words, as the builder’s choice does', () => {
    expect(mediaSourceSentences(coreMessagesEn)).toEqual([
      'Header image needs a link or an uploaded media ID for WhatsApp',
      'Media link cannot be combined with an uploaded media ID; WhatsApp takes only one of the two',
    ])
  })

  it('word every issue in English exactly as Issue.message says it, but for the isolates around values', () => {
    for (const { label, issue } of corpus)
      expect(formatIssue(issue, coreMessagesEn).replace(/[\u2068\u2069]/g, ''), label).toBe(issue.message)
  })

  it.each(corpus.map(({ label, issue }) => [`${label}: ${issue.reason ?? issue.code}`, issue] as const))(
    'word %s in Swahili with no English left',
    (_, issue) => {
      const sentence = formatIssue(issue, coreMessagesSw)
      expect(sentence.trim()).not.toBe('')
      expect(sentence).not.toBe(issue.message)
      expect(englishIn(sentence), sentence).toBeUndefined()
    },
  )

  it('have the same keys in every language (the types make a missing one a compile error)', () => {
    expect(Object.keys(coreMessagesSw.issues).sort()).toEqual(Object.keys(coreMessagesEn.issues).sort())
    expect(Object.keys(coreMessagesSw.sendFailure).sort()).toEqual(Object.keys(coreMessagesEn.sendFailure).sort())
    expect(Object.keys(coreMessagesSw.requestFailure).sort()).toEqual(Object.keys(coreMessagesEn.requestFailure).sort())
  })
})

describe('Swahili sentences a clerk reads', () => {
  const first = (value: unknown): Issue => {
    const result = validateInteractive(value)
    const issue = result.ok ? result.warnings[0] : result.issues[0]
    if (!issue) throw new Error('no issue')
    return issue
  }
  const buttons = (...titles: string[]) => ({
    type: 'button',
    body: { text: 'Habari' },
    action: { buttons: titles.map((title, i) => ({ type: 'reply', reply: { id: `b${i}`, title } })) },
  })

  it('name the fields the builder labels in words, not by their API keys', () => {
    const product = { type: 'product', action: { catalog_id: '', product_retailer_id: 'sku-1' } }
    expect(formatIssue(first(product), coreMessagesSw)).toBe(
      'Kitambulisho cha katalogi ni tupu; WhatsApp inahitaji angalau herufi 1',
    )
    expect(first(product).message).toBe('Catalog ID is empty; WhatsApp needs at least 1 character')
    const flow = {
      type: 'flow',
      body: { text: 'Habari' },
      action: { name: 'flow', parameters: { flow_message_version: '3', flow_cta: 'Anza', flow_id: '' } },
    }
    expect(formatIssue(first(flow), coreMessagesSw)).toBe(
      'Kitambulisho cha flow ni tupu; WhatsApp inahitaji angalau herufi 1',
    )
    expect(first(flow).message).toBe('Flow ID is empty; WhatsApp needs at least 1 character')
  })

  it('agree with the field they are about', () => {
    expect(formatIssue(first(buttons('Ndiyo', 'Hapana, haijanisaidia kabisa')), coreMessagesSw)).toBe(
      'Jina la kitufe 2 lina herufi 28; WhatsApp inaruhusu hadi 20',
    )
    expect(formatIssue(first({ type: 'button', action: { buttons: [] } }), coreMessagesSw)).toBe(
      'Maandishi ya ujumbe yanahitajika na WhatsApp',
    )
    expect(formatIssue(first({ ...buttons('A'), body: { text: '' } }), coreMessagesSw)).toBe(
      'Maandishi ya ujumbe ni tupu; WhatsApp inahitaji angalau herufi 1',
    )
    expect(formatIssue(first(buttons('A', 'B', 'C', 'D')), coreMessagesSw)).toBe(
      'Ujumbe una vitufe 4; WhatsApp inaruhusu hadi 3',
    )
    expect(formatIssue(first(buttons()), coreMessagesSw)).toBe(
      'Ujumbe hauna kitufe hata kimoja; WhatsApp inahitaji angalau 1',
    )
    expect(formatIssue(first(buttons('Sawa', 'Sawa')), coreMessagesSw)).toBe(
      'Jina "\u2068Sawa\u2069" la kitufe 2 ni sawa na la kitufe 1; WhatsApp inataka majina yawe tofauti',
    )
  })

  it('speak of the kit in its own noun class, as of WhatsApp and Briq in theirs', () => {
    const cards = validateInteractive({
      type: 'carousel',
      body: { text: 'Habari' },
      action: {
        cards: [0, 1].map((card_index) => ({
          card_index,
          type: 'cta_url',
          header: { type: 'image', image: { link: 'https://example.com/a.jpg' } },
          action: {
            buttons: ['a', 'b', 'c'].map((id) => ({
              type: 'quick_reply',
              quick_reply: { id: `${id}${card_index}`, title: id },
            })),
          },
        })),
      },
    })
    // Three quick replies are only a guard's warning (Meta documents no maximum); worded as if
    // they broke one of the kit's bounds, the kit's verb agrees with it.
    const warning = cards.warnings.find((issue) => issue.code === 'unusually_many')
    expect(warning).toBeDefined()
    const kitBound = warning && { ...warning, code: 'too_many' as const, rule: 'kit' as const }
    expect(kitBound && formatIssue(kitBound, coreMessagesSw)).toBe(
      'Kadi 1 ina vitufe 3 vya kujibu; kiunda ujumbe hiki kinaruhusu hadi 2',
    )
    // The kit is named as the composer names its builder ("Kiunda ujumbe"), never "kifaa hiki":
    // to most readers a kifaa is a device (a page's "Kama kifaa" theme follows the phone), so
    // "kifaa hiki kinaruhusu hadi 2" read as the customer's phone allowing 2.
    // "Kiunda" is a ki- noun: every verb the kit is the subject of says ki-, never WhatsApp's i-.
    const disagreeing = corpus.flatMap(({ label, issue }) => {
      const sentence = formatIssue({ ...issue, rule: 'kit' }, coreMessagesSw)
      return /kifaa|kiunda ujumbe hiki (i|hai)[a-z]/.test(sentence) ? [`${label}: ${sentence}`] : []
    })
    expect(disagreeing).toEqual([])
    // One name for the kit: "mfumo huu" read as the playground's mock ("mfumo wa majaribio").
    const otherName = corpus.filter(({ issue }) => /\bmfumo\b/i.test(formatIssue(issue, coreMessagesSw)))
    expect(otherName.map(({ label }) => label)).toEqual([])
  })

  it('count UTF-16 code units as vizio (units), not vipimo (measurements)', () => {
    const utf16 = corpus.filter(({ issue }) => (issue.reason ?? issue.code) === 'too_long_utf16')
    expect(utf16.length).toBeGreaterThan(0)
    for (const { issue } of utf16) expect(formatIssue(issue, coreMessagesSw)).toMatch(/ ni vizio \d+ vya UTF-16 /)
  })

  it('call an uploaded file and the carousel by the words the builder shows, not "media" or "carousel"', () => {
    // The builder's options say "Kitambulisho cha faili lililopakiwa" and "Kadi za kusogeza".
    const sentences = corpus
      .filter(({ issue }) => issue.reason === 'card_media_id' || issue.reason === 'media_source_required')
      .map(({ issue }) => formatIssue(issue, coreMessagesSw))
    expect(sentences.length).toBeGreaterThan(1)
    for (const sentence of sentences) {
      expect(sentence).toContain('faili lililopakiwa')
      expect(sentence).not.toMatch(/\bmedia\b|\bcarousel\b/)
    }
  })

  it('name fields with the "of" their nouns ask for', () => {
    const sw = (path: (string | number)[]) => describeField(path, coreMessagesSw)
    expect(sw(['action', 'buttons', 1, 'reply', 'title'])).toBe('Jina la kitufe 2')
    expect(sw(['action', 'sections', 0, 'rows', 2, 'description'])).toBe('Maelezo ya safu 3 ya sehemu 1')
    expect(sw(['action', 'sections', 0, 'rows', 2, 'id'])).toBe('Kitambulisho cha safu 3 ya sehemu 1')
    expect(sw(['action', 'sections', 1, 'title'])).toBe('Kichwa cha sehemu 2')
    expect(sw(['action', 'button'])).toBe('Jina la kitufe cha orodha')
    expect(sw(['header', 'image', 'link'])).toBe('Kiungo cha faili')
    expect(sw(['interactive', 'footer', 'text'])).toBe('Maandishi ya chini')
    expect(sw(['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'title'])).toBe(
      'Jina la kitufe 1 cha kadi 2',
    )
    expect(sw(['action', 'cards', 0, 'card_index'])).toBe('card_index ya kadi 1')
    expect(sw(['to'])).toBe('Namba ya mpokeaji (to)')
    // A send request's interactive object, as the JSON tab labels it ("Kitu cha interactive (JSON)").
    expect(sw(['interactive'])).toBe('Kitu cha interactive')
    const request = { to: '255712345678', interactive: { ...buttons('Ndiyo'), ziada: 1 } }
    const unknown = validateSendRequest(request)
    expect(unknown.ok ? [] : unknown.issues.map((issue) => formatIssue(issue, coreMessagesSw))).toContain(
      'Kitu cha interactive kina kipengele kisichojulikana "\u2068ziada\u2069"; WhatsApp inakataa vipengele visivyojulikana (hitilafu 100)',
    )
    expect(sw([])).toBe('Ujumbe')
    expect(describeField(['action', 'buttons', 1, 'reply', 'title'])).toBe('Button 2 title')
  })

  it('call the footer "maandishi ya chini", as the builder labels it, never a second word', () => {
    // The builder's field and fix-it say "Maandishi ya chini"; the footer object is named the same.
    expect(describeField(['footer'], coreMessagesSw)).toBe('Maandishi ya chini')
    const location = {
      type: 'location_request_message',
      body: { text: 'Habari' },
      footer: { text: 'Asante' },
      action: { name: 'send_location' },
    }
    expect(formatIssue(first(location), coreMessagesSw)).toBe(
      'Maandishi ya chini hayaruhusiwi na WhatsApp katika ujumbe wa ombi la mahali',
    )
  })

  it("name a card's body by its text in Swahili, never as the card itself", () => {
    const sw = (path: (string | number)[]) => describeField(path, coreMessagesSw)
    expect(sw(['action', 'cards', 1, 'body'])).toBe('Maandishi ya kadi 2')
    expect(sw(['action', 'cards', 1, 'body', 'text'])).toBe('Maandishi ya kadi 2')
    const card = {
      card_index: 0,
      type: 'cta_url',
      header: { type: 'image', image: { link: 'https://example.com/a.jpg' } },
    }
    const action = { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'https://example.com/' } }
    const body = first({
      type: 'carousel',
      body: { text: 'Chagua' },
      action: {
        cards: [
          { ...card, body: 'Kadi', action },
          { ...card, card_index: 1, action },
        ],
      },
    })
    expect(body.path).toEqual(['action', 'cards', 0, 'body'])
    expect(formatIssue(body, coreMessagesSw)).toBe(
      'Maandishi ya kadi 1 lazima yawe kitu cha JSON (object) kwa WhatsApp',
    )
  })

  it('join a quick reply to its button with the "of" jibu asks for', () => {
    const path = ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply']
    expect(describeField(path, coreMessagesSw)).toBe('Jibu la haraka la kitufe 1 cha kadi 2')
  })

  it('name a flow\'s action in words, as its fix-it does ("Badilisha kitendo cha flow kiwe navigate")', () => {
    const path = ['action', 'parameters', 'flow_action']
    expect(describeField(path, coreMessagesSw)).toBe('Kitendo cha flow')
    expect(describeField(path)).toBe('Flow action')
  })

  it("agree with an action's parameters in the plural, as with a list of items", () => {
    const missing = first({ type: 'cta_url', body: { text: 'Habari' }, action: { name: 'cta_url' } })
    expect(missing.message).toBe('Parameters are required by WhatsApp')
    expect(formatIssue(missing, coreMessagesSw)).toBe('Vigezo vinahitajika na WhatsApp')
    const parameters = { display_text: 'Open', url: 'https://example.com/', colour: 'red' }
    const unknown = first({ type: 'cta_url', body: { text: 'Habari' }, action: { name: 'cta_url', parameters } })
    expect(unknown.message).toBe(
      'Parameters have an unknown field "colour"; WhatsApp rejects unknown fields (error 100)',
    )
  })

  it('say nothing of what the customer sees for a value WhatsApp only hands back to the business', () => {
    const flow = {
      type: 'flow',
      body: { text: 'Habari' },
      action: {
        name: 'flow',
        parameters: { flow_message_version: '3', flow_id: '1', flow_cta: 'Anza', flow_token: '  ' },
      },
    }
    const call = {
      type: 'voice_call',
      body: { text: 'Habari' },
      action: { name: 'voice_call', parameters: { payload: ' ' } },
    }
    for (const [value, en, sw] of [
      [
        flow,
        'Flow token is only spaces; WhatsApp may reject the message',
        'Tokeni ya flow ina nafasi tu; WhatsApp inaweza kukataa ujumbe',
      ],
      [
        call,
        'Call payload is only spaces; WhatsApp may reject the message',
        'Data ya simu ina nafasi tu; WhatsApp inaweza kukataa ujumbe',
      ],
    ] as const) {
      const blank = validateInteractive(value).warnings.find((issue) => issue.reason === 'blank')
      expect(blank?.message).toBe(en)
      expect(blank && formatIssue(blank, coreMessagesSw)).toBe(sw)
    }
    const title = validateInteractive({ ...flow, header: { type: 'text', text: ' ' } }).warnings[0]
    expect(title?.message).toBe(
      'Header text is only spaces; the customer sees nothing there, and WhatsApp may reject the message',
    )
  })

  it('word the long flow button text from its issue and LIMITS, naming the field as everywhere', () => {
    const long = (limit: number): Issue => ({
      path: ['action', 'parameters', 'flow_cta'],
      code: 'not_recommended',
      reason: 'flow_cta_long',
      limit,
      actual: 25,
      message: '',
    })
    expect(formatIssue(long(18))).toBe(
      `Flow button text is 25 characters; Meta allows ${LIMITS.flow.cta.max} but several clients cut it at 18`,
    )
    expect(formatIssue(long(18), coreMessagesSw)).toBe(
      `Maandishi ya kitufe cha flow yana herufi 25; Meta inaruhusu ${LIMITS.flow.cta.max} lakini baadhi ya programu huyakata kwenye 18`,
    )
  })

  it('name Briq, not WhatsApp, for a broken character in a field only Briq reads', () => {
    const interactive = {
      type: 'button',
      body: { text: 'Habari' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    }
    const broken = validateSendRequest({ to: '255712345678', sender: 'a\ud800', interactive }).warnings[0]
    expect(broken?.message).toBe(
      'Sender has a broken character (half of an emoji or symbol) at position 2; Briq may reject it, though no rule is documented',
    )
    expect(broken && formatIssue(broken, coreMessagesSw)).toBe(
      'Namba ya mtumaji (sender) ina herufi iliyovunjika (nusu ya emoji au alama) katika nafasi ya 2; Briq inaweza kuikataa, ingawa hakuna kanuni rasmi',
    )
  })

  it('name a list of items by its plural, the verb agreeing with it, in both languages', () => {
    const rows = Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, title: 'Safu' }))
    const guarded = validateInteractive({
      type: 'list',
      body: { text: 'Habari' },
      action: { button: 'Chagua', sections: [{ title: 'A', rows }] },
    })
    const tooLong = (guarded.ok ? [] : guarded.issues).find((issue) => issue.reason === 'list_items')
    expect(tooLong?.path).toEqual(['action', 'sections', 0, 'rows'])
    expect(tooLong?.message).toBe('Section 1 rows have 101 items; this kit checks lists of at most 100')
    expect(tooLong && formatIssue(tooLong, coreMessagesSw)).toBe(
      'Safu za sehemu 1 zina vitu 101; kiunda ujumbe hiki hukagua orodha zenye vitu hadi 100',
    )
    const missing = first({ type: 'button', body: { text: 'Habari' }, action: {} })
    expect(missing.path).toEqual(['action', 'buttons'])
    expect(missing.message).toBe('Buttons are required by WhatsApp')
    expect(formatIssue(missing, coreMessagesSw)).toBe('Vitufe vinahitajika na WhatsApp')
    const sw = (path: (string | number)[]) => describeField(path, coreMessagesSw)
    expect(sw(['action', 'buttons'])).toBe('Vitufe')
    expect(sw(['action', 'sections'])).toBe('Sehemu')
    expect(sw(['action', 'cards', 1, 'action', 'buttons'])).toBe('Vitufe vya kadi 2')
    expect(sw(['action', 'sections', 0, 'product_items'])).toBe('Bidhaa za sehemu 1')
    expect(sw(['action', 'saved_addresses'])).toBe('Anwani zilizohifadhiwa')
    expect(describeField(['interactive', 'action', 'cards'])).toBe('Cards')
    expect(describeField(['action', 'sections', 0, 'product_items'])).toBe('Section 1 products')
    expect(describeField(['action', 'saved_addresses'])).toBe('Saved addresses')
  })

  it("name a flow's data entry by its key as written, quoted, the sentence agreeing with one noun", () => {
    // The keys are the host's own: translated ("city" → "Mji") or capitalised ("Jina"), they
    // could not be found in the data, and a Swahili word among them drew the wrong agreement.
    const data = ['action', 'parameters', 'flow_action_payload', 'data']
    const sw = (path: (string | number)[]) => describeField(path, coreMessagesSw)
    // On screen each key is isolated, as the person's values are (isolated-values.test.ts).
    const [jina, city, guests, name] = ['jina', 'city', 'guests', 'name'].map(isolated)
    expect(sw([...data, 'jina'])).toBe(`Kipengele "${jina}" cha data ya skrini`)
    expect(sw([...data, 'city'])).toBe(`Kipengele "${city}" cha data ya skrini`)
    expect(sw([...data, 'guests', 1, 'name'])).toBe(`Kipengele "${guests}[1].${name}" cha data ya skrini`)
    expect(describeField([...data, 'city'])).toBe(`Screen data "${city}"`)
    expect(describeField([...data, 'guests', 1, 'name'])).toBe(`Screen data "${guests}[1].${name}"`)
    expect(describeField([...data, 'a.b', 'first name'])).toBe(
      `Screen data "["${isolated('a.b')}"]["${isolated('first name')}"]"`,
    )
    const issue = (reason: string) =>
      corpus.find((each) => each.issue.reason === reason && each.issue.path.includes('flow_action_payload'))?.issue
    const broken = issue('broken_character')
    expect(broken && formatIssue(broken, coreMessagesSw)).toMatch(
      /^Kipengele "\u2068jina\u2069" cha data ya skrini kina herufi iliyovunjika /,
    )
    const notJson = issue('json_data')
    expect(notJson?.message).toMatch(/^Screen data "siku" must be plain JSON data /)
    expect(notJson && formatIssue(notJson, coreMessagesSw)).toMatch(
      /^Kipengele "\u2068siku\u2069" cha data ya skrini lazima kiwe data safi ya JSON /,
    )
  })

  it("name an address's validation_errors key by the field it names, or as written if it names none", () => {
    const errors = ['action', 'parameters', 'validation_errors']
    expect(describeField([...errors, 'city'], coreMessagesSw)).toBe('Mji wa makosa ya uthibitishaji')
    const jina = isolated('jina')
    expect(describeField([...errors, 'jina'], coreMessagesSw)).toBe(`Kipengele "${jina}" cha makosa ya uthibitishaji`)
    expect(describeField([...errors, 'jina'])).toBe(`Validation errors "${jina}"`)
  })

  it('name the older send’s recipient in words, with its API name', () => {
    const issue = corpus.find(({ issue }) => issue.reason === 'recipient_digits')?.issue
    expect(issue?.path).toEqual(['recipient'])
    expect(issue?.message).toMatch(/^Recipient must be the number /)
    expect(issue && formatIssue(issue, coreMessagesSw)).toMatch(/^Namba ya mpokeaji \(recipient\) lazima iwe namba /)
  })

  it('say which habit of code copied from a script JSON refuses, where it is, in both languages', () => {
    const said = (text: string) => {
      const read = readJsonText(text)
      return read.ok ? [] : [formatIssue(read.issue, coreMessagesEn), formatIssue(read.issue, coreMessagesSw)]
    }
    expect(said('{\n  "type": "button",\n}')).toEqual([
      'The message is not valid JSON at line 2, column 19: JSON takes no "," after the last item; remove it',
      'Ujumbe si JSON sahihi kwenye mstari 2, safu wima 19: JSON haikubali "," baada ya kipengele cha mwisho; iondoe',
    ])
    expect(said('{ // the docs\' example\n  "type": "button" }')).toEqual([
      'The message is not valid JSON at line 1, column 3: JSON has no comments; remove it',
      'Ujumbe si JSON sahihi kwenye mstari 1, safu wima 3: JSON haikubali maelezo ya // au /* */; yaondoe',
    ])
    expect(said("{ 'type': 'button' }")[1]).toBe(
      'Ujumbe si JSON sahihi kwenye mstari 1, safu wima 3: JSON huweka maandishi na majina ya vipengele ndani ya alama za nukuu mbili ("), si moja',
    )
  })

  it('say that a text too large to be a message was not read, with its size, in both languages', () => {
    const read = readJsonText(' '.repeat(LIMITS.structure.draftFile.max + 1))
    if (read.ok) return expect.unreachable('read')
    expect([formatIssue(read.issue, coreMessagesEn), formatIssue(read.issue, coreMessagesSw)]).toEqual([
      'The message is too large to read here: 257 KB, and at most 256 KB is read (a message is far smaller); nothing was changed',
      'Ujumbe una maandishi mengi mno kuweza kusomwa hapa: KB 257, na kikomo ni KB 256 (ujumbe wa WhatsApp huwa mdogo sana kuliko hapo); hakuna kilichobadilishwa',
    ])
  })

  it('name another kind of WhatsApp message, pasted or opened, in both languages', () => {
    const pasted = readJsonText('{"type": "text", "text": {"body": "hi"}}')
    if (pasted.ok) return expect.unreachable('read')
    expect([formatIssue(pasted.issue, coreMessagesEn), formatIssue(pasted.issue, coreMessagesSw)]).toEqual([
      'This text holds a WhatsApp "text" message, not an interactive one',
      'Maandishi haya yana ujumbe wa WhatsApp wa aina "text", si ujumbe shirikishi',
    ])
    const opened = readJsonText('{"type": "image", "image": {"id": "1"}}', [], 'picha.json')
    if (opened.ok) return expect.unreachable('read')
    expect([formatIssue(opened.issue, coreMessagesEn), formatIssue(opened.issue, coreMessagesSw)]).toEqual([
      '\u2068picha.json\u2069 holds a WhatsApp "image" message, not an interactive one',
      'Faili \u2068picha.json\u2069 lina ujumbe wa WhatsApp wa aina "image", si ujumbe shirikishi',
    ])
  })

  it('explain phone numbers', () => {
    const issue = (text: string) => {
      const result = normalizePhone(text)
      if (result.ok) throw new Error('valid')
      return result.issue
    }
    expect(formatIssue(issue('0712 345 67'), coreMessagesSw)).toBe(
      'Namba ya +255 ina tarakimu 9 baada ya 0 ya mwanzo; hii ina 8',
    )
    expect(formatIssue(issue('0712 abc'), coreMessagesSw)).toBe('Namba ya simu ina herufi; tumia tarakimu tu')
  })
})

describe('formatIssue on issues from elsewhere', () => {
  it('falls back to the code’s sentence for a reason it does not know, then to the message', () => {
    const newer = { path: ['body', 'text'], code: 'required', reason: 'from_a_newer_core', message: 'x' }
    expect(formatIssue(newer as unknown as Issue, coreMessagesSw)).toBe('Maandishi ya ujumbe yanahitajika na WhatsApp')
    const alien = { path: [], code: 'alien', message: 'Something English' }
    expect(formatIssue(alien as unknown as Issue, coreMessagesSw)).toBe('Something English')
  })

  it('name a field inside a Swahili sentence with its acronyms kept ("URL", "SKU")', () => {
    const format = (path: string[]) =>
      formatIssue({ path, code: 'invalid_format', rule: 'whatsapp', message: 'x' }, coreMessagesSw)
    expect(format(['action', 'parameters', 'url'])).toBe('Muundo wa URL ya kitufe si sahihi kwa WhatsApp')
    expect(format(['action', 'product_retailer_id'])).toBe(
      'Muundo wa kitambulisho cha bidhaa (SKU) si sahihi kwa WhatsApp',
    )
  })

  it('never take a reason or code named on Object.prototype for a sentence', () => {
    for (const name of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const byReason = { path: ['body', 'text'], code: 'required', reason: name, message: 'x' } as unknown as Issue
      expect(formatIssue(byReason)).toBe('Body text is required by WhatsApp')
      expect(formatIssue(byReason, coreMessagesSw)).toBe('Maandishi ya ujumbe yanahitajika na WhatsApp')
      const byCode = { path: ['body', 'text'], code: name, message: 'A host’s own rule' } as unknown as Issue
      expect(formatIssue(byCode, coreMessagesSw)).toBe('A host’s own rule')
    }
  })

  it('word params named on Object.prototype as written, or by the code when they cannot be', () => {
    const issue = (fields: object) => ({ message: 'x', ...fields }) as unknown as Issue
    for (const name of ['toString', 'constructor', 'valueOf', '__proto__']) {
      const typed = issue({ path: ['body', 'text'], code: 'invalid_type', params: { expected: name } })
      expect(formatIssue(typed)).toBe(`Body text must be ${name} for WhatsApp`)
      expect(formatIssue(typed, coreMessagesSw)).toBe(`Maandishi ya ujumbe lazima yawe ${name} kwa WhatsApp`)
      const inType = issue({ path: ['header'], code: 'not_allowed', reason: 'not_in_type', params: { type: name } })
      expect(formatIssue(inType)).toBe('Header is not allowed in these messages by WhatsApp')
      expect(formatIssue(inType, coreMessagesSw)).toBe('Kichwa hakiruhusiwi na WhatsApp katika ujumbe wa aina hii')
      const params = { kind: name, allowed: ['text'], type: 'button' }
      const header = issue({ path: ['header', 'type'], code: 'invalid_value', reason: 'header_kind', params })
      expect(formatIssue(header, coreMessagesSw)).toBe(
        `Kichwa hakiwezi kuwa ${name}: WhatsApp inaruhusu kichwa cha maandishi tu katika ujumbe wa vitufe vya kujibu`,
      )
      // A count whose noun or scope no catalogue has is worded by its code, as a newer core's is.
      for (const params of [{ noun: name }, { scope: name }]) {
        const count = issue({
          path: ['action', 'buttons'],
          code: 'too_many',
          reason: 'count',
          actual: 4,
          limit: 3,
          params,
        })
        expect(formatIssue(count)).toBe('Buttons have 4; WhatsApp allows at most 3')
        expect(formatIssue(count, coreMessagesSw)).toBe('Vitufe vina 4; WhatsApp inaruhusu hadi 3')
      }
    }
  })

  it('keep a key that is also a name on Object.prototype as its API name, as any unknown key', () => {
    // A path from a host's own or a newer validator, or JSON.parse's own "constructor" key. An
    // API name keeps its spelling at the start of a name too, as "The flow_token" does.
    expect(describeField(['constructor'])).toBe('The constructor')
    expect(describeField(['constructor'], coreMessagesSw)).toBe('constructor')
    expect(describeField(['action', 'buttons', 0, 'reply', 'toString'])).toBe('Button 1 toString')
    expect(describeField(['action', 'buttons', 0, 'reply', 'toString'], coreMessagesSw)).toBe('toString ya kitufe 1')
    expect(describeField(['body', '__proto__'], coreMessagesSw)).toBe('__proto__ ya ujumbe')
    const issue = { path: ['action', 'valueOf'], code: 'required', message: 'x' } as unknown as Issue
    expect(formatIssue(issue)).toBe('The valueOf is required by WhatsApp')
    expect(formatIssue(issue, coreMessagesSw)).toBe('valueOf inahitajika na WhatsApp')
    const first = ['action', 'buttons', 0, 'reply', 'toString']
    const params = { what: 'toString', value: 'a', first }
    const repeated = {
      path: ['action', 'buttons', 1, 'reply', 'toString'],
      code: 'duplicate',
      reason: 'unique',
      params,
    }
    expect(formatIssue({ ...repeated, message: 'x' } as unknown as Issue, coreMessagesSw)).toMatch(
      /^toString "\u2068a\u2069" ya kitufe 2/,
    )
  })
})

describe('failures', () => {
  // Briq's own answer, with its error details, unless a test gives `errors` or a `code` itself.
  const error = (init: Partial<ConstructorParameters<typeof BriqError>[0]>) =>
    new BriqError({
      kind: 'http',
      message: 'x',
      ...(init.errors === undefined && init.code === undefined ? { errors: [{ code: 'ERROR', message: 'why' }] } : {}),
      ...init,
    })

  it('say what a failed send means in both languages', () => {
    const rateLimited = error({ status: 429, retryAfterMs: 1500 })
    expect(describeSendFailure(rateLimited)).toBe('Too many messages at once. Try again in 2 seconds.')
    expect(describeSendFailure(error({ status: 429, retryAfterMs: 200 }))).toBe(
      'Too many messages at once. Try again in 1 second.',
    )
    expect(describeSendFailure(rateLimited, coreMessagesSw)).toBe(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya sekunde 2.',
    )
    // A wait of hours is a span ("muda wa saa 2"): "baada ya saa 2" alone also reads as a time of
    // day (after eight o'clock), as the kit's own times do ("leo saa 15:53").
    const hours = error({ status: 429, retryAfterMs: 7_200_000 })
    expect(describeSendFailure(hours)).toBe('Too many messages at once. Try again in 2 hours.')
    expect(describeSendFailure(hours, coreMessagesSw)).toBe(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya muda wa saa 2.',
    )
    expect(describeSendFailure(error({ code: 'WINDOW_CLOSED', status: 422 }), coreMessagesSw)).toMatch(
      /^Mteja hajakuandikia ndani ya muda wa saa 24/,
    )
    expect(describeSendFailure(error({ status: 503, requestId: 'req-1' }), coreMessagesSw)).toContain(
      'huduma kwa wateja ya Briq',
    )
    // Customer support is a service (huduma, n-class), not people: it is contacted ("wasiliana na"),
    // never given something as "wape" (them, people), in both the maybe-sent and the not-sent sentence.
    for (const status of [500, 503]) {
      expect(describeSendFailure(error({ status, requestId: 'req-1' }), coreMessagesSw)).toMatch(
        /; ikiendelea kushindikana, wasiliana na huduma kwa wateja ya Briq ukitaja kitambulisho cha ombi\.$/,
      )
    }
  })

  it('say where a send went in Swahili: the address the page sends to (kwake), not the address it sends', () => {
    expect(coreMessagesSw.sendFailure.no_endpoint({ reason: 'no_endpoint' })).toMatch(
      /^Hakuna kinachopokea ujumbe kwenye anwani ambayo ukurasa huu unatuma kwake \(HTTP 404\)/,
    )
  })

  it('tell what to do with a message sent twice with its object concord (ujumbe: uubadilishe, uutume)', () => {
    // "Ubadilishe" has no object: ujumbe, named before it, takes -u- in both verbs, as "uutume".
    expect(coreMessagesSw.sendFailure.duplicate({ reason: 'duplicate' })).toMatch(
      / Uubadilishe, au uutume tena kwa makusudi\.$/,
    )
  })

  it("say when to try again after a 503's Retry-After, as after a 429's", () => {
    const unavailable = error({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfterMs: 1500, requestId: 'req-1' })
    expect(describeSendFailure(unavailable)).toBe(
      'Briq had a problem on its side (HTTP 503). Try again in 2 seconds; if it keeps failing, give Briq customer support the request id.',
    )
    expect(describeSendFailure(error({ status: 503, retryAfterMs: 200, requestId: 'req-1' }))).toMatch(
      /\. Try again in 1 second;/,
    )
    expect(describeSendFailure(unavailable, coreMessagesSw)).toBe(
      'Briq imepata hitilafu upande wake (HTTP 503). Jaribu tena baada ya sekunde 2; ikiendelea kushindikana, wasiliana na huduma kwa wateja ya Briq ukitaja kitambulisho cha ombi.',
    )
    // A send the controller held until then had no answer, so there is no request id to give.
    const held = error({ kind: 'validation', code: 'SERVICE_UNAVAILABLE', retryAfterMs: 20_000 })
    expect(describeSendFailure(held)).toBe('Briq had a problem on its side. Try again in 20 seconds.')
    expect(describeSendFailure(held, coreMessagesSw)).toBe(
      'Briq imepata hitilafu upande wake. Jaribu tena baada ya sekunde 20.',
    )
    // One that may have gone still says to check first, whatever Retry-After says.
    const lost = describeSendFailure(error({ status: 500, retryAfterMs: 1500 }))
    expect(lost).toMatch(/may have been sent\. Check the conversation/)
    expect(lost).not.toMatch(/Try again/)
  })

  it('say which HTTP status Briq answered, and that an unreadable success may have been sent', () => {
    expect(describeSendFailure(error({ status: 400 }))).toBe('Briq refused the message (HTTP 400).')
    expect(describeSendFailure(error({ status: 400 }), coreMessagesSw)).toBe('Briq imeukataa ujumbe (HTTP 400).')
    expect(describeSendFailure(error({ status: 503 }))).toMatch(
      /^Briq had a problem on its side \(HTTP 503\)\. Try again/,
    )
    expect(describeSendFailure(error({ status: 503 }), coreMessagesSw)).toMatch(
      /^Briq imepata hitilafu upande wake \(HTTP 503\)\. Jaribu tena/,
    )
    // A 502 (the proxy lost Briq's answer) may have been sent: never "try again".
    expect(describeSendFailure(error({ status: 502 }))).toMatch(
      /^Briq had a problem on its side \(HTTP 502\), so the message may have been sent\. Check the conversation/,
    )
    expect(describeSendFailure(error({ status: 502 }), coreMessagesSw)).toMatch(
      /^Briq imepata hitilafu upande wake \(HTTP 502\), kwa hiyo huenda ujumbe umetumwa\./,
    )
    const unreadable = new BriqError({ kind: 'invalid_response', message: 'x', status: 202 })
    expect(describeSendFailure(unreadable)).toBe(
      "An answer came (HTTP 202) that could not be read as Briq's, so the message may have been sent. Check the conversation before sending it again.",
    )
    expect(describeSendFailure(unreadable, coreMessagesSw)).toBe(
      'Jibu lililokuja (HTTP 202) halikuweza kusomwa kama jibu la Briq, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
    )
    // A send cancelled once its request may have left, and one cancelled before it left.
    expect(describeSendFailure(new BriqError({ kind: 'aborted', message: 'x' }))).toBe(
      'The send was cancelled after it had left, so the message may have been sent. Check the conversation before sending it again.',
    )
    const early = new BriqError({ kind: 'aborted', message: 'x', code: 'ABORTED_BEFORE_REQUEST' })
    expect(describeSendFailure(early)).toBe('The send was cancelled before it left, so the message was not sent.')
    expect(describeSendFailure(early, coreMessagesSw)).toBe(
      'Utumaji ulisitishwa kabla ombi halijaondoka, kwa hiyo ujumbe haukutumwa.',
    )
  })

  it("say Briq's own 408 and 431 (the mock's parser answers) as what they are, not a refusal of the message", () => {
    // RFC 9110: a 408 is a request not received whole in time; RFC 6585: a 431 its headers too large.
    const slow = error({ status: 408, code: 'REQUEST_TIMEOUT' })
    const large = error({ status: 431, code: 'HEADERS_TOO_LARGE' })
    expect(describeSendFailure(slow)).toBe(
      'Briq stopped waiting before the whole request reached it (HTTP 408), so the message was not sent. This is usually a slow or unsteady connection: check it, then send the message again.',
    )
    expect(describeSendFailure(slow, coreMessagesSw)).toMatch(
      /^Briq iliacha kusubiri kabla ombi lote halijaifikia \(HTTP 408\), kwa hiyo ujumbe haukutumwa\. /,
    )
    expect(describeSendFailure(large)).toMatch(
      /^Briq refused the request because its headers were too large \(HTTP 431\), most often because this site keeps too many or too large cookies, so the message was not sent\. /,
    )
    expect(describeSendFailure(large, coreMessagesSw)).toMatch(
      /^Briq imekataa ombi kwa sababu vichwa vyake \(headers\) ni vikubwa mno \(HTTP 431\), mara nyingi kwa sababu tovuti hii /,
    )
    expect(describeRequestFailure(slow)).toBe('Briq stopped waiting before the whole request reached it (HTTP 408)')
    expect(describeRequestFailure(large, coreMessagesSw)).toBe(
      'Briq imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 431), mara nyingi kwa sababu ya vidakuzi (cookies) vya tovuti hii',
    )
  })

  it('say why a status poll failed', () => {
    expect(describeRequestFailure(new BriqError({ kind: 'network', message: 'x' }), coreMessagesSw)).toBe(
      'seva haikuweza kufikiwa',
    )
    expect(describeRequestFailure(error({ status: 404 }))).toBe('Briq does not know this message')
    expect(describeRequestFailure(error({ status: 418 }), coreMessagesSw)).toBe('Briq imejibu kwa HTTP 418')
  })

  // getConversation's 404 was worded "Briq does not know this message": no subject said conversation.
  it('say a 404 on a conversation is an unknown conversation, in both languages', () => {
    expect(describeRequestFailure(error({ status: 404 }), coreMessagesEn, 'conversation')).toBe(
      'Briq does not know this conversation',
    )
    expect(describeRequestFailure(error({ status: 404 }), coreMessagesSw, 'conversation')).toBe(
      'Briq haiyajui mazungumzo haya',
    )
  })

  it('say a 404 on a list is an address that does not answer, not an unknown message', () => {
    expect(describeRequestFailure(error({ status: 404 }), coreMessagesEn, 'list')).toBe(
      'nothing answers at this address (HTTP 404)',
    )
    expect(describeRequestFailure(error({ status: 404 }), coreMessagesSw, 'list')).toBe(
      'hakuna kinachojibu kwenye anwani hii (HTTP 404)',
    )
    expect(describeRequestFailure(error({ status: 404 }), coreMessagesSw)).toBe('Briq haiujui ujumbe huu')
    expect(describeRequestFailure(error({ status: 500 }), coreMessagesEn, 'list')).toBe(
      'Briq had a problem on its side',
    )
  })

  // A poll through a proxy route that forwards sends only: a page's 404, with none of Briq's words.
  it('say a 404 page on a poll or a conversation is an address nothing answers at, not an unknown id', () => {
    const page = error({ status: 404, errors: [] })
    expect(requestFailureReason(page)).toEqual({ reason: 'gateway', status: 404 })
    for (const about of ['message', 'conversation', 'list'] as const) {
      expect(describeRequestFailure(page, coreMessagesEn, about)).toBe('nothing answers at this address (HTTP 404)')
      expect(describeRequestFailure(page, coreMessagesSw, about)).toBe(
        'hakuna kinachojibu kwenye anwani hii (HTTP 404)',
      )
    }
  })
})

describe('a message type in a Swahili sentence', () => {
  it('is named with the type picker’s words ("vitufe vya kujibu", not "vya majibu")', () => {
    for (const type of INTERACTIVE_TYPES) {
      expect(coreMessagesSw.type(type).toLowerCase(), type).toContain(TYPE_NAMES_SW[type].toLowerCase())
    }
  })

  it('names a card\'s quick replies as the type picker names reply buttons ("vitufe vya kujibu")', () => {
    const labels = ['three quick replies per card', 'cards of two kinds', 'quick replies with a URL button']
    const sentences = corpus
      .filter(({ label }) => labels.includes(label))
      .map(({ issue }) => formatIssue(issue, coreMessagesSw).replace(/[\u2068\u2069]/g, ''))
    expect(sentences).toEqual([
      'Jina la kitendo cha kadi 1 haliwezi kutumika pamoja na vitufe vya kujibu; WhatsApp hairuhusu hivyo',
      'Kadi 2 ina kitufe 1 cha kujibu lakini kadi 1 ina kitufe cha kiungo; WhatsApp inataka kila kadi itumie aina moja na idadi moja ya vitufe',
      'Kadi 1 ina vitufe 3 vya kujibu; WhatsApp haina kikomo rasmi, lakini mfano wa Meta una 2 na maktaba za kawaida huruhusu 2 au 3',
      'Kadi 2 ina vitufe 3 vya kujibu; WhatsApp haina kikomo rasmi, lakini mfano wa Meta una 2 na maktaba za kawaida huruhusu 2 au 3',
    ])
    expect(TYPE_NAMES_SW.button).toBe('Vitufe vya kujibu')
  })

  it('names a header media source in words, as the builder’s choice does, with its API name', () => {
    expect(mediaSourceSentences(coreMessagesSw)).toEqual([
      'Picha ya kichwa inahitaji kiungo (link) au kitambulisho (id) cha faili lililopakiwa kwa WhatsApp',
      'Kiungo cha faili hakiwezi kutumika pamoja na kitambulisho (id) cha faili; WhatsApp inapokea kimoja tu kati ya kiungo (link) na kitambulisho (id)',
    ])
  })

  it('names a carousel the same when counting its cards: "ujumbe wa kadi za kusogeza", not "ujumbe wa kadi"', () => {
    const [issue] = corpus.filter(({ label, issue }) => label === 'one card' && issue.reason === 'count')
    expect(issue).toBeDefined()
    if (issue === undefined) return
    expect(formatIssue(issue.issue, coreMessagesSw)).toBe(
      'Ujumbe wa kadi za kusogeza una kadi 1; WhatsApp inahitaji angalau 2',
    )
  })
})

describe('an unknown message type', () => {
  it('lists the types as the type picker names them, each with its API name for the JSON', () => {
    const result = validateInteractive({ type: 'buttons', body: { text: 'Hi' }, action: {} })
    const issue = result.ok ? undefined : result.issues.find((each) => each.reason === 'one_of')
    expect(issue?.path).toEqual(['type'])
    if (issue === undefined) return
    expect(formatIssue(issue)).toBe(
      'Message type must be one of Reply buttons ("button"), List ("list"), Link button ("cta_url"), Location request ("location_request_message"), Flow ("flow"), Product ("product"), Product list ("product_list"), Catalog ("catalog_message"), Carousel ("carousel"), Call button ("voice_call"), Call permission ("call_permission_request") or Address request ("address_message") for WhatsApp',
    )
    const sw = formatIssue(issue, coreMessagesSw)
    expect(sw).toMatch(/^Aina ya ujumbe lazima iwe mojawapo ya Vitufe vya kujibu \("button"\), Orodha \("list"\), /)
    expect(sw).toMatch(/ au Ombi la anwani \("address_message"\) kwa WhatsApp$/)
    // Other one_of values keep their API spelling: they are JSON values, not picker choices.
    const mode = validateInteractive({
      type: 'flow',
      body: { text: 'Hi' },
      action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1', flow_cta: 'Go', mode: 'live' } },
    })
    const modeIssue = mode.ok ? undefined : mode.issues.find((each) => each.reason === 'one_of')
    expect(modeIssue).toBeDefined()
    expect(formatIssue(modeIssue as Issue)).toContain('"published"')
  })
})

describe('a value outside a few allowed ones', () => {
  it('joins the last of several allowed values with "or" / "au", as a choice is said', () => {
    const result = validateInteractive({
      type: 'flow',
      body: { text: 'Hi' },
      action: {
        name: 'flow',
        parameters: { flow_message_version: '3', flow_id: '1', flow_cta: 'Go', flow_action: 'open' },
      },
    })
    const issue = result.ok ? undefined : result.issues.find((each) => each.reason === 'one_of')
    expect(issue?.params?.allowed).toEqual(['navigate', 'data_exchange'])
    if (issue === undefined) return
    expect(formatIssue(issue).replace(/[\u2068\u2069]/g, '')).toBe(
      'Flow action must be one of "navigate" or "data_exchange" for WhatsApp',
    )
    expect(formatIssue(issue, coreMessagesSw).replace(/[\u2068\u2069]/g, '')).toBe(
      'Kitendo cha flow lazima kiwe mojawapo ya "navigate" au "data_exchange" kwa WhatsApp',
    )
  })
})

describe('describeSize', () => {
  it('words a size as people read it, with the language’s numbers and unit order', () => {
    expect(describeSize(20 * 1024 * 1024)).toBe('20 MB')
    expect(describeSize(20 * 1024 * 1024, coreMessagesSw)).toBe('MB 20')
    expect(describeSize(1.5 * 1024 * 1024)).toBe('1.5 MB')
    expect(describeSize(1.5 * 1024 * 1024, coreMessagesSw)).toBe('MB 1.5')
    expect(describeSize(256 * 1024)).toBe('256 KB')
    expect(describeSize(256 * 1024, coreMessagesSw)).toBe('KB 256')
    expect(describeSize(5 * 1024 * 1024 * 1024)).toBe('5,120 MB')
    expect(describeSize(5 * 1024 * 1024 * 1024, coreMessagesSw)).toBe('MB 5,120')
  })
})
