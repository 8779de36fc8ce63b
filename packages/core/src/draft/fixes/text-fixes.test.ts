import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../limits.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { type DraftPath, getAt, setAt } from '../draft-path.ts'
import { applyEditorOperation, createEditorState, idFollowsTitle } from '../editor-state.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const apply = (draft: unknown, id: string) => applyDraftOperation(draft, { op: 'fix', id })
const reply = (i: number, key: string) => ['action', 'buttons', i, 'reply', key]

describe('trim', () => {
  it('removes spaces around ids and titles, one fix per field, beside its issue', () => {
    let draft = setAt(createDraft('button'), reply(0, 'id'), ' yes ')
    draft = setAt(draft, reply(1, 'title'), 'No ')
    const fixes = fixesOf(draft)
    expect(fixes.map((fix) => fix.id)).toEqual(['trim:action.buttons.0.reply.id', 'trim:action.buttons.1.reply.title'])
    expect(fixes[0]?.issues.map((issue) => issue.code)).toEqual(['invalid_value'])
    expect(fixes[1]).toMatchObject({ labelKey: 'fix.trim', issues: [], paths: [reply(1, 'title')] })
    const trimmed = apply(apply(draft, 'trim:action.buttons.0.reply.id'), 'trim:action.buttons.1.reply.title')
    expect(getAt(trimmed, reply(0, 'id'))).toBe('yes')
    expect(getAt(trimmed, reply(1, 'title'))).toBe('No')
    expect(validateInteractive(trimmed).ok).toBe(true)
  })

  it('makes an id of only spaces, or an empty one, from its title: the error has a repair', () => {
    for (const blank of ['   ', '', '\u200b']) {
      const draft = setAt(setAt(createDraft('button'), reply(0, 'title'), 'Leo jioni'), reply(0, 'id'), blank)
      const fix = fixesOf(draft).find((each) => each.id === 'id-from-title:action.buttons.0.reply.id')
      expect(fix, JSON.stringify(blank)).toMatchObject({ labelKey: 'fix.idFromTitle', paths: [reply(0, 'id')] })
      // One place in the summary: beside the error, not again beside the blank warning.
      const codes = { '   ': ['invalid_value'], '': ['too_short'], '\u200b': ['not_recommended'] }[blank]
      expect(fix?.issues.map((issue) => issue.code)).toEqual(codes)
      const fixed = apply(draft, 'id-from-title:action.buttons.0.reply.id')
      expect(fix?.params).toEqual({ id: 'leo-jioni' })
      expect(getAt(fixed, reply(0, 'id'))).toBe('leo-jioni')
      expect(validateInteractive(fixed).ok).toBe(true)
    }
    // Not for a typed id, nor while the title is blank too.
    expect(fixesOf(setAt(createDraft('button'), reply(0, 'id'), ' yes ')).map((fix) => fix.id)).not.toContain(
      'id-from-title:action.buttons.0.reply.id',
    )
    const untitled = setAt(setAt(createDraft('button'), reply(0, 'id'), ' '), reply(0, 'title'), ' ')
    expect(fixesOf(untitled).map((fix) => fix.id)).not.toContain('id-from-title:action.buttons.0.reply.id')
  })

  it('claims only the issues trimming resolves: two catalogs stay two once trimmed', () => {
    const cards = ['action', 'cards']
    let draft = applyDraftOperation(createDraft('carousel'), { op: 'choose', path: cards, value: 'product' })
    draft = ['1', ' x '].reduce<unknown>(
      (next, catalog, i) =>
        setAt(next, [...cards, i, 'action'], { product_retailer_id: `sku-${i}`, catalog_id: catalog }),
      draft,
    )
    const path = [...cards, 1, 'action', 'catalog_id']
    const fix = fixesOf(draft).find((each) => each.id === `trim:${path.join('.')}`)
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['spaces_around'])
    const left = validateInteractive(fix?.apply(draft))
    expect(left.ok ? [] : left.issues.map((issue) => [issue.path.join('.'), issue.reason])).toEqual([
      [path.join('.'), 'catalog_mismatch'],
    ])
  })

  it('offers no trim for text of only spaces: it would leave the field empty, an error', () => {
    const draft = setAt(createDraft('button'), reply(1, 'title'), '   ')
    expect(fixesOf(draft).map((fix) => fix.id)).not.toContain('trim:action.buttons.1.reply.title')
  })
})

