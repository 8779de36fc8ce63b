import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_PACKAGES } from './published-packages.ts'

// JSDoc on every public name: what an embedding developer reads on hover in their editor. A
// group comment over several declarations documents only the first, so each needs its own.
const ROOT = resolve(import.meta.dirname, '..')

/** The source entry points a package publishes (its `exports` map). */
function entryPoints(name: string): string[] {
  const dir = join(ROOT, 'packages', name)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
  return Object.values(manifest.exports)
    .filter((target): target is string => typeof target === 'string' && target.endsWith('.ts'))
    .map((target) => join(dir, target))
}

/** The source file a module specifier names: relative, or another package's entry point. */
function sourceOf(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return join(dirname(file), specifier)
  const [, name, subpath] = /^@briq-interactive\/([^/]+)(\/.*)?$/.exec(specifier) ?? []
  if (!name) return specifier
  const dir = join(ROOT, 'packages', name)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, string> }
  return join(dir, manifest.exports[`.${subpath ?? ''}`] ?? '')
}

const REEXPORT = /export\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g
const EXPORT_ALL = /export\s+\*\s+from\s+'([^']+)'/g

/** Every name a module exports by re-export, with the file and local name it is declared under. */
function reexports(file: string): { name: string; local: string; from: string }[] {
  const text = readFileSync(file, 'utf8')
  const found = [...text.matchAll(REEXPORT)].flatMap((match) =>
    match[2]!
      .split(',')
      .map((part) => part.trim().replace(/^type\s+/, ''))
      .filter((part) => part !== '')
      .map((part) => {
        const [local, name = local] = part.split(/\s+as\s+/)
        return { name: name!, local: local!, from: sourceOf(file, match[3]!) }
      }),
  )
  return found
}

const DECLARATION = (name: string) =>
  new RegExp(
    `^export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class|abstract class|interface|type|enum)\\s+${name}\\b`,
    'm',
  )

/** Where `name` is declared, following re-exports; undefined when not found. */
function declarationOf(
  file: string,
  name: string,
  seen = new Set<string>(),
): { file: string; index: number } | undefined {
  if (seen.has(`${file}#${name}`) || !existsSync(file)) return undefined
  seen.add(`${file}#${name}`)
  const text = readFileSync(file, 'utf8')
  const match = DECLARATION(name).exec(text)
  if (match) return { file, index: match.index }
  for (const entry of reexports(file)) {
    if (entry.name === name) return declarationOf(entry.from, entry.local, seen)
  }
  for (const match of text.matchAll(EXPORT_ALL)) {
    const found = declarationOf(sourceOf(file, match[1]!), name, seen)
    if (found) return found
  }
  return undefined
}

/** Whether the declaration at `index` is a value (a function, constant or class), not a type. */
function isValue(file: string, index: number): boolean {
  return /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|abstract class)\s/.test(
    readFileSync(file, 'utf8').slice(index),
  )
}

