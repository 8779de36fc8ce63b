import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_PACKAGES, packageDir } from './published-packages.ts'

// A published package must say which Node it needs, at least what its own dependencies need:
// without `engines`, npm installs briq-proxy on Node 20 without a word, and every forwarded
// request then fails inside undici 8 as "502 upstream unreachable: TypeError".
const ROOT = resolve(import.meta.dirname, '..')
const PUBLISHED = PUBLISHED_PACKAGES.map(packageDir)

type Manifest = {
  name: string
  engines?: { node?: string }
  bin?: unknown
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const manifestOf = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest

/** The lowest Node version a range such as `>=22.19.0` or `^22.12 || >=24` lets in. */
function floor(range: string): number[] {
  const versions = [...range.matchAll(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/g)].map((match) =>
    [match[1], match[2], match[3]].map((part) => Number(part ?? 0)),
  )
  const sorted = versions.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!)
  if (sorted[0] === undefined) throw new Error(`no version in engines range ${range}`)
  return sorted[0]
}

const atLeast = (a: number[], b: number[]): boolean =>
  a[0]! !== b[0]! ? a[0]! > b[0]! : a[1]! !== b[1]! ? a[1]! > b[1]! : a[2]! >= b[2]!

describe.each(PUBLISHED.map((dir) => [manifestOf(join(dir, 'package.json')).name, dir]))('%s', (_name, dir) => {
  const manifest = manifestOf(join(dir, 'package.json'))
  const enginesOf = (names: string[]) =>
    names.flatMap((dependency) => {
      const range = manifestOf(join(dir, 'node_modules', dependency, 'package.json')).engines?.node
      return range ? [{ dependency, range }] : []
    })
  const needs = enginesOf(Object.keys(manifest.dependencies ?? {}))
  // A peer the app installs (the mock's msw) runs in the same Node as the package; React's own
  // `engines` (>=0.10) would make the browser packages declare one, so peers count only for a
  // package that runs in Node anyway.
  const peerNeeds = manifest.engines?.node === undefined ? [] : enginesOf(Object.keys(manifest.peerDependencies ?? {}))

  // Both ways, so the browser packages (core, react) are checked too: an engines.node there
  // would make an engine-strict install of a front end refuse an older Node it never runs on.
  it('declares engines.node exactly when it has a bin or a dependency that needs a Node version', () => {
    const reasons = [
      ...(manifest.bin === undefined ? [] : ['a bin']),
      ...needs.map(({ dependency, range }) => `${dependency} ${range}`),
    ]
    if (reasons.length === 0) expect(manifest.engines?.node, 'runs in browsers: no engines.node').toBeUndefined()
    else expect(manifest.engines?.node, `needed for ${reasons.join(', ')}`).toMatch(/\d/)
  })

  it('needs at least the Node each dependency (and, running in Node, each peer) needs', () => {
    const below = [...needs, ...peerNeeds].filter(
      ({ range }) => !atLeast(floor(manifest.engines?.node ?? '0'), floor(range)),
    )
    expect(below.map(({ dependency, range }) => `${dependency} ${range}`)).toEqual([])
  })
})

// The workspace runs every package's Node code (`pnpm proxy`, `pnpm mock`, the tests), so it
// needs what each of them needs: the root said 22.18 while `pnpm proxy` needs undici 8's 22.19,
// on which every forwarded request fails. Its README says the same version as its engines.
describe('the workspace root', () => {
  const root = manifestOf(join(ROOT, 'package.json'))
  it('needs at least the Node each published package needs', () => {
    const below = PUBLISHED.map((dir) => manifestOf(join(dir, 'package.json')))
      .filter((manifest) => manifest.engines?.node !== undefined)
      .filter((manifest) => !atLeast(floor(root.engines?.node ?? '0'), floor(manifest.engines!.node!)))
      .map((manifest) => `${manifest.name} ${manifest.engines!.node}`)
    expect(below).toEqual([])
  })

  it('states its engines.node in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const [major, minor] = floor(root.engines?.node ?? '0')
    expect(readme).toContain(`Needs Node ≥ ${major}.${minor} `)
  })
})

// CI on a clean machine keeps the system Node only when it is new enough for the workspace, and
// fetches Node 24 otherwise: it reads the floor from the root's engines, so the two cannot drift
// (it said 22.18 after the root had moved to 22.19).
describe('.ci/run', () => {
  const script = readFileSync(join(ROOT, '.ci/run'), 'utf8')
  const check = /node_ok\(\) \{[^}]*?node -e '([^']+)'/s.exec(script)?.[1]
  const keeps = (engines: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-node-ok-'))
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node: engines } }))
      return spawnSync(process.execPath, ['-e', check ?? 'process.exit(2)'], { cwd: dir }).status === 0
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  it("keeps the system Node only at the root's engines.node or above", () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
    expect(keeps(`>=${major}.${minor}`)).toBe(true)
    expect(keeps(`>=${major}.${minor + 1}`)).toBe(false)
    expect(keeps(`>=${major + 1}.0`)).toBe(false)
  })
})
