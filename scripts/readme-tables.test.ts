import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORKSPACE_ROOT, withoutFencedCode, workspaceReadmes } from './workspace-readmes.ts'

// GitHub's tables split a row at every `|` not written `\|`, inside a code span too, and drop the
// cells past the header's count: a row holding `data-state="open|closed"` unescaped loses the
// rest of its text on the page. So each row has exactly as many cells as its table's header.

/** The line under a table's header: `|---|:---:|`. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

/** A row's cells: split at each unescaped `|`, its leading and trailing one taken off. */
function cells(row: string): number {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/).length
}

/** Each table row whose cell count differs from its header's, as `line N: n cells, header m`. */
function unevenRows(markdown: string): string[] {
  const lines = withoutFencedCode(markdown).split('\n')
  const found: string[] = []
  for (let index = 0; index < lines.length - 1; index++) {
    if (!lines[index]!.trim().startsWith('|') || !DELIMITER_ROW.test(lines[index + 1]!)) continue
    const header = cells(lines[index]!)
    let row = index + 2
    for (; row < lines.length && lines[row]!.trim().startsWith('|'); row++) {
      const count = cells(lines[row]!)
      if (count !== header) found.push(`line ${row + 1}: ${count} cells, header ${header}`)
    }
    index = row - 1
  }
  return found
}

describe('README tables', () => {
  it('finds a row split by an unescaped | in a code span, and none once it is escaped', () => {
    const table = '| what | selector |\n|---|---|\n| list button | `data-state="open|closed"` |\n'
    expect(unevenRows(table)).toEqual(['line 3: 3 cells, header 2'])
    expect(unevenRows(table.replace('open|closed', 'open\\|closed'))).toEqual([])
  })

  it.each(workspaceReadmes())('every row of every table in %s has its header’s cell count', (readme) => {
    expect(unevenRows(readFileSync(join(WORKSPACE_ROOT, readme), 'utf8'))).toEqual([])
  })
})
