import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const GRAPH = join(import.meta.dirname, 'testing', 'react-server-graph.ts')
const ENTRY = join(import.meta.dirname, 'index.ts')

type Described = string | { [member: string]: Described }

// What a Server Component (Next.js App Router) gets when it imports the kit: see
// testing/react-server-graph.ts for how the module graph is loaded as React's server bundlers do.
function serverView(): { exports?: Record<string, Described>; translated?: unknown; loadError?: string } {
  const output = execFileSync(process.execPath, ['--conditions=react-server', GRAPH, ENTRY], { encoding: 'utf8' })
  return JSON.parse(output)
}

it('loads in a Server Component: components and hooks are client references, the rest usable there', () => {
  const view = serverView()
  expect(view.loadError).toBeUndefined()
  const exports = view.exports!
  const components = Object.keys(exports).filter((name) => /^([A-Z]|use[A-Z])/.test(name))
  expect(components).toEqual(expect.arrayContaining(['InteractivePreview', 'BriqProvider', 'Builder', 'SendDialog']))
  for (const name of components) {
    const described = exports[name]!
    if (typeof described === 'object') {
      // A plain object of parts: `<Builder.Root>` in a Server Component reads a client reference.
      for (const member of Object.values(described)) expect({ name, member }).toEqual({ name, member: 'client' })
    } else {
      expect({ name, described }).toEqual({ name, described: 'client' })
    }
  }
  // Everything else runs where it is called, as the README says getTranslator does on the server.
  for (const name of Object.keys(exports).filter((name) => !components.includes(name))) {
    expect({ name, described: exports[name] }).not.toEqual({ name, described: 'client' })
  }
  expect(exports.Builder).toMatchObject({ Root: 'client', Preview: 'client' })
  expect(exports.SendDialog).toMatchObject({ Root: 'client', Form: 'client' })
  expect(exports.getTranslator).toBe('function')
  expect(view.translated).toBe('Tuma')
})
