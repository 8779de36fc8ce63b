import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstTableRows } from './workspace-readmes.ts'

// The react README lists each component's props (a table, or the send dialog's "Props:" item),
// the proxy's README its options; packages/react/examples/readme-props.test-d.ts and
// packages/proxy/examples/readme-options.test-d.ts hold the same lists and `pnpm typecheck`
// compares them with the props and options types. This keeps those lists the READMEs'.
const ROOT = resolve(import.meta.dirname, '..')
const README = readFileSync(join(ROOT, 'packages/react/README.md'), 'utf8')
const TYPE_TEST = readFileSync(join(ROOT, 'packages/react/examples/readme-props.test-d.ts'), 'utf8')

/** The prop names of the first column of the `| prop |` table under `## name`. */
function tableProps(name: string): string[] {
  const section = README.slice(README.indexOf(`\n## ${name}\n`))
  const names = firstTableRows(section.slice(section.indexOf('\n| prop |'))).flatMap((row) =>
    [...row.split('|')[1]!.matchAll(/`([A-Za-z]+)[(`]/g)].map((match) => match[1]!),
  )
  return [...new Set(names)].sort()
}

/** The names in the send dialog's "- Props:" item, up to the next item. */
function dialogProps(): string[] {
  const section = README.slice(README.indexOf('\n## SendInteractiveDialog\n'))
  const item = section.slice(section.indexOf('\n- Props:'), section.indexOf('\n- **', section.indexOf('\n- Props:')))
  return [...new Set([...item.matchAll(/`([a-z][A-Za-z]+)[(`/]/g)].map((match) => match[1]!))]
    .filter((name) => name !== 'null')
    .sort()
}

/** The names listed for `name` in the type test's `ReadmeProps`. */
function listed(name: string): string[] {
  const body = TYPE_TEST.slice(TYPE_TEST.indexOf(`  ${name}:\n`) + name.length + 4)
  const end = body.search(/\n {2}\w+:\n|\n\}/)
  return [...body.slice(0, end).matchAll(/\| '(\w+)'/g)].map((match) => match[1]!).sort()
}

describe('the react README prop lists', () => {
  it.each(['InteractivePreview', 'InteractiveBuilder'])('%s: the table is the type test’s list', (name) => {
    expect(tableProps(name).length).toBeGreaterThan(10)
    expect(listed(name)).toEqual(tableProps(name))
  })

  // The composer's table names `client` in the `endpoint` row ("or pass `client`").
  it('InteractiveComposer: the table (and `client`) is the type test’s list', () => {
    const names = [...tableProps('InteractiveComposer'), 'client'].sort()
    expect(listed('InteractiveComposer')).toEqual(names)
  })

  it('SendInteractiveDialog: the Props item is the type test’s list', () => {
    expect(dialogProps().length).toBeGreaterThan(20)
    expect(listed('SendInteractiveDialog')).toEqual(dialogProps())
  })
})

describe('the proxy README options table', () => {
  it('is the type test’s list', () => {
    const readme = readFileSync(join(ROOT, 'packages/proxy/README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('\n## Options\n'))
    const table = firstTableRows(section.slice(section.indexOf('\n| Option')))
      .map((row) => /^\| `(\w+)`/.exec(row)![1]!)
      .sort()
    const typeTest = readFileSync(join(ROOT, 'packages/proxy/examples/readme-options.test-d.ts'), 'utf8')
    const list = typeTest.slice(
      typeTest.indexOf('type ReadmeOptions ='),
      typeTest.indexOf('\n\n', typeTest.indexOf('type ReadmeOptions =')),
    )
    expect(table.length).toBeGreaterThan(10)
    expect([...list.matchAll(/\| '(\w+)'/g)].map((match) => match[1]!).sort()).toEqual(table)
  })
})