describe('compose accents', () => {
  it('joins accents typed as separate marks to their letters when that makes the text fit', () => {
    const typed = `${'e\u0301'.repeat(10)}y` // "éééééééééé y" in 21 code points: an accent counts on its own
    const draft = setAt(createDraft('button'), reply(0, 'title'), typed)
    const fix = fixesOf(draft).find((candidate) => candidate.id === 'compose:action.buttons.0.reply.title')
    expect(fix).toMatchObject({ labelKey: 'fix.composeAccents', params: {}, paths: [reply(0, 'title')] })
    expect(fix?.issues.map((issue) => issue.code)).toEqual(['too_long'])
    const composed = apply(draft, 'compose:action.buttons.0.reply.title')
    expect(getAt(composed, reply(0, 'title'))).toBe(`${'\u00e9'.repeat(10)}y`)
    expect(validateInteractive(composed).ok).toBe(true)
  })

  it('is not offered where the text already fits, is composed, or would still be too long', () => {
    const fits = setAt(createDraft('button'), reply(0, 'title'), 'Caf\u0065\u0301')
    const tooLong = setAt(createDraft('button'), reply(0, 'title'), `${'x'.repeat(20)}e\u0301`)
    const composed = setAt(createDraft('button'), reply(0, 'title'), 'x'.repeat(21))
    for (const draft of [fits, tooLong, composed]) {
      expect(fixesOf(draft).filter((fix) => fix.id.startsWith('compose:'))).toEqual([])
    }
  })
})

