// Bundle size of what a browser app pays to validate and send: validateInteractive +
// createBriqClient, bundled, minified and gzipped as a production build would. Target: ≤ 10 KB.
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const TARGET_KB = 10
const core = fileURLToPath(new URL('../src/index.ts', import.meta.url))

async function measure(label: string, names: string[]): Promise<void> {
  const result = await build({
    stdin: {
      contents: `import { ${names.join(', ')} } from ${JSON.stringify(core)}\nglobalThis.__keep = [${names.join(', ')}]`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
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
await measure('+ validateSendRequest, LIMITS, BriqError', [
  'validateInteractive',
  'validateSendRequest',
  'createBriqClient',
  'BriqError',
  'LIMITS',
])
