import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { groupCounts } from './group-counts.ts'

describe('groupCounts', () => {
  it('counts a group against its limit', () => {
    expect(groupCounts(createDraft('button'), ['action', 'buttons'])).toEqual({ count: 2, limit: LIMITS.button.count })
  })

  it('counts rows across every section for "7 of 10 rows"', () => {
    const draft = applyDraftOperation(createDraft('list'), { op: 'add', path: ['action', 'sections'] })
    expect(groupCounts(draft, ['action', 'sections', 1, 'rows'])).toEqual({
      count: 1,
      limit: LIMITS.list.rowsPerSection,
      total: 4,
      totalLimit: LIMITS.list.rowsTotal,
    })
  })

  it('is undefined for a path that is no group', () => {
    expect(groupCounts(createDraft('button'), ['body'])).toBeUndefined()
    expect(groupCounts(null, ['action', 'buttons'])).toBeUndefined()
  })
})
