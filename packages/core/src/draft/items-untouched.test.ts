import { describe, expect, it } from 'vitest'
import { tryDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import { reconcileKeys } from './draft-keys.ts'
import type { DraftOperation } from './draft-operation.ts'
import type { DraftOptions } from './draft-options.ts'
import type { DraftPath } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState } from './editor-state.ts'
import { followingAt, markFollowing, restoreFollowingIds } from './following-ids.ts'
import { descriptionNodes } from './walk-description.ts'

const options: DraftOptions = {}

// What an operation's keys are when the whole draft is walked again: its items keyed anew from
// the old keys by position, and each id marked as following its title or not.
function walkedKeys(state: EditorState, operation: Extract<DraftOperation, { op: 'set' }>) {
  const result = tryDraftOperation(state.draft, operation, options, (path) => followingAt(state.keys, path))
  if (!result.ok) throw new Error(result.reason)
  const type = draftType(result.draft)
  if (type === undefined) throw new Error('no type')
  const nodes = descriptionNodes(describeInteractive(type, options))
  const keys = reconcileKeys(nodes, [], result.draft, state.keys, { next: state.nextKey })
  return markFollowing({ before: state, draft: result.draft, keys, setAside: state.setAside, operation }, options)
}

const rows = (section: number) =>
  Array.from({ length: 3 }, (_, r) => ({ id: `${section}-${r}`, title: `Row ${section}.${r}` }))
const list = {
  type: 'list',
  header: { type: 'text', text: 'Routes' },
  body: { text: 'Choose a route' },
  action: { button: 'Routes', sections: [0, 1].map((s) => ({ title: `Section ${s}`, rows: rows(s) })) },
}
const row: DraftPath = ['action', 'sections', 0, 'rows', 1]

const states: Record<string, () => EditorState> = {
  'a draft from outside': () => createEditorState(list, options),
  "the builder's own list": () => createEditorState(createDraft('list', options), options, { idsFollow: true }),
  'a row whose id was cleared': () =>
    applyEditorOperation(createEditorState(list, options), { op: 'set', path: [...row, 'id'], value: '' }),
  'ids restored as following': () =>
    restoreFollowingIds(createEditorState(list, options), [row, ['action', 'sections', 1, 'rows', 0]]),
  'reply buttons switched to and back': () =>
    applyEditorOperation(
      applyEditorOperation(createEditorState(createDraft('list', options), options, { idsFollow: true }), {
        op: 'setType',
        type: 'button',
      }),
      { op: 'setType', type: 'list' },
    ),
  'a carousel with quick replies': () =>
    createEditorState(createDraft('carousel', options), options, { idsFollow: true }),
  'reply buttons with a header': () =>
    applyEditorOperation(createEditorState(createDraft('button', options), options, { idsFollow: true }), {
      op: 'choose',
      path: ['header'],
      value: 'text',
    }),
}

describe('typing outside every item (body, header, footer)', () => {
  for (const [name, make] of Object.entries(states)) {
    it(`keeps the keys and following ids a walk of the whole draft finds: ${name}`, () => {
      const state = make()
      for (const operation of [
        { op: 'set', path: ['body', 'text'], value: 'Karibu *sana*' },
        { op: 'set', path: ['footer'], value: { text: 'Ratiba' } },
        { op: 'set', path: ['header', 'text'], value: 'Njia' },
      ] as const) {
        const next = applyEditorOperation(state, operation, options)
        if (next.draft === state.draft) continue
        const walked = walkedKeys(state, operation)
        expect(next.keys).toEqual(walked.keys)
        expect(next.followingAside).toEqual(walked.followingAside)
        expect(next.nextKey).toBe(state.nextKey)
      }
    })
  }

  it('walks the draft again once a field inside an item changes', () => {
    const state = createEditorState(list, options)
    const next = applyEditorOperation(state, { op: 'set', path: [...row, 'title'], value: 'Kariakoo' }, options)
    expect(next.keys).not.toBe(state.keys)
    expect(next.keys).toEqual(walkedKeys(state, { op: 'set', path: [...row, 'title'], value: 'Kariakoo' }).keys)
  })
})
