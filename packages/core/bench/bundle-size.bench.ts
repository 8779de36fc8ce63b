// Bundle size of what a browser app pays to validate and send: validateInteractive +
// createBriqClient, bundled, minified and gzipped as a production build would. Target: ≤ 15 KB.
// The lines after it say where the bytes go: the validator alone, the client alone, and the
// part of zod/mini core's schemas use (a floor no change to core's own code can lower).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const TARGET_KB = 15
const core = fileURLToPath(new URL('../src/index.ts', import.meta.url))

async function measure(label: string, names: string[]): Promise<void> {
  const contents = `import { ${names.join(', ')} } from ${JSON.stringify(core)}\nglobalThis.__keep = [${names.join(', ')}]`
  await measureSource(label, contents)
}

async function measureSource(label: string, contents: string): Promise<void> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
    legalComments: 'none',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const gzip = gzipSync(code, { level: 9 }).length / 1024
  const brotli = brotliCompressSync(code).length / 1024
  const verdict = gzip <= TARGET_KB ? 'within' : 'over'
  console.log(
    `${label.padEnd(46)} ${(code.length / 1024).toFixed(1)} KB min  ${gzip.toFixed(2)} KB gzip  ${brotli.toFixed(2)} KB brotli  (${verdict} the ${TARGET_KB} KB target)`,
  )
}

await measure('validateInteractive + createBriqClient', ['validateInteractive', 'createBriqClient'])
await measure('validateInteractive alone', ['validateInteractive'])
await measure('createBriqClient alone', ['createBriqClient'])
await measure('+ validateSendRequest, LIMITS, BriqError', [
  'validateInteractive',
  'validateSendRequest',
  'createBriqClient',
  'BriqError',
  'LIMITS',
])

// Every zod/mini constructor core's own (non-test) code calls, but the JSON Schema builder's
// z.toJSONSchema, which neither the validators nor the client use.
const src = fileURLToPath(new URL('../src', import.meta.url))
const used = new Set<string>()
for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.ts') || /\.test(-d)?\.ts$/.test(file) || file.startsWith('json-schema')) continue
  for (const match of readFileSync(join(src, file), 'utf8').matchAll(/\bz\.([a-z]\w*)\(/g)) used.add(match[1]!)
}
const zodNames = [...used].sort().map((name) => `z.${name}`)
await measureSource(
  `zod/mini as core uses it (${zodNames.length} fns)`,
  `import * as z from 'zod/mini'\nglobalThis.__keep = [${zodNames.join(', ')}]`,
)