describe('unique ids', () => {
  it('gives a repeated id the next free one made from its title', () => {
    const draft = setAt(createDraft('button'), reply(1, 'id'), 'yes-confirm')
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({
      id: 'unique-id:action.buttons.1.reply.id',
      labelKey: 'fix.uniqueId',
      params: { id: 'no-change-it' },
    })
    expect(validateInteractive(fix?.apply(draft)).ok).toBe(true)
  })

  it('keeps an id typed in the JSON tab that repeats a generated one: the generated one moves', () => {
    let state = createEditorState(createDraft('button'), {}, { idsFollow: true })
    const typed = setAt(state.draft, reply(1, 'id'), 'yes-confirm')
    state = applyEditorOperation(state, { op: 'text', path: [], text: JSON.stringify(typed) })
    const follows = (itemPath: DraftPath) => idFollowsTitle(state, itemPath)
    const fixes = draftFixIts(state.draft, validateInteractive(state.draft), {}, follows)
    expect(fixes.map((fix) => fix.labelKey)).toEqual(['fix.keepTypedId'])
    expect(fixes[0]).toMatchObject({ params: { id: 'yes-confirm-2' }, paths: [reply(0, 'id'), reply(1, 'id')] })
    const fixed = applyEditorOperation(state, { op: 'fix', id: fixes[0]?.id ?? '' })
    expect([getAt(fixed.draft, reply(0, 'id')), getAt(fixed.draft, reply(1, 'id'))]).toEqual([
      'yes-confirm-2',
      'yes-confirm',
    ])
    expect(validateInteractive(fixed.draft).ok).toBe(true)
    // Two ids kept as they came (a host's draft) that repeat: the repeat is made unique, as before.
    const kept = createEditorState(typed)
    const keptFixes = draftFixIts(typed, validateInteractive(typed), {}, (itemPath) => idFollowsTitle(kept, itemPath))
    expect(keptFixes.map((fix) => fix.labelKey)).toEqual(['fix.uniqueId'])
  })

  it('makes repeated row ids unique across sections', () => {
    let draft = applyDraftOperation(createDraft('list'), { op: 'add', path: ['action', 'sections'] })
    draft = setAt(draft, ['action', 'sections', 1, 'rows', 0], { id: 'track-my-order', title: 'Track my order' })
    const fix = fixesOf(draft).find((candidate) => candidate.labelKey === 'fix.uniqueId')
    expect(fix?.params).toEqual({ id: 'track-my-order-2' })
    expect(validateInteractive(fix?.apply(draft)).ok).toBe(true)
  })

  it('makes a repeated saved address id unique from itself (it has no title), skipping taken ones', () => {
    const saved = ['action', 'parameters', 'saved_addresses']
    const address = (id: string) => ({ id, value: { name: 'Asha' } })
    const draft = setAt(createDraft('address_message'), saved, [address('home'), address('home-2'), address('home')])
    const fix = fixesOf(draft).find((candidate) => candidate.labelKey === 'fix.uniqueId')
    expect(fix).toMatchObject({ id: 'unique-id:action.parameters.saved_addresses.2.id', params: { id: 'home-3' } })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['repeated_reply_id'])
    const fixed = fix?.apply(draft)
    expect(getAt(fixed, [...saved, 2, 'id'])).toBe('home-3')
    expect(validateInteractive(fixed).ok).toBe(true)
  })

  it('gives an id that only looks like another (a zero-width space in it) a new one without it', () => {
    const saved = ['action', 'parameters', 'saved_addresses']
    const address = (id: string) => ({ id, value: { name: 'Asha' } })
    const draft = setAt(createDraft('address_message'), saved, [address('home'), address('home\u200B')])
    const fix = fixesOf(draft).find((candidate) => candidate.labelKey === 'fix.uniqueId')
    expect(fix).toMatchObject({ id: 'unique-id:action.parameters.saved_addresses.1.id', params: { id: 'home-2' } })
    expect(fix?.issues.map((issue) => issue.reason)).toEqual(['looks_alike'])
    const fixed = validateInteractive(fix?.apply(draft))
    expect(fixed.ok && fixed.warnings.filter((warning) => warning.code === 'duplicate')).toEqual([])
  })

  it('offers no new id for a repeated product: it names a real catalogue item', () => {
    const items = ['action', 'sections', 0, 'product_items']
    const draft = setAt(createDraft('product_list'), items, [
      { product_retailer_id: 'sku-1' },
      { product_retailer_id: 'sku-1' },
    ])
    const labels = fixesOf(draft).map((fix) => fix.labelKey)
    expect(labels).toContain('fix.removeDuplicateProduct')
    expect(labels).not.toContain('fix.uniqueId')
  })
})

describe('shorten ids', () => {
  it('cuts a typed id to the limit, and keeps it unique', () => {
    const long = 'x'.repeat(LIMITS.button.id.max + 5)
    const draft = setAt(createDraft('button'), reply(0, 'id'), long)
    const [fix] = fixesOf(draft)
    expect(fix).toMatchObject({ labelKey: 'fix.shortenId', params: { limit: LIMITS.button.id.max } })
    expect(getAt(fix?.apply(draft), reply(0, 'id'))).toBe('x'.repeat(LIMITS.button.id.max))
    expect(validateInteractive(fix?.apply(draft)).ok).toBe(true)
  })

  it('cuts a typed id with spaces in it to an id that does not end in one', () => {
    const long = 'x '.repeat(LIMITS.button.id.max)
    const draft = setAt(createDraft('button'), reply(0, 'id'), long)
    const fix = fixesOf(draft).find((candidate) => candidate.labelKey === 'fix.shortenId')
    const id = getAt(fix?.apply(draft), reply(0, 'id')) as string
    expect(id).toBe(long.slice(0, LIMITS.button.id.max).trimEnd())
    expect(validateInteractive(fix?.apply(draft))).toMatchObject({ ok: true, warnings: [] })
  })

  it('generates a followed id again from its title', () => {
    const row = ['action', 'sections', 0, 'rows', 0]
    const title = 'a'.repeat(LIMITS.list.rowTitle.max + 300)
    const draft = setAt(setAt(createDraft('list'), [...row, 'title'], title), [...row, 'id'], title.toLowerCase())
    const fix = fixesOf(draft).find((candidate) => candidate.labelKey === 'fix.shortenId')
    expect(Array.from(getAt(fix?.apply(draft), [...row, 'id']) as string)).toHaveLength(LIMITS.list.rowId.max)
  })
})

