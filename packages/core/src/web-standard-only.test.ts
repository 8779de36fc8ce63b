import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
// `@briq-interactive/core/node` (src/node.ts, src/node/) is the one Node-only entry.
const NODE_ONLY = ['node.ts', 'node/', 'test-support/']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe("core's main and server entries", () => {
  it('use no Node API, so they run in browsers, Workers, Deno, Bun and edge runtimes', () => {
    const webFiles = sourceFiles(SRC).filter((file) => !NODE_ONLY.some((dir) => relative(SRC, file).startsWith(dir)))
    expect(webFiles.length).toBeGreaterThan(50)
    for (const file of webFiles) {
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
      expect(text, relative(SRC, file)).not.toMatch(/from ['"]node:|import\(['"]node:|require\(/)
      expect(text, relative(SRC, file)).not.toMatch(/from ['"](\.\.?\/)+node(\.ts|\/)/)
      const code = text.replace(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g, "''")
      expect(code, relative(SRC, file)).not.toMatch(/\bprocess\.|\bBuffer\b/)
    }
  })
})
