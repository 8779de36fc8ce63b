// Writes interactive.schema.json from the zod schemas. Run by `pnpm --filter @briq-interactive/core build`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createInteractiveJsonSchema } from '../src/json-schema/interactive-json-schema.ts'

const target = fileURLToPath(new URL('../interactive.schema.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(createInteractiveJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target}`)
