import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// A bin's name is not a package's: outside a project that installed @briq-interactive/mock,
// `npx briq-mock` asks npm for a package called briq-mock, which is not ours (none exists; anyone
// may publish one). A README that shows the bare form also shows the one that names the package.
const ROOT = resolve(import.meta.dirname, '..')
const PACKAGES = readdirSync(join(ROOT, 'packages'))
  .map((name) => join(ROOT, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
const BINS = PACKAGES.flatMap((dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; bin?: object }
  return Object.keys(manifest.bin ?? {}).map((bin) => ({ bin, name: manifest.name }))
})
const READMES = ['README.md', ...PACKAGES.map((dir) => join(dir, 'README.md'))]
  .map((path) => resolve(ROOT, path))
  .filter((path) => existsSync(path))

describe.each(BINS)('the $bin bin', ({ bin, name }) => {
  it('is run with npx by its package’s name wherever a README runs it by its own', () => {
    expect(BINS.length).toBeGreaterThan(0)
    const bare = new RegExp(`npx ${bin}\\b`)
    const unnamed = READMES.filter((path) => bare.test(readFileSync(path, 'utf8'))).filter(
      (path) => !readFileSync(path, 'utf8').includes(`npx --package ${name} ${bin}`),
    )
    expect(unnamed).toEqual([])
  })
})
