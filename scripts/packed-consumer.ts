// A fresh project holding the packed packages as a consumer installs them: each tarball's files
// in node_modules and, beside them, the registry packages their manifests name (dependencies and
// peers), linked from the workspace's install so no registry is needed. No workspace source,
// no workspace links: what it imports is what npm would publish.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

/** What a consumer adds to use the packages from TypeScript: the compiler and the types of Node and React. */
const CONSUMER_TOOLS = ['typescript', '@types/node', '@types/react', '@types/react-dom']

/** A package as packed: its workspace directory and its tarball. */
export interface PackedPackage {
  dir: string
  tarball: string
}

/** The fields of a packed manifest the checks read. */
export interface PackedManifest {
  name: string
  exports: Record<string, unknown>
  bin?: Record<string, string>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** The packed manifest of `name` inside a consumer. */
export function packedManifest(consumer: string, name: string): PackedManifest {
  return JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as PackedManifest
}

/** Creates the consumer project in a new temporary directory and returns its path. */
export function createConsumer(packed: readonly PackedPackage[]): string {
  const consumer = mkdtempSync(join(tmpdir(), 'bi-consumer-'))
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  const modules = join(consumer, 'node_modules')
  const linked = new Set<string>()
  const link = (name: string, installedUnder: string) => {
    if (linked.has(name)) return
    linked.add(name)
    mkdirSync(dirname(join(modules, name)), { recursive: true })
    symlinkSync(realpathSync(join(installedUnder, 'node_modules', name)), join(modules, name), 'dir')
  }
  const names = packed.map(({ dir, tarball }) => {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }
    const into = join(modules, name)
    mkdirSync(into, { recursive: true })
    execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1'])
    return { name, dir }
  })
  for (const { name, dir } of names) {
    const manifest = packedManifest(consumer, name)
    const registry = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]
    for (const dependency of registry) {
      if (!names.some((other) => other.name === dependency)) link(dependency, dir)
    }
  }
  for (const tool of CONSUMER_TOOLS) link(tool, ROOT)
  return consumer
}
