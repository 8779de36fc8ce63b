import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../issue.ts'
import { mutatedMessage, validInteractive } from '../../validation/arbitraries.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation, tryDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { DRAFT_LABEL_KEYS } from '../draft-label-keys.ts'
import { setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const buttons = (titles: string[]) => titles.map((title, i) => ({ type: 'reply', reply: { id: `b${i}`, title } }))
const sections = ['action', 'sections']
const params = ['action', 'parameters']
const carousel = [0, 1].reduce<unknown>(
  (draft, i) => setAt(draft, ['action', 'cards', i, 'header', 'image', 'link'], `https://shop.example/${i}.png`),
  createDraft('carousel'),
)

// One draft per fix-it label: together they prove every fix.* key is produced somewhere.
const SCENARIOS: unknown[] = [
  setAt(createDraft('button'), ['action', 'buttons'], buttons(['a', 'b', 'c', 'd'])),
  setAt(setAt(createDraft('button'), ['action', 'buttons'], buttons(['a', 'b', 'c', 'd'])), ['header'], {
    type: 'video',
    video: { id: '1' },
  }),
  setAt(createDraft('list'), [...sections, 0, 'rows'], [{ id: 'a', title: 'A' }]),
  setAt(
    setAt(createDraft('list'), [...sections, 0, 'rows'], [{ id: 'a', title: 'A' }]),
    [...sections, 0, 'title'],
    'T',
  ),
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], ' x'),
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], 'no-change-it'),
  // An untitled button's placeholder id, typed by hand on the next button.
  setAt(
    setAt(createDraft('button'), ['action', 'buttons', 0, 'reply'], { id: 'button-1', title: '' }),
    ['action', 'buttons', 1, 'reply', 'id'],
    'button-1',
  ),
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], 'x'.repeat(300)),
  setAt(
    createDraft('product_list'),
    [...sections, 0, 'product_items'],
    [{ product_retailer_id: 'a' }, { product_retailer_id: 'a' }],
  ),
  { ...createDraft('carousel'), header: { type: 'text', text: 'x' }, footer: { text: 'y' }, extra: 1 },
  setAt(createDraft('button'), ['footer'], { text: '' }),
  setAt(applyDraftOperation(createDraft('list'), { op: 'add', path: sections }), [...sections, 1], {
    rows: [{ id: 'z', title: 'Z' }],
  }),
  setAt(carousel, ['action', 'cards', 1, 'card_index'], 0),
  setAt(setAt(carousel, ['action', 'cards', 0, 'card_index'], 1), ['action', 'cards', 1, 'card_index'], 0),
  setAt(createDraft('address_message'), ['action', 'parameters', 'country'], 'in'),
  setAt(createDraft('flow'), ['action', 'parameters', 'flow_cta'], 'Book 🛒'),
  setAt(createDraft('button'), ['body', 'text'], 'Karibu \ud83d'),
  setAt(createDraft('button'), ['body', 'text'], 'Karibu\u0000'),
  setAt(carousel, ['action', 'cards', 0, 'body', 'text'], 'a\nb\nc\nd'),
  setAt(
    carousel,
    ['action', 'cards', 1, 'action', 'buttons'],
    [
      { type: 'quick_reply', quick_reply: { id: 'b', title: 'Buy' } },
      { type: 'quick_reply', quick_reply: { id: 'i', title: 'Info' } },
    ],
  ),
  setAt(
    createDraft('carousel'),
    ['action', 'cards'],
    [0, 1].map((card_index) => ({
      card_index,
      type: 'product',
      action: { product_retailer_id: `p${card_index}`, catalog_id: `c${card_index}` },
    })),
  ),
  setAt(setAt(createDraft('flow'), [...params, 'flow_action'], 'data_exchange'), [...params, 'flow_action_payload'], {
    screen: 'S',
  }),
  { to: '255712345678', interactive: createDraft('button') },
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'title'], `${'e\u0301'.repeat(10)}y`),
  setAt(createDraft('cta_url'), ['action', 'parameters', 'url'], 'www.duka.co.tz/oda'),
  setAt(createDraft('cta_url'), ['action', 'parameters', 'url'], 'https://duka.co.tz/oda mpya'),
  setAt(createDraft('cta_url'), ['action', 'parameters', 'url'], ' https://duka.co.tz/oda mpya'),
  setAt(createDraft('cta_url'), ['action', 'parameters', 'url'], 'www.duka.co.tz/oda mpya'),
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], '   '),
  setAt(createDraft('button'), ['header'], { type: 'image', image: { link: 'https://duka.co.tz/a.png', id: '7' } }),
  setAt(createDraft('button'), ['header'], { type: 'image', image: { link: '4490' } }),
  setAt(createDraft('button'), ['header'], { type: 'video', video: { id: 'https://duka.co.tz/a.mp4' } }),
  setAt(setAt(createDraft('flow'), [...params, 'flow_id'], '1'), [...params, 'flow_name'], 'booking'),
  ...(['url', 'quickReply', 'product'] as const).map((kind) => {
    const first =
      kind === 'product'
        ? { card_index: 0, type: 'product', action: { product_retailer_id: 'p', catalog_id: 'c' } }
        : {
            card_index: 0,
            type: 'cta_url',
            header: { type: 'image', image: { link: 'https://duka.co.tz/a.png' } },
            action:
              kind === 'url'
                ? { name: 'cta_url', parameters: { display_text: 'Nunua', url: 'https://duka.co.tz' } }
                : { buttons: [{ type: 'quick_reply', quick_reply: { id: 'q', title: 'Q' } }] },
          }
    const other =
      kind === 'product'
        ? {
            ...(first as object),
            type: 'cta_url',
            card_index: 1,
            header: { type: 'image', image: { link: 'https://duka.co.tz/b.png' } },
            action: { name: 'cta_url', parameters: { display_text: 'N', url: 'https://duka.co.tz' } },
          }
        : { card_index: 1, type: 'product', action: { product_retailer_id: 'p', catalog_id: 'c' } }
    return setAt(createDraft('carousel'), ['action', 'cards'], [first, other])
  }),
  setAt(createDraft('flow'), [...params, 'flow_message_version'], 3),
  setAt(createDraft('voice_call'), params, { ttl_minutes: '100' }),
  setAt(createDraft('button'), ['action', 'buttons', 0, 'reply', 'id'], 1),
  setAt(createDraft('flow'), [...params, 'flow_action_payload'], { screen: 'S', data: '{"a":1}' }),
  setAt(createDraft('flow'), [...params, 'mode'], 'DRAFT'),
]

