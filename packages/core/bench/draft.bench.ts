// Cost of one keystroke in the builder's model: an operation on a maximal list, with and
// without its validation. Target: ≤ 1 ms (a sixteenth of a 16 ms frame) on this machine's Node.
import { Bench } from 'tinybench'
import { applyDraftOperation } from '../src/draft/apply-draft-operation.ts'
import { applyEditorOperation, createEditorState } from '../src/draft/editor-state.ts'
import { draftFixIts } from '../src/draft/fixes/draft-fix-its.ts'
import { validateInteractive } from '../src/validation/validate-interactive.ts'
import { maximalList } from './maximal-messages.ts'

const body = { op: 'set', path: ['body', 'text'], value: `${maximalList.body.text.slice(0, -1)}!` } as const
const rowTitle = { op: 'set', path: ['action', 'sections', 1, 'rows', 4, 'title'], value: 'Row 1.4 renamed' } as const
const move = {
  op: 'move',
  path: ['action', 'sections', 0, 'rows', 0],
  to: ['action', 'sections', 0, 'rows', 4],
} as const
const state = createEditorState(maximalList)

const bench = new Bench({ time: 1500, warmup: true })
bench
  .add('set body + validate (maximal list)', () => validateInteractive(applyDraftOperation(maximalList, body)))
  .add('set row title (id follows) + validate', () => validateInteractive(applyDraftOperation(maximalList, rowTitle)))
  .add('editor: move row + keys + validate', () => validateInteractive(applyEditorOperation(state, move).draft))
  .add('draftFixIts(maximal list)', () => draftFixIts(maximalList, validateInteractive(maximalList)))
await bench.run()

const TARGET_US = 1000
for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  const medianUs = (result.latency.p50 ?? result.latency.mean) * 1000
  const p99Us = (result.latency.p99 ?? result.latency.mean) * 1000
  // The median is the typical cost; p99 is pulled up by rare GC pauses on a shared machine.
  const verdict = medianUs <= TARGET_US ? 'within' : 'OVER'
  console.log(
    `${task.name.padEnd(42)} median ${medianUs.toFixed(1)} µs  p99 ${p99Us.toFixed(1)} µs  (${verdict} the ${TARGET_US} µs target)`,
  )
}
