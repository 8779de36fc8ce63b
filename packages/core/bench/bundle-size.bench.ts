// Bundle size of what a browser app pays to validate and send: validateInteractive +
// createBriqClient, as a Vite app's production build ships them (Vite's own `build` with its
// defaults: Rolldown's tree-shaking, Oxc's minifier, its browser target), gzipped. Target: ≤ 15 KB.
// The line after it is the same bundle by esbuild (es2022), the figure this bench printed before
// 6 Dec 2026. Then: the validator alone, the client alone, each area's share of the bundle, and the
// floor: what the bundle carries before any rule of a message type (the rule runner, the English
// sentences, the client's HTTP code, LIMITS and the issue conversion). README.md ("Bundle size")
// explains the figures.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { gzipShares } from './gzip-attribution.ts'

const TARGET_KB = 15
const core = fileURLToPath(new URL('../src/index.ts', import.meta.url))

const importing = (names: string[], from = core) =>
  `import { ${names.join(', ')} } from ${JSON.stringify(from)}\nglobalThis.__keep = [${names.join(', ')}]`

async function measure(label: string, names: string[]): Promise<number> {
  return measureSource(label, importing(names))
}

const here = fileURLToPath(new URL('.', import.meta.url))
const ENTRY = '\0bench-entry.js'

/** `contents` built as a Vite app builds its entry for production: the minified code and its source map. */
async function bundle(contents: string, sourcemap: boolean): Promise<{ code: string; map?: SourceMap }> {
  const built = await viteBuild({
    configFile: false,
    envFile: false,
    logLevel: 'silent',
    root: here,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === 'bench-entry' ? ENTRY : undefined),
        load: (id) => (id === ENTRY ? contents : undefined),
      },
    ],
    build: { write: false, sourcemap, rolldownOptions: { input: 'bench-entry' } },
  })
  const outputs = Array.isArray(built) ? built : [built]
  for (const result of outputs) {
    if (!('output' in result)) continue
    const chunk = result.output.find((file) => file.type === 'chunk')
    // Without the source map's comment, which an app's build writes only when asked for maps.
    if (chunk) return { code: chunk.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''), map: chunk.map ?? undefined }
  }
  throw new Error('Vite built no chunk')
}

interface SourceMap {
  sources: string[]
  mappings: string
}

/** The same, bundled by esbuild (es2022), as this bench measured before it built with Vite. */
async function bundleWithEsbuild(contents: string): Promise<string> {
  const result = await esbuild({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
    legalComments: 'none',
  })
  return result.outputFiles[0]?.text ?? ''
}

async function measureSource(label: string, contents: string, bundler: 'vite' | 'esbuild' = 'vite'): Promise<number> {
  const code = bundler === 'vite' ? (await bundle(contents, false)).code : await bundleWithEsbuild(contents)
  const gzip = gzipSync(code, { level: 9 }).length / 1024
  const brotli = brotliCompressSync(code).length / 1024
  const verdict = gzip <= TARGET_KB ? 'within' : 'over'
  console.log(
    `${label.padEnd(50)} ${(code.length / 1024).toFixed(1)} KB min  ${gzip.toFixed(2)} KB gzip  ${brotli.toFixed(2)} KB brotli  (${verdict} the ${TARGET_KB} KB target)`,
  )
  return gzip
}

await measure('validateInteractive + createBriqClient', ['validateInteractive', 'createBriqClient'])
await measureSource('  the same by esbuild (es2022)', importing(['validateInteractive', 'createBriqClient']), 'esbuild')
await measure('validateInteractive alone', ['validateInteractive'])
await measure('createBriqClient alone', ['createBriqClient'])
await measure('+ validateSendRequest, LIMITS, BriqError', [
  'validateInteractive',
  'validateSendRequest',
  'createBriqClient',
  'BriqError',
  'LIMITS',
])

