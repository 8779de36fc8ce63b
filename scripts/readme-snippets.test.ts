import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORKSPACE_ROOT, workspaceReadmes } from './workspace-readmes.ts'

// Every TypeScript block of a README compiles: it is shown from an example file
// (`<!-- examples/x.ts -->` above it, checked by that package's own README test), or it sits
// verbatim below a marker line in a file of a package's `examples/readme-snippets/`, which
// `pnpm typecheck` compiles as a user's strict project would (each examples folder's tsconfig).
// The lines above the marker declare only what the snippet takes as given (`draft`, `save`).
const ROOT = WORKSPACE_ROOT
const MARKER = /^\/\/ ---- (\S+), verbatim \(scripts\/readme-snippets\.test\.ts checks it is\) ----\n/m

/** A README's ts and tsx blocks that no example file stands for, as written (a list's indent taken off). */
function blocks(readme: string): string[] {
  const text = readFileSync(join(ROOT, readme), 'utf8')
  return [...text.matchAll(/(<!-- examples\/\S+ -->\n)?( *)```tsx?\n([\s\S]*?)\2```/g)]
    .filter((match) => match[1] === undefined)
    .map((match) => {
      const indent = match[2]!
      return match[3]!
        .split('\n')
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n')
    })
}

/** Every snippet file: the README it names and the code below its marker. */
function snippets(): { file: string; readme: string; code: string }[] {
  return readdirSync(join(ROOT, 'packages')).flatMap((name) => {
    const dir = `packages/${name}/examples/readme-snippets`
    if (!existsSync(join(ROOT, dir))) return []
    return readdirSync(join(ROOT, dir)).map((file) => {
      const text = readFileSync(join(ROOT, dir, file), 'utf8')
      const marker = MARKER.exec(text)
      if (!marker) throw new Error(`${dir}/${file} has no marker line`)
      return { file: `${dir}/${file}`, readme: marker[1]!, code: text.slice(marker.index + marker[0].length) }
    })
  })
}

describe('README snippets', () => {
  const all = snippets()

  it('reads the root README and one deep in a package, not only each package’s own', () => {
    expect(workspaceReadmes()).toEqual(expect.arrayContaining(['README.md', 'packages/react/src/preview/README.md']))
  })

  it.each(workspaceReadmes())('every TypeScript block of %s is compiled', (readme) => {
    const missing = blocks(readme).filter(
      (code) => all.filter((snippet) => snippet.readme === readme && snippet.code === code).length !== 1,
    )
    expect(missing).toEqual([])
  })

  it('every snippet file is still a block of the README it names', () => {
    const stale = all.filter((snippet) => !blocks(snippet.readme).includes(snippet.code)).map((snippet) => snippet.file)
    expect(stale).toEqual([])
  })

  it('each folder of snippets is compiled by `pnpm typecheck`', () => {
    const references = (
      JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { references: { path: string }[] }
    ).references.map((reference) => reference.path)
    for (const dir of new Set(all.map((snippet) => snippet.file.slice(0, snippet.file.indexOf('/readme-snippets'))))) {
      expect(references).toContain(`./${dir}`)
      const config = JSON.parse(readFileSync(join(ROOT, dir, 'tsconfig.json'), 'utf8')) as { include: string[] }
      expect(config.include).toContain('.')
    }
  })
})
