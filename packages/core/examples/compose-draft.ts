import {
  applyEditorOperation,
  coalesceKeyOf,
  createDraft,
  createDraftHistory,
  createEditorState,
  describeInteractive,
  draftFixIts,
  type EditorOperation,
  itemKey,
  validateInteractive,
} from '@briq-interactive/core'

export const description = describeInteractive('list') // fields, kinds, label keys, LIMITS entries
export const history = createDraftHistory(createEditorState(createDraft('list')))

function run(operation: EditorOperation) {
  const next = applyEditorOperation(history.getSnapshot().present, operation)
  history.record(next, { at: Date.now(), coalesceKey: coalesceKeyOf(operation) })
}
const firstRow = itemKey(history.getSnapshot().present, ['action', 'sections', 0, 'rows', 0]) // a React key
run({ op: 'set', path: ['action', 'sections', 0, 'rows', 0, 'title'], value: 'Track my parcel' })
run({ op: 'move', path: ['action', 'sections', 0, 'rows', 0], to: ['action', 'sections', 0, 'rows', 2] })

export const { draft } = history.getSnapshot().present
export const fixes = draftFixIts(draft, validateInteractive(draft)) // [{ id, labelKey, params, paths, issues, apply }]
export const movedRowKey = itemKey(history.getSnapshot().present, ['action', 'sections', 0, 'rows', 2]) // === firstRow
export { firstRow }