describe('draftFixIts', () => {
  it('produces every fix-it label it declares', () => {
    const produced = new Set(
      SCENARIOS.flatMap((draft) => draftFixIts(draft, validateInteractive(draft)).map((fix) => fix.labelKey)),
    )
    expect([...produced].sort()).toEqual(DRAFT_LABEL_KEYS.filter((key) => key.startsWith('fix.')).sort())
  })

  it('gives each fix-it of a draft its own id, and applies it as an operation', () => {
    for (const draft of SCENARIOS) {
      const fixes = draftFixIts(draft, validateInteractive(draft))
      expect(new Set(fixes.map((fix) => fix.id)).size).toBe(fixes.length)
      for (const fix of fixes) expect(applyDraftOperation(draft, { op: 'fix', id: fix.id })).toEqual(fix.apply(draft))
    }
    expect(tryDraftOperation(createDraft('button'), { op: 'fix', id: 'buttons-to-list' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
  })

  it('never throws and never changes the draft it is given, whatever the draft', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const draft = { type: 'list', action: junk, body: junk }
        const copy = structuredClone(draft)
        for (const fix of draftFixIts(draft, validateInteractive(draft))) fix.apply(draft)
        expect(draft).toEqual(copy)
        expect(draftFixIts(junk, validateInteractive(junk))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('never throws nor changes the draft given, and each fix changes it, for any type changed by hand', () => {
    fc.assert(
      // As the JSON tab gives it: JSON data.
      fc.property(mutatedMessage(validInteractive()), (changed) => {
        const draft: unknown = JSON.parse(JSON.stringify(changed))
        const copy = structuredClone(draft)
        for (const fix of draftFixIts(draft, validateInteractive(draft))) {
          const fixed = fix.apply(draft)
          expect(draft).toEqual(copy)
          // What a fix gives is a draft again: JSON the tab can show, nothing lost on the way.
          expect(JSON.parse(JSON.stringify(fixed))).toEqual(fixed)
          // A fix offered changes something: one that does nothing (titles for a section that is
          // a list) leaves the person clicking a button that never helps.
          expect(fixed, fix.id).not.toEqual(draft)
        }
      }),
      { numRuns: 150 },
    )
  })

  // A claim is what the fix-it's label promises to mend. One claim stays by what it is: removing a
  // repeated product can move another copy into its place, with the same issue.
  it('mends every issue it claims, for any type changed by hand', () => {
    const same = (issue: Issue) => JSON.stringify([issue.path, issue.code, issue.reason, issue.params])
    fc.assert(
      fc.property(mutatedMessage(validInteractive()), (changed) => {
        const draft: unknown = JSON.parse(JSON.stringify(changed))
        for (const fix of draftFixIts(draft, validateInteractive(draft))) {
          if (fix.labelKey === 'fix.removeDuplicateProduct') continue
          const after = validateInteractive(fix.apply(draft))
          const left = new Set([...(after.ok ? [] : after.issues), ...after.warnings].map(same))
          expect(
            fix.issues.filter((issue) => left.has(same(issue))),
            fix.id,
          ).toEqual([])
        }
      }),
      { numRuns: 200 },
    )
  })
})
