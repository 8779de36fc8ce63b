import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The README shows each example file as it is: copying from the README is running the file the
// tests run. Change the file, then paste it into the README (or the other way round).
const dir = new URL('./', import.meta.url)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const examples = readdirSync(dir).filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))

describe('the README', () => {
  it('shows every example', () => {
    expect(examples.sort()).toEqual([
      'cloudflare-worker.ts',
      'express.ts',
      'hono-node.ts',
      'next-route.ts',
      'webhook-route.ts',
    ])
  })

  it.each(examples)('shows examples/%s verbatim, under a comment naming the file', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8')
    expect(readme).toContain(`<!-- examples/${file} -->\n\`\`\`ts\n${code}\`\`\`\n`)
  })

  // pnpm and Yarn's Plug'n'Play resolve only a project's own dependencies: an example that
  // imports a package the install line leaves out (core's `/node`, found through the proxy's
  // own dependency by npm's hoisting alone) fails there with ERR_MODULE_NOT_FOUND.
  it.each(examples)('names every package examples/%s imports in its install commands', (file) => {
    const installed = new Set(
      [...readme.matchAll(/^npm install ([^#\n]+)/gm)].flatMap(([, names = '']) => names.trim().split(/\s+/)),
    )
    const code = readFileSync(new URL(file, dir), 'utf8')
    const imported = [...code.matchAll(/ from '([^'.][^']*)'/g)]
      .map(([, specifier = '']) => specifier)
      .filter((specifier) => !specifier.startsWith('node:'))
      .map((specifier) =>
        specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/'),
      )
    expect(imported.filter((name) => !installed.has(name))).toEqual([])
  })
})
