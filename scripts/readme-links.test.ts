import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORKSPACE_ROOT, withoutFencedCode, workspaceReadmes } from './workspace-readmes.ts'

// A README's links to other files of the repository lead somewhere, and a link to a section
// (`#languages`, `../proxy/README.md#framework-examples`) names a heading that is there, spelt
// as GitHub makes a heading's anchor: a renamed section or a moved file breaks no link silently.

/** The text a reader sees as prose: fenced code and code spans taken out. */
function prose(markdown: string): string {
  return withoutFencedCode(markdown).replace(/(`+)[\s\S]*?\1/g, '')
}

/** GitHub's anchor for each heading: lower case, punctuation dropped, spaces as `-`, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const [, heading] of withoutFencedCode(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-')
    const times = seen.get(slug) ?? 0
    seen.set(slug, times + 1)
    found.add(times === 0 ? slug : `${slug}-${times}`)
  }
  return found
}

/** Each link of `readme` into the repository that leads nowhere, with why. */
function brokenLinks(readme: string): string[] {
  const text = readFileSync(join(WORKSPACE_ROOT, readme), 'utf8')
  const targets = [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!)
  return targets
    .filter((target) => !/^[a-z]+:/i.test(target))
    .flatMap((target) => {
      const [path, anchor] = target.split('#') as [string, string | undefined]
      const file = path === '' ? join(WORKSPACE_ROOT, readme) : join(WORKSPACE_ROOT, dirname(readme), path)
      if (!existsSync(file)) return [`${target}: no such file`]
      if (anchor === undefined) return []
      if (statSync(file).isDirectory() || !file.endsWith('.md')) return [`${target}: an anchor on no markdown file`]
      return anchors(readFileSync(file, 'utf8')).has(anchor) ? [] : [`${target}: no heading with that anchor`]
    })
}

describe('README links', () => {
  it("spells a heading's anchor as GitHub does", () => {
    const headings =
      '# Composing drafts (the builder’s model)\n## Bundle size\n## Bundle size\n```\n# not a heading\n```\n'
    expect([...anchors(headings)]).toEqual(['composing-drafts-the-builders-model', 'bundle-size', 'bundle-size-1'])
  })

  it.each(workspaceReadmes())('every link of %s into the repository leads to a file and a heading there', (readme) => {
    expect(brokenLinks(readme)).toEqual([])
  })
})
