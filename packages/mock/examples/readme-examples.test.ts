import { readdirSync, readFileSync } from 'node:fs'
import { importsMissingFromInstall } from '@briq-interactive/fixtures'
import { describe, expect, it } from 'vitest'

// The README shows each example file as it is; the browser test runs it in Chromium.
const dir = new URL('./', import.meta.url)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const examples = readdirSync(dir).filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))

describe('the README', () => {
  it('shows every example', () => {
    expect(examples.sort()).toEqual(['offline-browser.ts'])
  })

  it.each(examples)('shows examples/%s verbatim, under a comment naming the file', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8')
    expect(readme).toContain(`<!-- examples/${file} -->\n\`\`\`ts\n${code}\`\`\`\n`)
  })

  it.each(examples)('names every package examples/%s imports in its install commands', (file) => {
    expect(importsMissingFromInstall(readme, readFileSync(new URL(file, dir), 'utf8'))).toEqual([])
  })
})
