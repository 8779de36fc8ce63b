// parseFormatting on a 1024-character WhatsApp body that uses every kind of formatting, plus
// two pathological inputs that would show super-linear behaviour at once.
// Run: `pnpm bench core` (or `node packages/core/bench/formatting.bench.ts`).
import { Bench } from 'tinybench'
import { parseFormatting } from '../src/formatting/parse-formatting.ts'

const paragraph = [
  '*Order 4521 confirmed* 🎉 _Thanks for shopping with us!_',
  '> Delivery to *Mikocheni B*, Dar es Salaam',
  'Your items:',
  '* 2 × ~Kahawa~ *Kahawa ya Kilimanjaro* (500 g)',
  '- 1 × _Chai masala_ — TSh 12,000',
  '1. Pay with `M-Pesa` or card',
  '2. Track at https://shop.example/orders/4521?ref=wa.',
  'Reply with ```STOP``` to opt out; see www.shop.example/help, or call us.',
].join('\n')
let body = ''
while (body.length < 1024) body += `${paragraph}\n`
body = body.slice(0, 1024)

const inputs: [string, string][] = [
  ['1024-char rich body', body],
  ['64 KiB of markers', '*_~`'.repeat(16_384)],
  ['64 KiB of "* a" lines', '* a\n'.repeat(16_384)],
]

const bench = new Bench({ time: 1000, warmup: true })
for (const [name, text] of inputs) bench.add(`parseFormatting: ${name}`, () => void parseFormatting(text))
await bench.run()

let failed = false
for (const task of bench.tasks) {
  const result = task.result
  if (result.state !== 'completed') {
    console.error(`${task.name}: ${result.state}`)
    failed = true
    continue
  }
  // `period` is total time / runs, so ops/s and the mean describe the same measurement.
  const opsPerSecond = Math.round(1000 / result.period).toLocaleString('en-US')
  const meanMicros = (result.period * 1000).toFixed(1)
  const p99Micros = ((result.latency.p99 ?? result.period) * 1000).toFixed(1)
  console.log(
    `${task.name.padEnd(44)} ${opsPerSecond.padStart(9)} ops/s   mean ${meanMicros.padStart(8)} µs   p99 ${p99Micros.padStart(8)} µs   ±${result.latency.rme.toFixed(1)}%`,
  )
}
if (failed) throw new Error('A formatting benchmark did not complete')
