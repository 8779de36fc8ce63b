import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstTableRows, WORKSPACE_ROOT } from './workspace-readmes.ts'

// The root README's Scripts table is where a developer learns what `pnpm <name>` does: every
// script of the root package.json has its row there, and the table names no script that is gone.
const readme = readFileSync(join(WORKSPACE_ROOT, 'README.md'), 'utf8')
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
)

/** The script names the Scripts table's first column runs (`pnpm dev` (or `pnpm playground`)). */
function documented(): string[] {
  return firstTableRows(readme.slice(readme.indexOf('\n## Scripts\n'))).flatMap((row) =>
    [...row.split('|')[1]!.matchAll(/`(?:[A-Z_]+=\S* )*pnpm ([\w:-]+)/g)].map((match) => match[1]!),
  )
}

describe('the root README’s Scripts table', () => {
  it('has a row for every script of package.json, and none for a script that is not there', () => {
    expect(documented().sort()).toEqual([...scripts].sort())
  })
})
