import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The workspace's root folder. */
export const WORKSPACE_ROOT = resolve(import.meta.dirname, '..')

/** Folders holding no README of ours: dependencies and build or test output. */
const NOT_OURS = new Set(['node_modules', 'dist', 'coverage', 'storybook-static', 'test-artifacts', '__screenshots__'])

/**
 * Every README of the workspace, as paths from its root (`packages/core/README.md`): the root's,
 * each package's and app's, and those deeper in a package (`packages/react/src/preview/README.md`).
 * Hidden folders (git's, the build's `.tsbuild`) and `NOT_OURS` are not read.
 */
export function workspaceReadmes(dir = ''): string[] {
  return readdirSync(join(WORKSPACE_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`
    if (entry.isDirectory()) {
      return entry.name.startsWith('.') || NOT_OURS.has(entry.name) ? [] : workspaceReadmes(path)
    }
    return entry.name === 'README.md' ? [path] : []
  })
}

/** A README's text with its fenced code blocks blanked, line for line (line numbers stay the file's). */
export function withoutFencedCode(markdown: string): string {
  return markdown.replace(/^ *```[\s\S]*?^ *```/gm, (code) => code.replace(/[^\n]/g, ''))
}
