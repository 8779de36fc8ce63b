import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_PACKAGES, packageDir } from './published-packages.ts'

// Tools that locate a package by its package.json (a version check, Storybook's and bundler
// plugins' package lookups, `import pkg from '…/package.json' with { type: 'json' }`) got
// ERR_PACKAGE_PATH_NOT_EXPORTED: an exports map hides every path it does not list.
const ROOT = resolve(import.meta.dirname, '..')
const PUBLISHED = PUBLISHED_PACKAGES.map(packageDir)

type Manifest = { name: string; exports: Record<string, unknown>; publishConfig: { exports: Record<string, unknown> } }

describe.each(PUBLISHED.map((dir) => [dir.slice(ROOT.length + 1), dir]))('%s', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

  it('exports its package.json, in the workspace and as published', () => {
    expect(manifest.exports['./package.json']).toBe('./package.json')
    expect(manifest.publishConfig.exports['./package.json']).toBe('./package.json')
  })

  it('resolves by name from a package that depends on it', () => {
    // The root depends on @briq-interactive/react, which depends on core; mock and proxy are
    // resolved from the apps and packages that declare them.
    const from = [join(ROOT, 'package.json'), ...PUBLISHED.map((other) => join(other, 'package.json'))]
    const resolved = from.flatMap((manifestPath) => {
      try {
        return [createRequire(manifestPath).resolve(`${manifest.name}/package.json`)]
      } catch {
        return []
      }
    })
    expect(resolved).toContain(join(dir, 'package.json'))
  })
})
