// Validation speed of maximal messages. Target: ≤ 10 µs per validation on this machine's Node.
import { Bench } from 'tinybench'
import { validateInteractive } from '../src/validation/validate-interactive.ts'
import { validateSendRequest } from '../src/validation/validate-send-request.ts'
import { maximalButtons, maximalList } from './maximal-messages.ts'

for (const message of [maximalList, maximalButtons]) {
  const result = validateInteractive(message)
  if (!result.ok) throw new Error(`bench fixture is invalid: ${JSON.stringify(result.issues)}`)
}

const bench = new Bench({ time: 1500, warmup: true })
bench
  .add('validateInteractive(maximal list)', () => validateInteractive(maximalList))
  .add('validateInteractive(maximal buttons)', () => validateInteractive(maximalButtons))
  .add('validateSendRequest(maximal list)', () => validateSendRequest({ to: '255712345678', interactive: maximalList }))
await bench.run()

const TARGET_US = 10
for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  // The median is the typical cost; the mean is pulled up by rare GC pauses.
  const medianUs = (result.latency.p50 ?? result.latency.mean) * 1000
  const p99Us = (result.latency.p99 ?? result.latency.mean) * 1000
  const verdict = medianUs <= TARGET_US ? 'within' : 'OVER'
  console.log(
    `${task.name.padEnd(40)} median ${medianUs.toFixed(2)} µs  p99 ${p99Us.toFixed(2)} µs  ${Math.round(result.throughput.mean).toLocaleString('en')} ops/s  (${verdict} the ${TARGET_US} µs target)`,
  )
}

// Junk: time and output stay proportional to the capped answer (100 issues), not to the junk.
const junk: [string, () => unknown][] = [
  [
    '1 000 000 unknown keys',
    () => {
      const message: Record<string, unknown> = { ...maximalButtons }
      for (let i = 0; i < 1_000_000; i++) message[`k${i}`] = i
      return message
    },
  ],
  [
    'a list of 1 000 000 junk buttons',
    () => ({ ...maximalButtons, action: { buttons: new Array(1_000_000).fill(1) } }),
  ],
]
for (const [name, make] of junk) {
  const value = make()
  const started = performance.now()
  const result = validateInteractive(value)
  const ms = performance.now() - started
  const issues = result.ok ? 0 : result.issues.length
  console.log(`${`validateInteractive(${name})`.padEnd(58)} ${ms.toFixed(0)} ms, ${issues} issues`)
}
