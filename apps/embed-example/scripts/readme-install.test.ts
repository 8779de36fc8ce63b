import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importsMissingFromInstall } from '@briq-interactive/fixtures'
import { describe, expect, it } from 'vitest'

// "What to copy into your app" is these files: a copy installs what they import from the
// README's `npm install` lines. With pnpm or Yarn, core reached only through the proxy's or the
// react package's own dependency stops `node server.ts` with ERR_MODULE_NOT_FOUND.
const APP = join(import.meta.dirname, '..')
const readme = readFileSync(join(APP, 'README.md'), 'utf8')

describe('the README’s install commands', () => {
  it.each(['server.ts', 'src/main.tsx', 'vite.config.ts'])('install every package %s imports', (file) => {
    expect(importsMissingFromInstall(readme, readFileSync(join(APP, file), 'utf8'))).toEqual([])
  })
})
