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

// `from '…'`, `import('…')`, `import '…'` and `vi.mock('…')`: a mocked path is a reach too.
const SPECIFIER = /(?:from|import|mock)\s*\(?\s*['"]([^'"]+)['"]/g

function declared(workspace: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')) as Record<string, unknown>
  const names = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((key) =>
    Object.keys((manifest[key] as Record<string, string> | undefined) ?? {}),
  )
  return new Set([manifest.name as string, ...names])
}

// The root is a workspace too: its scripts, Storybook and test configs use the packages.
const ROOT_FILES = [
  ...sourceFiles(join(ROOT, 'scripts')),
  ...sourceFiles(join(ROOT, '.storybook')),
  ...readdirSync(ROOT)
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => join(ROOT, name)),
]

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

describe('the root', () => {
  // Its package names appear in the packed-consumer check only as text for a fresh project.
  it("reaches into no workspace's files by relative path (scripts, Storybook, configs)", () => {
    const outside = ROOT_FILES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((match) => match[1]!)
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => WORKSPACES.some((dir) => resolve(dirname(file), specifier).startsWith(`${dir}/`)))
        .map((specifier) => `${relative(ROOT, file)} → ${specifier}`),
    )
    expect(ROOT_FILES.length).toBeGreaterThan(5)
    expect(outside).toEqual([])
  })
})

describe('workspace packages', () => {
  it('depend on each other without a cycle', () => {
    const names = new Map(
      WORKSPACES.map((dir) => [JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name as string, dir]),
    )
    const edges = new Map(
      [...names].map(([name, dir]) => [name, [...declared(dir)].filter((other) => other !== name && names.has(other))]),
    )
    const cycles: string[] = []
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '))
      else for (const next of edges.get(name) ?? []) visit(next, [...trail, name])
    }
    for (const name of names.keys()) visit(name, [])
    expect(cycles).toEqual([])
  })
})
