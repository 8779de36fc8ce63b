import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('@briq-interactive/core as published', () => {
  it('builds, packs, and passes publint and @arethetypeswrong/cli', { timeout: 120_000 }, () => {
    const output = execFileSync(process.execPath, ['scripts/check-package.ts', 'packages/core'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).toContain('publint and attw pass')
    expect(output).toContain('All good!')
  })
})
