import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROXIED_ROUTES } from './route-allow-list.ts'

// The README's "Forwarded routes" table is what a reader checks before pointing a client at the
// proxy: it lists exactly the routes the proxy forwards (core's table, `proxied`), so a route
// added to or taken from that table cannot leave the README saying otherwise.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** `METHOD /path` for each path of the table under "### Forwarded routes", ids as `{id}`. */
function documentedRoutes(): string[] {
  const section = readme.slice(readme.indexOf('\n### Forwarded routes\n'))
  const rows = section.slice(section.indexOf('\n|')).split('\n').slice(3)
  return rows
    .slice(
      0,
      rows.findIndex((row) => !row.startsWith('|')),
    )
    .flatMap((row) => {
      const [, method, paths] = row.split('|').map((cell) => cell.trim())
      return [...paths!.matchAll(/`([^`]+)`/g)].map((match) => `${method} ${match[1]}`)
    })
}

describe("the README's forwarded routes", () => {
  it('are exactly the routes the proxy forwards', () => {
    const forwarded = PROXIED_ROUTES.map((route) => `${route.method} ${route.path.replace(/:\w+/g, '{id}')}`)
    expect(documentedRoutes().sort()).toEqual(forwarded.sort())
  })
})
