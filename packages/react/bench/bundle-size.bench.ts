// Bundle size of @briq-interactive/react as an app ships it: every export (the builder, the
// preview, the send dialog, the hooks) with core, as a Vite app's production build ships them
// (Vite's own `build` with its defaults: Rolldown's tree-shaking, Oxc's minifier, its browser
// target), gzipped, React, react-dom and Radix excluded (the app has them anyway).
// Target: the whole package at most 55 KB gzip. The line after the whole package's is the same
// bundle by esbuild (es2022), the figure this bench printed before 6 Dec 2026. After the figures,
// where the whole package's minified bytes go, by area (esbuild's metafile).
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Metafile } from 'esbuild'
import { bundleExports, bundleExportsWithVite } from './bundle-exports.ts'

const TARGET_KB = 55

function print(label: string, code: Uint8Array | string): number {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code
  const gzip = gzipSync(bytes, { level: 9 }).length / 1024
  const brotli = brotliCompressSync(bytes).length / 1024
  console.log(
    `${label.padEnd(52)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB min  ${gzip.toFixed(2).padStart(6)} KB gzip  ${brotli.toFixed(2).padStart(6)} KB brotli`,
  )
  return gzip
}

async function measure(label: string, exports: string): Promise<number> {
  return print(label, await bundleExportsWithVite(exports))
}

// The areas a size cut would come from, in the order they are matched.
const AREAS: [RegExp, string][] = [
  [/react\/src\/builder\//, 'react: the builder'],
  [/react\/src\/preview\//, 'react: the preview'],
  [
    /react\/src\/(send-dialog|send|composer|provider|focus|portal|state|validation|dom)\//,
    'react: send dialog, composer, hooks',
  ],
  [/react\/src\/i18n\//, 'react: labels, English and Swahili'],
  [/core\/src\/draft\//, "core: the draft model (builder's)"],
  [/core\/src\/i18n\/sw\//, 'core: Swahili sentences'],
  [/core\/src\/i18n\//, 'core: English sentences, field names'],
  [/core\/src\/(schemas|validation)\/|core\/src\/(limits|text-length|issue)\.ts$/, 'core: validators, LIMITS'],
  [/node_modules\/.*zod\//, 'zod/mini'],
  [/core\/src\/(client|contract)\//, 'core: client, routes'],
  [/core\/src\/(formatting|sending|phone)\//, 'core: formatting, sending, phone numbers'],
]

const all = await measure('@briq-interactive/react, every export (+ core)', '*')
const esbuilt = await bundleExports('*', true)
print('  the same by esbuild (es2022)', esbuilt.code)
await measure('InteractiveBuilder and Builder parts only', '{ InteractiveBuilder, Builder }')
await measure('InteractivePreview only', '{ InteractivePreview }')
await measure(
  'everything but the builder',
  '{ BriqProvider, InteractivePreview, SendInteractiveDialog, useBriqClient, useMessageStatus, useSendInteractive, useValidationOptions, getTranslator, messagesEn, messagesSw }',
)
// The same without getTranslator and messagesEn/messagesSw, which carry every label (the builder's too).
await measure(
  'the preview, the send dialog and the hooks',
  '{ BriqProvider, InteractivePreview, SendInteractiveDialog, useBriqClient, useMessageStatus, useSendInteractive, useValidationOptions }',
)
console.log(
  `\nThe whole package: ${all.toFixed(2)} KB gzip, ${all <= TARGET_KB ? 'within' : 'OVER'} the ${TARGET_KB} KB target`,
)

const output = Object.values((esbuilt.metafile as Metafile).outputs)[0]
const totals = new Map<string, number>()
for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
  const area = AREAS.find(([test]) => test.test(input))?.[1] ?? 'other'
  totals.set(area, (totals.get(area) ?? 0) + bytesInOutput)
}
console.log("\nwhere the whole package goes (KB minified by esbuild, before gzip; esbuild's metafile):")
for (const [area, bytes] of [...totals].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 100)) {
  console.log(`  ${area.padEnd(50)} ${(bytes / 1024).toFixed(1).padStart(6)} KB min`)
}
