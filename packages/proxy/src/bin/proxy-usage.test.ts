import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROXY_USAGE, readProxyArguments } from './proxy-usage.ts'

describe('readProxyArguments', () => {
  it('answers --help and -h with the usage', () => {
    expect(readProxyArguments(['--help'])).toEqual({ kind: 'help' })
    expect(readProxyArguments(['-h'])).toEqual({ kind: 'help' })
  })

  it('serves with no arguments', () => {
    expect(readProxyArguments([])).toEqual({ kind: 'serve' })
  })

  it('refuses any other argument, saying the environment configures it', () => {
    // A flag copied from briq-mock (--port 9000) would otherwise be ignored without a word.
    expect(readProxyArguments(['--port', '9000'])).toEqual({
      kind: 'error',
      message: 'unknown argument "--port": briq-proxy is configured by environment variables only (briq-proxy --help)',
    })
  })
})

describe('PROXY_USAGE', () => {
  it('lists exactly the variables of the README table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const table = readme.slice(readme.indexOf('| Variable'))
    const documented = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1])
    const listed = [...PROXY_USAGE.matchAll(/^ {2}([A-Z_]+)/gm)].map((match) => match[1])
    expect(documented.length).toBeGreaterThan(10)
    expect(listed.sort()).toEqual(documented.sort())
  })
})