describe('trim beside a look-alike', () => {
  it('is not offered where the trimmed value would repeat another: that is WhatsApp’s error', () => {
    // "Yes " beside "Yes": a look-alike warning; trimmed, two titles "Yes", which Meta refuses.
    const titles = setAt(setAt(createDraft('button'), reply(0, 'title'), 'Yes'), reply(1, 'title'), 'Yes ')
    expect(validateInteractive(titles).ok).toBe(true)
    expect(fixesOf(titles).map((fix) => fix.id)).not.toContain('trim:action.buttons.1.reply.title')
    // An id "yes " beside "yes": Make it unique mends both its spaces and the repeat.
    const ids = setAt(setAt(createDraft('button'), reply(0, 'id'), 'yes'), reply(1, 'id'), 'yes ')
    const fixes = fixesOf(ids)
    expect(fixes.map((fix) => fix.id)).not.toContain('trim:action.buttons.1.reply.id')
    const unique = fixes.find((fix) => fix.id === 'unique-id:action.buttons.1.reply.id')
    expect(unique?.issues.map((issue) => issue.reason)).toEqual(['spaces_around', 'looks_alike'])
    expect(validateInteractive(unique?.apply(ids))).toMatchObject({ ok: true, warnings: [] })
    // Where nothing would repeat, trimming is the repair still.
    const alone = setAt(createDraft('button'), reply(1, 'id'), 'later ')
    expect(fixesOf(alone).map((fix) => fix.id)).toContain('trim:action.buttons.1.reply.id')
  })
})

describe('remove empty', () => {
  it('leaves out an optional field left empty (footer, description, flow data)', () => {
    const footer = setAt(createDraft('button'), ['footer'], { text: '' })
    const [fix] = fixesOf(footer)
    expect(fix).toMatchObject({ id: 'remove-empty:footer.text', labelKey: 'fix.removeEmpty' })
    expect(fix?.apply(footer)).toEqual(createDraft('button'))
    const flow = setAt(createDraft('flow'), ['action', 'parameters', 'flow_id'], '1234')
    const data = setAt(flow, ['action', 'parameters', 'flow_action_payload'], { data: {} })
    expect(apply(data, 'remove-empty:action.parameters.flow_action_payload.data')).toEqual(flow)
  })

  it('never offers to remove a required field', () => {
    const draft = setAt(createDraft('button'), ['body', 'text'], '')
    expect(fixesOf(draft)).toEqual([])
  })

  it('leaves a section title empty where the list has several sections: it is required there', () => {
    const row = (id: string) => [{ id, title: id.toUpperCase() }]
    const sections = (second: string) => [
      { title: 'Hot', rows: row('chai') },
      { title: second, rows: row('juice') },
    ]
    const list = (second: string) => setAt(createDraft('list'), ['action', 'sections'], sections(second))
    const ids = (draft: unknown) => fixesOf(draft).map((fix) => fix.id)
    expect(ids(list(''))).not.toContain('remove-empty:action.sections.1.title')
    // With one section the title is optional, and leaving it out is the repair.
    const one = setAt(createDraft('list'), ['action', 'sections'], [{ title: '', rows: row('chai') }])
    expect(ids(one)).toContain('remove-empty:action.sections.0.title')
    expect(validateInteractive(apply(one, 'remove-empty:action.sections.0.title')).ok).toBe(true)
    const products = setAt(
      createDraft('product_list'),
      ['action', 'sections'],
      [
        { title: 'Hot', product_items: [{ product_retailer_id: 'chai' }] },
        { title: '', product_items: [{ product_retailer_id: 'juice' }] },
      ],
    )
    expect(ids(products)).not.toContain('remove-empty:action.sections.1.title')
  })
})

