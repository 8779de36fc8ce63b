import type { Issue } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { indexOf } from './issue-index.ts'
import { sheetModel } from './list-sheet.tsx'
import type { DraftSection } from './normalize.ts'

const section = (s: number, count: number): DraftSection => ({
  title: undefined,
  path: ['action', 'sections', s],
  rows: Array.from({ length: count }, (_, r) => ({
    id: `r${s}.${r}`,
    title: { value: `Row ${r + 1}`, path: ['action', 'sections', s, 'rows', r, 'title'] },
    description: undefined,
    path: ['action', 'sections', s, 'rows', r],
  })),
})

// Core's count of a list's rows across its sections, as the list validator reports it.
const rowsTotal = (limit: number, actual: number): Issue => ({
  path: ['action', 'sections'],
  code: 'too_many',
  reason: 'count',
  limit,
  actual,
  params: { noun: 'row', scope: 'list' },
  rule: 'whatsapp',
  message: `The list has ${actual} rows; WhatsApp allows ${limit}`,
})

const beyond = (sections: DraftSection[], issues: Issue[]) =>
  sheetModel(sections, indexOf(issues)).sections.flatMap((each) => each.rows.map((row) => row.beyond))

describe('sheetModel', () => {
  it("marks rows past the total core's issue names, counted across sections", () => {
    expect(beyond([section(0, 2), section(1, 3)], [rowsTotal(3, 5)])).toEqual([false, false, false, true, true])
  })

  it('marks no row for another count at the sections (too many sections), nor without issues', () => {
    const sections: Issue = { ...rowsTotal(1, 2), params: { noun: 'section', scope: 'list' } }
    expect(beyond([section(0, 1), section(1, 1)], [sections])).toEqual([false, false])
    expect(beyond([section(0, 12)], [])).toEqual(Array(12).fill(false))
  })
})
