import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const issuesOf = (value: unknown): Issue[] => {
  const result = validateInteractive(value)
  return [...(result.ok ? [] : result.issues), ...result.warnings]
}
const codesAt = (issues: Issue[], path: (string | number)[]) =>
  issues.filter((issue) => issue.path.join('.') === path.join('.')).map((issue) => issue.code)

// An empty id or title is already its field's "at least 1 character" error; saying it is also
// the same as another empty one adds a second error (and a second fix-it) for one mistake. A
// builder's new product or a cleared id would otherwise count as a repeat.
describe('empty values are each a missing field, not a repeat of each other', () => {
  it('reply buttons: two empty ids, two empty titles', () => {
    const issues = issuesOf({
      type: 'button',
      body: { text: 'Pick' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: '', title: '' } },
          { type: 'reply', reply: { id: '', title: '' } },
        ],
      },
    })
    expect(codesAt(issues, ['action', 'buttons', 1, 'reply', 'id'])).toEqual(['too_short'])
    expect(codesAt(issues, ['action', 'buttons', 1, 'reply', 'title'])).toEqual(['too_short'])
  })

  it('list rows across sections', () => {
    const row = { id: '', title: 'Same' }
    const issues = issuesOf({
      type: 'list',
      body: { text: 'Pick' },
      action: {
        button: 'Open',
        sections: [
          { title: 'A', rows: [row] },
          { title: 'B', rows: [row] },
        ],
      },
    })
    expect(codesAt(issues, ['action', 'sections', 1, 'rows', 0, 'id'])).toEqual(['too_short'])
  })

  it('product list products (two new, still empty)', () => {
    const issues = issuesOf({
      type: 'product_list',
      header: { type: 'text', text: 'Ours' },
      body: { text: 'Pick' },
      action: {
        catalog_id: 'c',
        sections: [{ product_items: [{ product_retailer_id: '' }, { product_retailer_id: '' }] }],
      },
    })
    expect(codesAt(issues, ['action', 'sections', 0, 'product_items', 1, 'product_retailer_id'])).toEqual(['too_short'])
  })

  it('carousel quick replies', () => {
    const card = (i: number) => ({
      card_index: i,
      type: 'cta_url',
      header: { type: 'image', image: { link: `https://x.example/${i}.jpg` } },
      action: { buttons: [{ type: 'quick_reply', quick_reply: { id: '', title: 'Go' } }] },
    })
    const issues = issuesOf({ type: 'carousel', body: { text: 'Pick' }, action: { cards: [card(0), card(1)] } })
    expect(codesAt(issues, ['action', 'cards', 1, 'action', 'buttons', 0, 'quick_reply', 'id'])).toEqual(['too_short'])
  })

  it('a repeated value that is not empty is still a repeat', () => {
    const issues = issuesOf({
      type: 'button',
      body: { text: 'Pick' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'a', title: 'A' } },
          { type: 'reply', reply: { id: 'a', title: 'B' } },
        ],
      },
    })
    expect(codesAt(issues, ['action', 'buttons', 1, 'reply', 'id'])).toEqual(['duplicate'])
  })
})