describe('https', () => {
  const URL_PATH = ['action', 'parameters', 'url']
  const cta = (url: string) => setAt(createDraft('cta_url'), URL_PATH, url)

  it('adds https:// to a link typed without its scheme, beside the URL error', () => {
    for (const [typed, fixed] of [
      ['www.duka.co.tz/oda?id=4821', 'https://www.duka.co.tz/oda?id=4821'],
      ['duka.co.tz', 'https://duka.co.tz'],
      ['//duka.co.tz/a', 'https://duka.co.tz/a'],
      ['duka.co.tz:8080/a', 'https://duka.co.tz:8080/a'],
    ] as const) {
      const draft = cta(typed)
      const fix = fixesOf(draft).find((candidate) => candidate.id === 'https:action.parameters.url')
      expect(fix, typed).toMatchObject({ labelKey: 'fix.addHttps', paths: [URL_PATH] })
      expect(fix?.issues.map((issue) => issue.code)).toEqual(['invalid_url'])
      const next = apply(draft, 'https:action.parameters.url')
      expect(getAt(next, URL_PATH)).toBe(fixed)
      expect(validateInteractive(next).ok).toBe(true)
    }
    // The header's media link too.
    const image = setAt(createDraft('button'), ['header'], { type: 'image', image: { link: 'duka.co.tz/a.jpg' } })
    expect(fixesOf(image).map((fix) => fix.id)).toContain('https:header.image.link')
  })

  it('writes spaces inside a link as %20, beside the URL error, where that makes a valid link', () => {
    for (const [typed, fixed] of [
      ['https://duka.co.tz/oda mpya.pdf', 'https://duka.co.tz/oda%20mpya.pdf'],
      // A no-break space (a link copied from a web page) and a narrow one are spaces too.
      ['https://duka.co.tz/oda\u00a0mpya\u202fya.pdf', 'https://duka.co.tz/oda%20mpya%20ya.pdf'],
    ] as const) {
      const draft = cta(typed)
      const fix = fixesOf(draft).find((candidate) => candidate.id === 'encode-spaces:action.parameters.url')
      expect(fix, typed).toMatchObject({ labelKey: 'fix.encodeSpaces', paths: [URL_PATH] })
      expect(fix?.issues.map((issue) => issue.reason)).toEqual(['url_spaces'])
      const next = apply(draft, 'encode-spaces:action.parameters.url')
      expect(getAt(next, URL_PATH)).toBe(fixed)
      expect(validateInteractive(next).ok).toBe(true)
    }
    // A space in the host, or a line break, is no link however written: no fix-it.
    for (const typed of [
      'https://duka co.tz/a',
      'https://duka.co.tz/a\nb',
      'https://duka.co.tz/a\tb',
      'https://duka.co.tz/a',
    ]) {
      expect(
        fixesOf(cta(typed)).map((fix) => fix.id),
        typed,
      ).not.toContain('encode-spaces:action.parameters.url')
    }
  })

  it('takes the spaces around a link with those inside in one fix-it, never a trim that leaves the %20 to do', () => {
    const onUrl = (draft: unknown) => fixesOf(draft).filter((fix) => fix.id.endsWith(':action.parameters.url'))
    for (const [typed, fixed] of [
      [' https://duka.co.tz/oda mpya.pdf', 'https://duka.co.tz/oda%20mpya.pdf'],
      ['https://duka.co.tz/a?q=mchele wa kyela ', 'https://duka.co.tz/a?q=mchele%20wa%20kyela'],
      ['\u00a0https://duka.co.tz/oda mpya.pdf\u00a0', 'https://duka.co.tz/oda%20mpya.pdf'],
    ] as const) {
      const draft = cta(typed)
      const fixes = onUrl(draft)
      expect(
        fixes.map((fix) => fix.id),
        typed,
      ).toEqual(['encode-spaces:action.parameters.url'])
      expect(fixes[0]).toMatchObject({ labelKey: 'fix.trimEncodeSpaces', paths: [URL_PATH] })
      expect(fixes[0]?.issues.map((issue) => issue.code)).toEqual(['invalid_url'])
      const next = apply(draft, 'encode-spaces:action.parameters.url')
      expect(getAt(next, URL_PATH)).toBe(fixed)
      expect(validateInteractive(next).ok).toBe(true)
    }
    // Spaces only around it: trimming is the whole repair, and nothing is written as %20.
    for (const typed of [' https://duka.co.tz/oda.pdf', 'https://duka.co.tz/oda.pdf ']) {
      const draft = cta(typed)
      expect(
        onUrl(draft).map((fix) => fix.id),
        typed,
      ).toEqual(['trim:action.parameters.url'])
      // Beside the issue that says what is wrong: spaces at its ends, not "no absolute URL".
      expect(onUrl(draft)[0]?.issues.map((issue) => issue.reason)).toEqual(['spaces_around'])
      expect(validateInteractive(apply(draft, 'trim:action.parameters.url')).ok).toBe(true)
    }
  })

  it('adds https:// and writes the spaces inside as %20 in one fix-it, where neither alone makes a link', () => {
    const draft = cta(' www.duka.co.tz/oda mpya.pdf')
    const fixes = fixesOf(draft).filter((fix) => fix.id.endsWith(':action.parameters.url'))
    const fix = fixes.find((candidate) => candidate.id === 'https:action.parameters.url')
    expect(fix).toMatchObject({ labelKey: 'fix.addHttpsEncodeSpaces', paths: [URL_PATH] })
    // Nor a trim or a %20 alone, which would leave it no link.
    expect(fixes.map((candidate) => candidate.id)).toEqual(['https:action.parameters.url'])
    const next = apply(draft, 'https:action.parameters.url')
    expect(getAt(next, URL_PATH)).toBe('https://www.duka.co.tz/oda%20mpya.pdf')
    expect(validateInteractive(next).ok).toBe(true)
    // A space in the host is no link however written.
    expect(fixesOf(cta('www.duka co.tz/oda')).map((candidate) => candidate.id)).not.toContain(
      'https:action.parameters.url',
    )
  })

  it('is not offered where https:// would not make a valid link, or the scheme is there', () => {
    for (const typed of [
      'javascript:alert(1)',
      'ftp://duka.co.tz',
      'https://',
      'duka co tz',
      'mailto:a@b.tz',
      'tel:+255712',
    ]) {
      expect(
        fixesOf(cta(typed)).map((fix) => fix.id),
        typed,
      ).not.toContain('https:action.parameters.url')
    }
  })

  it('is not offered for text with no domain name: a media ID typed as the link is no host', () => {
    // "https://12345" parses (as the IPv4 address 0.0.48.57), so the fix would leave a link
    // that validates and leads nowhere; a host name has a dot (duka.co.tz).
    const image = (link: string) => setAt(createDraft('button'), ['header'], { type: 'image', image: { link } })
    for (const typed of ['12345', '1234567890123456', 'picha', 'picha/a.jpg', '12345:80']) {
      expect(
        fixesOf(image(typed)).map((fix) => fix.id),
        typed,
      ).not.toContain('https:header.image.link')
      expect(
        fixesOf(cta(typed)).map((fix) => fix.id),
        typed,
      ).not.toContain('https:action.parameters.url')
    }
  })
})
