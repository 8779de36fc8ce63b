// What a packed package holds, file by file, as a consumer receives it: the checks publint and
// attw leave out (what is in the tarball, and where its imports lead).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

/** Paths no published package ships: tests, stories, test helpers, fixtures, maps, build state, sources. */
const NOT_SHIPPED = [
  /\.(test|test-d|browser\.test|react18\.test|stories)\.[jt]sx?$/,
  /(^|\/)(test-support|testing|__screenshots__)\//,
  /(^|\/)arbitraries\.[jt]s$/,
  /\.(map|tsbuildinfo|tgz)$/,
  /(?<!\.d)\.tsx?$/,
]

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    return entry.isDirectory() ? filesUnder(dir, path) : [path]
  })
}

// `from '…'`, `import('…')`, `import '…'`, `export … from '…'` and `/// <reference path|types="…">`.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|<reference\s+(?:path|types)=)['"]([^'"]+)['"]/g

/**
 * What is wrong with a package as installed from its tarball (`installed`, its directory in a
 * consumer's node_modules), given its workspace directory `source`: files no package should
 * ship, a `dist` file no present source compiles to (left by an earlier build), a source map
 * or a path of this machine, a relative import that leaves the tarball or finds nothing, and a
 * package import the manifest does not declare. Empty when all is well.
 */
export function packedFileProblems(installed: string, source: string): string[] {
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
    name: string
    dependencies?: Record<string, string>
    peerDependencies?: Record<string, string>
  }
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ])
  const problems: string[] = []
  for (const file of filesUnder(installed)) {
    if (NOT_SHIPPED.some((pattern) => pattern.test(file))) problems.push(`${file}: not for publishing`)
    const compiled = /^dist\/(.+?)(\.d\.ts|\.js)$/.exec(file)
    if (compiled && !['.ts', '.tsx'].some((ext) => existsSync(join(source, 'src', `${compiled[1]}${ext}`)))) {
      problems.push(`${file}: no source in src/ compiles to it (left by an earlier build?)`)
    }
    if (!/\.(js|ts|json|css|md)$/.test(file)) continue
    const text = readFileSync(join(installed, file), 'utf8')
    if (text.includes('sourceMappingURL=')) problems.push(`${file}: points at a source map`)
    // The checkout's own path: where a build would write this machine into a file.
    if (text.includes(ROOT)) problems.push(`${file}: holds the path of the checkout, ${ROOT}`)
    if (!/\.(js|d\.ts)$/.test(file)) continue
    for (const [, specifier] of text.matchAll(SPECIFIER)) {
      if (specifier!.startsWith('.')) {
        const target = resolve(installed, dirname(file), specifier!)
        // Declarations keep the sources' `.ts` specifiers, which TypeScript reads as the `.d.ts`.
        const declaration = file.endsWith('.d.ts') ? target.replace(/\.tsx?$/, '.d.ts') : target
        if (relative(installed, target).startsWith('..')) problems.push(`${file}: ${specifier} leaves the package`)
        else if (!existsSync(target) && !existsSync(declaration)) problems.push(`${file}: ${specifier} is not packed`)
      } else if (!specifier!.startsWith('node:') && !builtinModules.includes(specifier!)) {
        const name = specifier!
          .split('/')
          .slice(0, specifier!.startsWith('@') ? 2 : 1)
          .join('/')
        if (!declared.has(name)) problems.push(`${file}: imports ${name}, which package.json does not declare`)
      }
    }
  }
  return problems
}
