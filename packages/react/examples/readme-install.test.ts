import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { importsMissingFromInstall } from '@briq-interactive/fixtures'
import { describe, expect, it } from 'vitest'

// Each README snippet of this folder sits below a marker naming its README (the lines above it
// declare what the snippet takes as given). A copied snippet imports only what that README's
// `npm install` lines install: with pnpm or Yarn, core found through this package's own
// dependency is no import of the host's (`Cannot find module '@briq-interactive/core'`).
const ROOT = resolve(import.meta.dirname, '../../..')
const dir = join(import.meta.dirname, 'readme-snippets')
const MARKER = /^\/\/ ---- (\S+), verbatim \(scripts\/readme-snippets\.test\.ts checks it is\) ----\n/m

// Notes inside a package's source (the preview's) are read by its contributors, who work in this
// repository, where every package resolves; a host copies from the packages' own READMEs.
const HOST_README = /^(?:README\.md|(?:packages|apps)\/[^/]+\/README\.md)$/

const snippets = readdirSync(dir)
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const marker = MARKER.exec(text)
    if (!marker) throw new Error(`readme-snippets/${file} has no marker line`)
    return { file, readme: marker[1]!, code: text.slice(marker.index + marker[0].length) }
  })
  .filter(({ readme }) => HOST_README.test(readme))

describe('the READMEs these snippets are from', () => {
  it.each(snippets)('install every package readme-snippets/$file imports', ({ readme, code }) => {
    expect(importsMissingFromInstall(readFileSync(join(ROOT, readme), 'utf8'), code)).toEqual([])
  })
})
