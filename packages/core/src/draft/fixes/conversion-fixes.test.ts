import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../limits.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { applyDraftOperation } from '../apply-draft-operation.ts'
import { createDraft } from '../create-draft.ts'
import { getAt, setAt } from '../draft-path.ts'
import { draftFixIts } from './draft-fix-its.ts'

const fixesOf = (draft: unknown) => draftFixIts(draft, validateInteractive(draft))
const fourButtons = ['Small', 'Medium', 'Large', 'Extra large'].reduce<unknown>(
  (draft, title, i) =>
    applyDraftOperation(i < 2 ? draft : applyDraftOperation(draft, { op: 'add', path: ['action', 'buttons'] }), {
      op: 'set',
      path: ['action', 'buttons', i, 'reply', 'title'],
      value: title,
    }),
  setAt(createDraft('button'), ['header'], { type: 'text', text: 'Pick a size' }),
)

describe('buttons to list', () => {
  it('offers a list for a fourth button, keeping every title (and id) as a row', () => {
    const [fix] = fixesOf(fourButtons).filter((candidate) => candidate.id === 'buttons-to-list')
    expect(fix).toMatchObject({ labelKey: 'fix.buttonsToList', params: { count: 4 }, paths: [['action', 'buttons']] })
    expect(fix?.issues.map((issue) => issue.code)).toEqual(['too_many'])
    const list = fix?.apply(fourButtons)
    expect(getAt(list, ['action', 'sections', 0, 'rows'])).toEqual([
      { id: 'small', title: 'Small' },
      { id: 'medium', title: 'Medium' },
      { id: 'large', title: 'Large' },
      { id: 'extra-large', title: 'Extra large' },
    ])
    expect(getAt(list, ['header'])).toEqual({ type: 'text', text: 'Pick a size' })
    expect(validateInteractive(list).ok).toBe(true)
  })

  it('says so when the media header cannot come along', () => {
    const withImage = setAt(fourButtons, ['header'], { type: 'image', image: { link: 'https://shop.example/s.png' } })
    expect(fixesOf(withImage).find((fix) => fix.id === 'buttons-to-list')).toMatchObject({
      labelKey: 'fix.buttonsToListDroppingHeader',
      params: { count: 4, kind: 'image' },
    })
  })

  it('cuts a button id too long for a row (201–256 characters) to the row limit, still unique', () => {
    const max = LIMITS.list.rowId.max
    const order = `order-2024-0001:${'size=medium;'.repeat(20)}`.slice(0, 230)
    const ids = [order, `${order.slice(0, max)}x`, 'x'.repeat(max), 'large']
    const buttons = ids.map((id, i) => ({ type: 'reply', reply: { id, title: `Size ${i + 1}` } }))
    const draft = { type: 'button', body: { text: 'Pick a size' }, action: { buttons } }
    const fix = fixesOf(draft).find((candidate) => candidate.id === 'buttons-to-list')
    expect(validateInteractive(draft).ok).toBe(false)
    const list = fix?.apply(draft)
    const rows = getAt(list, ['action', 'sections', 0, 'rows']) as { id: string }[]
    // Its start is kept, as a reply's handler reads it; the second, cut the same, is numbered.
    expect(rows.map((row) => row.id)).toEqual([
      order.slice(0, max),
      `${order.slice(0, max - 2)}-2`,
      'x'.repeat(max),
      'large',
    ])
    // No new error: the list is valid.
    expect(validateInteractive(list)).toMatchObject({ ok: true })
  })

  it('is not offered for three buttons', () => {
    expect(fixesOf(createDraft('button')).map((fix) => fix.id)).toEqual([])
  })
})

describe('list to buttons', () => {
  const short = {
    type: 'list',
    body: { text: 'Which day?' },
    action: {
      button: 'Pick a day',
      sections: [
        {
          rows: [
            { id: 'sat', title: 'Saturday' },
            { id: 'sun', title: 'Sunday' },
          ],
        },
      ],
    },
  }

  it('suggests reply buttons for one section of at most three rows without descriptions', () => {
    const [fix] = fixesOf(short)
    expect(fix).toMatchObject({
      id: 'list-to-buttons',
      labelKey: 'fix.listToButtons',
      params: { count: 2 },
      issues: [],
    })
    expect(fix?.apply(short)).toEqual({
      type: 'button',
      body: { text: 'Which day?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'sat', title: 'Saturday' } },
          { type: 'reply', reply: { id: 'sun', title: 'Sunday' } },
        ],
      },
    })
  })

  it('names the section title it would drop', () => {
    const titled = setAt(short, ['action', 'sections', 0, 'title'], 'Weekend')
    expect(fixesOf(titled)[0]?.labelKey).toBe('fix.listToButtonsDroppingSectionTitle')
  })

  it('is not offered when rows have descriptions, or there are four rows or two sections', () => {
    expect(fixesOf(createDraft('list'))).toEqual([])
    const four = setAt(
      short,
      ['action', 'sections', 0, 'rows'],
      ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id })),
    )
    expect(fixesOf(four)).toEqual([])
    const twoSections = applyDraftOperation(short, { op: 'add', path: ['action', 'sections'] })
    expect(fixesOf(twoSections).map((fix) => fix.id)).not.toContain('list-to-buttons')
  })

  it('is not offered when the row titles would make invalid buttons (over 20 characters, or repeated)', () => {
    const titled = (...titles: string[]) =>
      setAt(
        short,
        ['action', 'sections', 0, 'rows'],
        titles.map((title, i) => ({ id: `r${i}`, title })),
      )
    // 23 characters: a valid row title, a too long button title.
    const long = titled('Saturday', 'Sunday morning, early!!')
    expect(validateInteractive(long).ok).toBe(true)
    expect(fixesOf(long).map((fix) => fix.id)).not.toContain('list-to-buttons')
    const repeated = titled('Saturday', 'Saturday')
    expect(fixesOf(repeated).map((fix) => fix.id)).not.toContain('list-to-buttons')
    // 20 code points (a flag is two) still fits.
    expect(fixesOf(titled('Saturday', `${'s'.repeat(18)}🇹🇿`)).map((fix) => fix.id)).toContain('list-to-buttons')
  })

  it('is not offered when a row id has spaces at its ends, which a reply button id may not have', () => {
    const spaced = setAt(short, ['action', 'sections', 0, 'rows', 0, 'id'], 'saturday ')
    // Only a warning on a row, with its own trim fix-it.
    expect(validateInteractive(spaced).ok).toBe(true)
    expect(fixesOf(spaced).map((fix) => fix.id)).toEqual(['trim:action.sections.0.rows.0.id'])
  })

  it('is not offered when the body is longer than reply buttons allow (a list body read as up to 4096)', () => {
    const options = { extendedListBody: true }
    const long = setAt(short, ['body', 'text'], 'x'.repeat(LIMITS.body.text.max + 1))
    expect(validateInteractive(long, options).ok).toBe(true)
    const ids = draftFixIts(long, validateInteractive(long, options), options).map((fix) => fix.id)
    expect(ids).not.toContain('list-to-buttons')
    const fits = setAt(short, ['body', 'text'], 'x'.repeat(LIMITS.body.text.max))
    expect(fixesOf(fits).map((fix) => fix.id)).toContain('list-to-buttons')
  })
})
