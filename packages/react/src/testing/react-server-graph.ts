// Loads the kit as a React Server Component's module graph does (Next.js App Router, React
// Router's RSC mode), and prints what a Server Component gets for each export. Run by
// server-components.test.ts as `node --conditions=react-server react-server-graph.ts <entry>`:
// - `react` resolves to React's `react-server` build, which has no client hooks or
//   `createContext`: a module a Server Component loads that imports one fails, as the bundlers
//   refuse it;
// - a module that starts with the `'use client'` directive is not loaded: each of its exports is
//   a client reference, as React's server bundler integrations make it (`registerClientReference`
//   in react-server-dom-webpack): rendered as an element it is sent to the browser, but called it
//   throws, and a property read from it (`Builder.Root`) throws too ("You cannot dot into a client
//   module from a server component").
// https://react.dev/reference/rsc/use-client
import { readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const CLIENT_REFERENCE = Symbol.for('react.client.reference')
// What React's client reference proxy answers itself; any other property read throws.
const REFERENCE_OWN = new Set<string | symbol>(['$$typeof', '$$id', '$$async', 'name', 'length', 'then', 'toJSON'])

function clientReference(module: string, name: string): unknown {
  const reference = Object.defineProperties(
    () => {
      throw new Error(
        `Attempted to call ${name}() from the server but ${name} is on the client. It's not possible to invoke a client function from the server, it can only be rendered as a Component or passed to props of a Client Component.`,
      )
    },
    { $$typeof: { value: CLIENT_REFERENCE }, $$id: { value: `${module}#${name}` } },
  )
  return new Proxy(reference, {
    get(target, property) {
      if (REFERENCE_OWN.has(property) || typeof property === 'symbol') return Reflect.get(target, property)
      throw new Error(
        `Cannot access ${name}.${property} on the server. You cannot dot into a client module from a server component. You can only pass the imported name through.`,
      )
    },
  })
}
Object.assign(globalThis, { __clientReference: clientReference })

/** The names a module exports at run time (not its `export type`s), read from its source. */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map((m) => m[1]!)
  for (const [, typeOnly, list] of source.matchAll(/^export (type )?\{([^}]*)\}/gm)) {
    if (typeOnly) continue
    for (const item of list!.split(',')) {
      const spec = item.trim()
      if (!spec || spec.startsWith('type ')) continue
      names.push(spec.split(/\s+as\s+/).at(-1)!)
    }
  }
  if (/^export default\b/m.test(source)) names.push('default')
  return names
}

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && !url.includes('/node_modules/') && /\.[cm]?[jt]sx?$/.test(url)) {
      const source = readFileSync(fileURLToPath(url), 'utf8')
      if (/^\s*(['"])use client\1/.test(source)) {
        const stub = exportedNames(source).map((name) => {
          const value = `globalThis.__clientReference(${JSON.stringify(url)}, ${JSON.stringify(name)})`
          return name === 'default' ? `export default ${value}` : `export const ${name} = ${value}`
        })
        return { format: 'module', source: stub.join('\n'), shortCircuit: true }
      }
    }
    return nextLoad(url, context)
  },
})

/** What a Server Component gets for a value: a client reference (`client`), or the value itself. */
function describe(value: unknown): unknown {
  if ((value as { $$typeof?: unknown } | null)?.$$typeof === CLIENT_REFERENCE) return 'client'
  if (typeof value === 'function') return 'function'
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, describe(member)]))
  }
  return typeof value
}

const entry = process.argv[2]!
try {
  const kit = (await import(pathToFileURL(entry).href)) as Record<string, unknown>
  const exports = Object.fromEntries(
    Object.keys(kit)
      .sort()
      .map((name) => [name, describe(kit[name])]),
  )
  let translated: unknown
  try {
    translated = (kit.getTranslator as (locale: string) => (key: string) => unknown)('sw')('sendDialog.send')
  } catch (error) {
    translated = `throws: ${(error as Error).message}`
  }
  process.stdout.write(JSON.stringify({ exports, translated }))
} catch (error) {
  process.stdout.write(JSON.stringify({ loadError: String(error) }))
}
