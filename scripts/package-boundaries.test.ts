import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Packages import each other by package name only, and only what they declare: a relative
// path into another package's src/ is invisible to the type checker's project graph and to
// the published package's dependencies.
const ROOT = resolve(import.meta.dirname, '..')
const WORKSPACES = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(ROOT, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(ROOT, group, entry.name)),
)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

const SPECIFIER = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g

function declared(workspace: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')) as Record<string, unknown>
  const names = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((key) =>
    Object.keys((manifest[key] as Record<string, string> | undefined) ?? {}),
  )
  return new Set([manifest.name as string, ...names])
}

describe.each(WORKSPACES.map((dir) => [relative(ROOT, dir), dir]))('%s', (_name, workspace) => {
  const files = sourceFiles(workspace)
  const allowed = declared(workspace)

  it("reaches into no other workspace's files by relative path", () => {
    const outside = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((match) => match[1]!)
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = resolve(dirname(file), specifier)
          return WORKSPACES.some((other) => other !== workspace && target.startsWith(`${other}/`))
        })
        .map((specifier) => `${relative(ROOT, file)} → ${specifier}`),
    )
    expect(outside).toEqual([])
  })

  it('imports only the workspace packages it declares', () => {
    const undeclared = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((match) => match[1]!)
        .filter((specifier) => specifier.startsWith('@briq-interactive/'))
        .map((specifier) => specifier.split('/').slice(0, 2).join('/'))
        .filter((name) => !allowed.has(name))
        .map((name) => `${relative(ROOT, file)} → ${name}`),
    )
    expect(undeclared).toEqual([])
  })
})
