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

/**
 * The body rows of the first table in `text` (its header and delimiter rows left out), up to the
 * first line that is no row: give it a README from the heading (or header row) the table is under.
 */
export function firstTableRows(text: string): string[] {
  const rows = text.slice(text.indexOf('\n|')).split('\n').slice(3)
  const end = rows.findIndex((row) => !row.startsWith('|'))
  return end === -1 ? rows : rows.slice(0, end)
}
