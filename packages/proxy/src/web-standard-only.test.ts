import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const NODE_ONLY = ['node/', 'bin/', 'testing/']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the main entry', () => {
  it('uses no Node API, so it runs in Workers, Deno, Bun and edge route handlers', () => {
    const webFiles = sourceFiles(SRC).filter((file) => !NODE_ONLY.some((dir) => relative(SRC, file).startsWith(dir)))
    expect(webFiles.length).toBeGreaterThan(10)
    for (const file of webFiles) {
      // Comments may mention process.env in examples; only code counts.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
      expect(text, relative(SRC, file)).not.toMatch(/from ['"]node:|import\(['"]node:|require\(/)
      expect(text, relative(SRC, file)).not.toMatch(/from ['"]\.\/(node|bin)\//)
      // Messages may say "process.env.BRIQ_API_KEY"; only code outside string literals counts.
      const code = text.replace(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g, "''")
      expect(code, relative(SRC, file)).not.toMatch(/\bprocess\.|\bBuffer\b/)
    }
  })
})
