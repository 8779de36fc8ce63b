import { describe, expect, it, vi } from 'vitest'
import type { DraftOptions } from './draft-options.ts'
import { getAt } from './draft-path.ts'
import { createEditorState, type EditorState, idFollowsTitle, tryEditorOperation } from './editor-state.ts'
import { followingIdPaths } from './following-ids.ts'

// The drafts walked for their fields, to see which an operation walks.
const walked = vi.hoisted(() => ({ drafts: [] as unknown[] }))
vi.mock('./walk-description.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./walk-description.ts')>()
  return {
    ...real,
    fieldInstances: (...args: Parameters<typeof real.fieldInstances>) => {
      walked.drafts.push(args[1])
      return real.fieldInstances(...args)
    },
  }
})

const rows = (section: number) =>
  Array.from({ length: 5 }, (_, r) => ({
    id: `${section}-${r}`,
    title: `Row ${section}.${r}`,
    description: 'Every 5 minutes',
  }))
const list = {
  type: 'list',
  body: { text: 'Choose a route' },
  action: { button: 'Routes', sections: [0, 1].map((s) => ({ title: `Section ${s}`, rows: rows(s) })) },
}
const options: DraftOptions = {}

function apply(state: EditorState, path: (string | number)[], value: unknown): EditorState {
  const result = tryEditorOperation(state, { op: 'set', path, value }, options)
  if (!result.ok) throw new Error(result.reason)
  return result.state
}

describe('ids that follow their titles, found once per draft', () => {
  it('walks the draft an operation made, not again the one it started from', () => {
    // The list's button label: inside the action, whose items a change there may move.
    const label = ['action', 'button']
    let state = apply(createEditorState(list, options), label, 'Routes!')
    for (const text of ['Routes!!', 'Routes!!!']) {
      const before = state.draft
      walked.drafts = []
      state = apply(state, label, text)
      expect(walked.drafts).not.toContain(before)
      expect(walked.drafts).toContain(state.draft)
    }
  })

  it("walks only the draft it made while a row's description is typed into: no title, no id to renew", () => {
    const description = ['action', 'sections', 0, 'rows', 1, 'description']
    let state = apply(createEditorState(list, options), description, 'Every 5 minutes!')
    const before = state.draft
    walked.drafts = []
    state = apply(state, description, 'Every 5 minutes!!')
    expect(walked.drafts).toEqual([state.draft])
    expect(walked.drafts).not.toContain(before)
  })

  it('walks no draft while the body, the header or the footer is typed into: every item stays as it was', () => {
    let state = apply(createEditorState(list, options), ['action', 'sections', 0, 'rows', 1, 'id'], '')
    const keys = state.keys
    walked.drafts = []
    state = apply(state, ['body', 'text'], 'Choose a route!')
    state = apply(state, ['footer'], { text: 'Routes change' })
    state = apply(state, ['footer', 'text'], 'Routes change daily')
    expect(walked.drafts).toEqual([])
    expect(state.keys).toBe(keys)
    expect(followingIdPaths(state, options)).toEqual([['action', 'sections', 0, 'rows', 1]])
    // The row's empty id still follows its title.
    state = apply(state, ['action', 'sections', 0, 'rows', 1, 'title'], 'Kariakoo')
    expect(getAt(state.draft, ['action', 'sections', 0, 'rows', 1, 'id'])).not.toBe('')
    expect(idFollowsTitle(state, ['action', 'sections', 0, 'rows', 1])).toBe(true)
  })

  it('finds the same ids following as a walk of a fresh copy of the state', () => {
    let state = createEditorState(list, options)
    state = apply(state, ['action', 'sections', 0, 'rows', 1, 'id'], '')
    state = apply(state, ['action', 'sections', 0, 'rows', 1, 'title'], 'Kariakoo')
    state = apply(state, ['body', 'text'], 'Choose')
    state = apply(state, ['action', 'sections', 1, 'rows', 2, 'id'], 'typed')
    state = apply(state, ['action', 'sections', 0, 'rows', 1, 'title'], 'Kariakoo sokoni')
    const fresh = structuredClone(state)
    expect(followingIdPaths(state, options)).toEqual(followingIdPaths(fresh, options))
    expect(followingIdPaths(state, options)).toEqual([['action', 'sections', 0, 'rows', 1]])
    expect(idFollowsTitle(state, ['action', 'sections', 0, 'rows', 1])).toBe(true)
  })
})
