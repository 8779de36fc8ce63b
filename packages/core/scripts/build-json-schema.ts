// Writes interactive.schema.json from the zod schemas. Run by `pnpm --filter @briq-interactive/core build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createInteractiveJsonSchema } from '../src/json-schema/interactive-json-schema.ts'

const target = fileURLToPath(new URL('../interactive.schema.json', import.meta.url))
const text = `${JSON.stringify(createInteractiveJsonSchema(), null, 2)}\n`
// Rewriting an unchanged file would race with tests reading it.
if (existsSync(target) && readFileSync(target, 'utf8') === text) {
  console.log(`${target} is up to date`)
} else {
  writeFileSync(target, text)
  console.log(`wrote ${target}`)
}