// Every zod/mini constructor core's own (non-test) code calls, servers' schemas included (the
// unified send's z.discriminatedUnion, the response schemas built from shapes, `asZod`'s
// z.unknown), but the JSON Schema builder's z.toJSONSchema. The browser bundle above carries
// none: the validators run rules (schemas/anything.ts), which only the public schemas wrap in zod.
const src = fileURLToPath(new URL('../src', import.meta.url))
const used = new Set<string>()
for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.ts') || /\.test(-d)?\.ts$/.test(file) || file.startsWith('json-schema')) continue
  for (const match of readFileSync(join(src, file), 'utf8').matchAll(/\bz\.([a-z]\w*)\(/g)) used.add(match[1]!)
}
const zodNames = [...used].sort().map((name) => `z.${name}`)
const zodAsUsed = `import * as z from 'zod/mini'\nglobalThis.__keep = [${zodNames.join(', ')}]`
await measureSource(`zod/mini as all of core uses it (${zodNames.length} fns)`, zodAsUsed)

// The rule runner any rule-based validator of these rules needs: a rule that takes any value
// (`anything()`, zod core's check loop without zod), which object, optional, text, literal,
// listOf and byType build on, each reporting what the zod construct it replaced reports.
const at = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))
const floor = await measureSource(
  'floor: rule runner, English, HTTP, LIMITS, toIssues',
  [
    importing(['anything'], at('schemas/anything.ts')).replace('__keep', '__rules'),
    importing(['worded'], at('i18n/worded.ts')).replace('__keep', '__en'),
    importing(['sendBriqRequest'], at('client/send-briq-request.ts')).replace('__keep', '__http'),
    importing(['resolveRetry'], at('client/retry-delay.ts')).replace('__keep', '__retry'),
    importing(['LIMITS'], at('limits.ts')).replace('__keep', '__limits'),
    importing(['toIssues'], at('validation/to-issues.ts')).replace('__keep', '__issues'),
  ].join('\n'),
)
console.log(
  `  ${(TARGET_KB - floor).toFixed(2)} KB of the ${TARGET_KB} KB would be left for every rule of the twelve types and the send request\n`,
)

// Each area's share of the whole bundle (see gzip-attribution.ts).
const AREAS: [RegExp, string][] = [
  [/node_modules\/zod\//, 'zod/mini'],
  [/src\/schemas\//, 'schemas: the rules of each type and the send request'],
  [/src\/i18n\//, 'English: issue sentences and field names'],
  [/src\/contract\/(shape|response-shapes)\.ts$/, 'client: response shapes and their check'],
  // The client's option checks word their refusals with these two ("fetch must be a function").
  [/src\/client\/|src\/(config-problem|quoted)\.ts$/, 'client: HTTP, timeouts, retries, errors'],
  [/src\/validation\//, 'validation: raw issues to Issues'],
  [
    /src\/(limits|text-length|control-characters|is-record|error-reason|own-entry|timer-limit)\.ts$|src\/contract\//,
    'LIMITS, routes, text length',
  ],
]
const whole = await bundle(importing(['validateInteractive', 'createBriqClient']), true)
const code = whole.code
const map = whole.map ?? { sources: [], mappings: '' }
console.log('where validateInteractive + createBriqClient go (gzip bytes saved without each area):')
for (const share of gzipShares(code, map, (source) => AREAS.find(([test]) => test.test(source))?.[1] ?? source)) {
  console.log(
    `  ${share.area.padEnd(56)} ${(share.minBytes / 1024).toFixed(1).padStart(5)} KB min  ${(share.gzipBytes / 1024).toFixed(2).padStart(5)} KB gzip`,
  )
}
const file = (source: string) =>
  source.replace(/^.*\/(zod\/v4\/|src\/)/, (_match, root: string) => (root === 'src/' ? '' : root))
console.log('\nthe largest modules:')
for (const share of gzipShares(code, map, file).slice(0, 16)) {
  console.log(
    `  ${share.area.padEnd(56)} ${(share.minBytes / 1024).toFixed(1).padStart(5)} KB min  ${(share.gzipBytes / 1024).toFixed(2).padStart(5)} KB gzip`,
  )
}