/** Whether a JSDoc block ends right above the declaration (lint directives between are fine). */
function documented(file: string, index: number): boolean {
  const above = readFileSync(file, 'utf8').slice(0, index).trimEnd().split('\n')
  // Line comments between (a lint directive, a why for the maintainer) leave the JSDoc attached.
  while (above.length > 0 && /^\s*\/\//.test(above.at(-1)!)) above.pop()
  const last = above.at(-1)?.trim() ?? ''
  if (!last.endsWith('*/')) return false
  for (let line = above.length - 1; line >= 0; line--) {
    const text = above[line]!.trim()
    if (text.startsWith('/**')) return true
    if (text.startsWith('/*')) return false
  }
  return false
}

/** Every package of the workspace, the private ones too: their READMEs are read as the published ones' are. */
const WORKSPACE_PACKAGES = readdirSync(join(ROOT, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'packages', entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort()

describe.each(WORKSPACE_PACKAGES)('@briq-interactive/%s', (name) => {
  // A user finds a function or a constant by reading the package's README, not its index: every
  // value an entry point exports is named there (types are found through the values they type).
  // The private packages too: a test author reads the fixtures' README for what they share.
  it('names every value its entry points export in its README', () => {
    const readme = readFileSync(join(ROOT, 'packages', name, 'README.md'), 'utf8')
    const unnamed: string[] = []
    for (const entry of entryPoints(name)) {
      const names = [
        ...reexports(entry).map(({ name: exported }) => exported),
        ...[
          ...readFileSync(entry, 'utf8').matchAll(
            /^export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class)\s+(\w+)/gm,
          ),
        ].map((match) => match[1]!),
      ]
      for (const exported of new Set(names)) {
        const declaration = declarationOf(entry, exported)
        if (!declaration || !isValue(declaration.file, declaration.index)) continue
        if (!new RegExp(`\\b${exported}\\b`).test(readme)) unnamed.push(exported)
      }
    }
    expect(unnamed).toEqual([])
  })
})

describe.each(PUBLISHED_PACKAGES)('@briq-interactive/%s', (name) => {
  it('has a JSDoc comment on every name its entry points export', () => {
    const missing: string[] = []
    for (const entry of entryPoints(name)) {
      const names = [
        ...reexports(entry).map(({ name: exported }) => exported),
        ...[
          ...readFileSync(entry, 'utf8').matchAll(
            /^export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type)\s+(\w+)/gm,
          ),
        ].map((match) => match[1]!),
      ]
      for (const exported of names) {
        const declaration = declarationOf(entry, exported)
        if (!declaration) missing.push(`${exported} (declaration not found from ${entry.slice(ROOT.length + 1)})`)
        else if (!documented(declaration.file, declaration.index))
          missing.push(`${exported} (${declaration.file.slice(ROOT.length + 1)})`)
      }
    }
    expect([...new Set(missing)]).toEqual([])
  })

  it('has a JSDoc comment on every member of the interfaces and object types it exports', () => {
    const missing: string[] = []
    for (const entry of entryPoints(name)) {
      const names = [
        ...reexports(entry).map(({ name: exported }) => exported),
        ...[...readFileSync(entry, 'utf8').matchAll(/^export\s+(?:interface|type)\s+(\w+)/gm)].map(
          (match) => match[1]!,
        ),
      ]
      for (const exported of new Set(names)) {
        const declaration = declarationOf(entry, exported)
        if (!declaration) continue
        for (const member of undocumentedMembers(declaration.file, declaration.index)) {
          missing.push(`${exported}.${member} (${declaration.file.slice(ROOT.length + 1)})`)
        }
      }
    }
    expect([...new Set(missing)]).toEqual([])
  })

  // `Builder.Header` in an editor shows the doc of the object's property, and the published d.ts
  // writes each part's type out in full: a part's own component's JSDoc does not reach it there.
  it('has a JSDoc comment on every part of the compound components it exports', () => {
    const missing: string[] = []
    for (const entry of entryPoints(name)) {
      for (const exported of new Set(reexports(entry).map(({ name: reexported }) => reexported))) {
        const declaration = declarationOf(entry, exported)
        if (!declaration) continue
        for (const part of undocumentedParts(declaration.file, declaration.index)) {
          missing.push(`${exported}.${part} (${declaration.file.slice(ROOT.length + 1)})`)
        }
      }
    }
    expect([...new Set(missing)]).toEqual([])
  })
})

/**
 * The parts with no JSDoc of their own of the compound component declared at `index`: an object
 * of components (`export const Builder = {` with members such as `Root: BuilderRoot,`).
 */
function undocumentedParts(file: string, index: number): string[] {
  const text = readFileSync(file, 'utf8').slice(index)
  const head = /^export const \w+ = \{\n/.exec(text)
  if (!head) return []
  const lines = text.slice(head[0].length).split('\n')
  const members = lines.slice(
    0,
    lines.findIndex((line) => line.startsWith('}')),
  )
  const found: string[] = []
  members.forEach((line, at) => {
    const part = /^\s+([A-Z]\w*): [A-Z]\w*,$/.exec(line)
    if (part && !members[at - 1]?.trim().endsWith('*/')) found.push(part[1]!)
  })
  return found
}

/**
 * The members of the interface or object type declared at `index` (`export interface X … {` or
 * `export type X = {`) with no JSDoc of their own: what a host's editor shows on hover is
 * nothing. Only the body's own members count (not those of object types nested in them).
 */
function undocumentedMembers(file: string, index: number): string[] {
  const text = readFileSync(file, 'utf8')
  const head = /^export\s+(?:interface\s+\w+[^{=]*|type\s+\w+(?:<[^=]*>)?\s*=\s*)\{\n/m.exec(text.slice(index))
  if (head?.index !== 0) return []
  const lines = text.slice(index + (head?.[0].length ?? 0)).split('\n')
  const found: string[] = []
  let depth = 0
  let documentedAbove = false
  let inComment = false
  for (const line of lines) {
    const trimmed = line.trim()
    if (inComment || trimmed.startsWith('/*') || trimmed.startsWith('*')) {
      inComment = !trimmed.endsWith('*/')
      if (!inComment) documentedAbove = true
      continue
    }
    if (trimmed.startsWith('//') || trimmed === '') continue
    if (depth === 0 && trimmed.startsWith('}')) break
    const member = /^(?:readonly\s+)?([\w$]+)\??\s*[:(<]/.exec(trimmed)
    if (depth === 0 && member && !documentedAbove) found.push(member[1]!)
    documentedAbove = false
    for (const character of trimmed.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, '')) {
      if ('{[('.includes(character)) depth++
      else if ('}])'.includes(character)) depth--
    }
  }
  return found
}
