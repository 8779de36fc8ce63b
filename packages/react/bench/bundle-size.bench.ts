// Bundle size of @briq-interactive/react as an app ships it: every export (the builder, the
// preview, the send dialog, the hooks) with core, bundled by esbuild, minified and gzipped as a
// production build would, React, react-dom and Radix excluded (the app has them anyway).
// Target: the whole package at most 55 KB gzip.
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const TARGET_KB = 55
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))

async function measure(label: string, exports: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: `export ${exports} from ${JSON.stringify(entry)}`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    treeShaking: true,
    legalComments: 'none',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', '@radix-ui/*'],
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const gzip = gzipSync(code, { level: 9 }).length / 1024
  const brotli = brotliCompressSync(code).length / 1024
  console.log(
    `${label.padEnd(52)} ${(code.length / 1024).toFixed(1).padStart(6)} KB min  ${gzip.toFixed(2).padStart(6)} KB gzip  ${brotli.toFixed(2).padStart(6)} KB brotli`,
  )
  return gzip
}

const all = await measure('@briq-interactive/react, every export (+ core)', '*')
await measure('InteractiveBuilder and Builder parts only', '{ InteractiveBuilder, Builder }')
await measure('InteractivePreview only', '{ InteractivePreview }')
await measure(
  'everything but the builder',
  '{ BriqProvider, InteractivePreview, SendInteractiveDialog, useBriqClient, useMessageStatus, useSendInteractive, useValidationOptions, getTranslator, messagesEn, messagesSw }',
)
console.log(
  `\nThe whole package: ${all.toFixed(2)} KB gzip, ${all <= TARGET_KB ? 'within' : 'OVER'} the ${TARGET_KB} KB target`,
)
