import { describe, expect, it } from 'vitest'
import { checkPackage } from './check-package.ts'

describe.each(['core', 'react', 'mock', 'proxy'])('@briq-interactive/%s as published', (name) => {
  it('builds, packs with its LICENSE, and passes publint and @arethetypeswrong/cli', { timeout: 120_000 }, () => {
    const output = checkPackage(`packages/${name}`)
    expect(output).toContain('All good!')
    expect(output).toContain(`"@briq-interactive/${name}"`)
    expect(output).toContain('license: MIT, LICENSE packed')
  })
})
