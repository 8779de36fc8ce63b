// Runs every benchmark script (`packages/*/bench/*.bench.ts`) one after another, each in its
// own Node process so one bench's warm JIT or open sockets cannot skew the next.
// `pnpm bench core` runs only the benches whose path contains "core".
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const filter = process.argv[2]
const benches: string[] = []
for (const pkg of readdirSync('packages').sort()) {
  const dir = join('packages', pkg, 'bench')
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.bench.ts')) benches.push(join(dir, file))
  }
}

const selected = benches.filter((bench) => !filter || bench.includes(filter))
if (selected.length === 0) {
  console.error(`no benchmark matches "${filter}"; available:\n  ${benches.join('\n  ')}`)
  process.exit(1)
}

let failed = 0
for (const bench of selected) {
  console.log(`\n=== ${bench}`)
  const run = spawnSync(process.execPath, [bench], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    console.error(`${bench} exited with ${run.status ?? run.signal}`)
  }
}
if (failed > 0) process.exit(1)
