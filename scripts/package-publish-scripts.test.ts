import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_PACKAGES, packageDir } from './published-packages.ts'

// `files` ships `dist`, which is not in git: a pack or publish run before `pnpm build` shipped a
// tarball with no code at all (or a stale one), without a word. And `npm publish` writes neither
// `publishConfig` (the exports and bins pointing into dist) nor the versions of `workspace:*`
// dependencies into the manifest, so what it publishes points at src/ and cannot be installed.
type Scripts = { build?: string; prepack?: string; prepublishOnly?: string }
const scriptsOf = (name: string): Scripts =>
  (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { scripts?: Scripts }).scripts ?? {}

/** Runs a package's `prepublishOnly` as the named package manager would, returning its exit status. */
function prepublishAs(name: string, userAgent: string): { status: number | null; stderr: string } {
  const result = spawnSync(scriptsOf(name).prepublishOnly ?? 'false', {
    shell: true,
    cwd: packageDir(name),
    env: { PATH: process.env.PATH, npm_config_user_agent: userAgent },
    encoding: 'utf8',
  })
  return { status: result.status, stderr: result.stderr }
}

describe.each(PUBLISHED_PACKAGES)('@briq-interactive/%s', (name) => {
  it('builds before it is packed (pnpm pack and publish run prepack): check-package.test packs it so', () => {
    expect(scriptsOf(name).build).toBeDefined()
    expect(scriptsOf(name).prepack).toBe('pnpm run build')
  })

  it('refuses npm publish, saying to publish with pnpm, and lets pnpm publish go on', () => {
    const npm = prepublishAs(name, 'npm/10.9.2 node/v24.1.0 linux x64 workspaces/false')
    expect(npm.status).not.toBe(0)
    expect(npm.stderr).toContain('Publish with pnpm publish')
    expect(prepublishAs(name, 'pnpm/12.26.0 npm/? node/v24.1.0 linux x64').status).toBe(0)
  })
})
