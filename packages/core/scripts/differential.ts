// Differential check: this checkout's core against core at another commit, on the same inputs.
// For changes that must not change behaviour (size or speed work): every issue (code, reason,
// path, message, rule, limit, actual, params) and warning of the validators, the Swahili and
// English wording, every route's request check, every route's response check, and the
// generated JSON Schema (byte for byte) must be identical.
//
//   node packages/core/scripts/differential.ts [ref=main] [runs=300] [seed=42]
//
// Exits 1 and prints the first differences when anything differs.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import type { BriqRoute } from '../src/index.ts'
import * as current from '../src/index.ts'
import { ISSUE_CORPUS } from '../src/test-support/issue-corpus.ts'
import { validInteractive, withValue } from '../src/validation/arbitraries.ts'

const [ref = 'main', runsText = '300', seedText = '42'] = process.argv.slice(2)
const core = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'core-at-'))
const archive = join(dir, 'core.tar')
execFileSync('git', ['archive', '--format=tar', '-o', archive, ref, 'src'], { cwd: core })
execFileSync('tar', ['-xf', archive, '-C', dir])
symlinkSync(join(core, 'node_modules'), join(dir, 'node_modules'))

type Core = typeof current
const before: Core = await import(join(dir, 'src/index.ts'))
const corpusBefore: typeof ISSUE_CORPUS = (await import(join(dir, 'src/test-support/issue-corpus.ts'))).ISSUE_CORPUS

let differences = 0
const text = (value: unknown) => JSON.stringify(value, (_key, v) => (v === undefined ? '(undefined)' : v))
function same(label: string, a: unknown, b: unknown): void {
  const [left, right] = [text(a), text(b)]
  if (left === right) return
  differences++
  if (differences <= 8)
    console.log(`DIFFERENT ${label}\n  ${ref}: ${left.slice(0, 1200)}\n  now: ${right.slice(0, 1200)}`)
}

// A route's answer check, whichever form the route's `response` takes (a zod schema, or a shape).
function responseProblem(of: Core, response: unknown, value: unknown): unknown {
  const schema = response as { safeParse?: (v: unknown) => { success: boolean; error?: { issues: object[] } } }
  if (typeof schema.safeParse !== 'function') return of.shapeProblem(response as never, value)
  const result = schema.safeParse(value)
  const first = result.error?.issues[0] as { path: unknown; code: unknown; expected?: unknown } | undefined
  if (first === undefined) return undefined
  const { path, code, expected } = first
  return expected === undefined ? { path, code } : { path, code, expected }
}

const OPTIONS = [undefined, { extendedListBody: true, allowFlowMediaHeader: true, carouselQuickReplyMax: 3 as const }]
function compare(value: unknown, tag: string): void {
  for (const options of OPTIONS) {
    const words = (of: Core) => {
      const result = of.validateInteractive(value, options)
      const all = [...(result.ok ? [] : result.issues), ...result.warnings]
      return all.map((issue) => [of.formatIssue(issue), of.formatIssue(issue, of.coreMessagesSw)])
    }
    same(
      `validateInteractive ${tag}`,
      before.validateInteractive(value, options),
      current.validateInteractive(value, options),
    )
    same(`wording ${tag}`, words(before), words(current))
    same(
      `validateSendRequest ${tag}`,
      before.validateSendRequest(value, options),
      current.validateSendRequest(value, options),
    )
    const request = { to: '255712345678', interactive: value }
    same(`send ${tag}`, before.validateSendRequest(request, options), current.validateSendRequest(request, options))
  }
  const routesNow: readonly BriqRoute[] = current.BRIQ_ROUTES
  for (const route of before.BRIQ_ROUTES as readonly BriqRoute[]) {
    const now = routesNow.find((candidate) => candidate.id === route.id)
    same(`${route.id} request ${tag}`, before.validateRequest(route, value), now && current.validateRequest(now, value))
    if (route.response === undefined) continue
    const problems = [responseProblem(before, route.response, value), responseProblem(current, now?.response, value)]
    same(`${route.id} response ${tag}`, problems[0], problems[1])
  }
}

same('JSON Schema', text(before.createInteractiveJsonSchema()), text(current.createInteractiveJsonSchema()))
ISSUE_CORPUS.forEach((entry, i) => {
  same(`corpus ${entry.label}`, corpusBefore[i]?.issues(), entry.issues())
})

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(1.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 9, 10, 43200, 43201, '', ' x', 'x '),
  fc.constantFrom('https://a', 'http://localhost/x', 'https://ex ample.com', '😀'.repeat(30), 'a'.repeat(1025)),
  fc.constantFrom([], {}, null, 'navigate', 'data_exchange', 'IN', 'in', '255712345678', 'image', 'gif', 'product'),
  fc.constantFrom(new Date(0), new Map(), Array(150).fill(1), '5c1d2e3f-4a5b-4c6d-8e7f-000000000001'),
)
const pathsOf = (value: unknown): (string | number)[][] => {
  const paths: (string | number)[][] = [[]]
  const walk = (at: unknown, path: (string | number)[]) => {
    if (typeof at !== 'object' || at === null || path.length > 8) return
    for (const [key, inner] of Object.entries(at)) {
      const next = [...path, Array.isArray(at) ? Number(key) : key]
      paths.push(next)
      walk(inner, next)
    }
  }
  walk(value, [])
  return paths
}

try {
  fc.assert(
    fc.property(validInteractive(), fc.nat(), junk, fc.nat(), junk, fc.boolean(), (message, i, v, j, w, drop) => {
      compare(message, 'valid')
      const paths = pathsOf(message)
      let changed = withValue(message, paths[i % paths.length] ?? [], v)
      compare(changed, 'one change')
      const more = pathsOf(changed)
      changed = withValue(changed, more[j % more.length] ?? [], drop ? undefined : w)
      compare(changed, 'two changes')
      compare({ to: v, conversation_id: w, sender: v, sender_id: w, interactive: message }, 'target')
      compare({ type: 'interactive', to: '255712345678', interactive: changed }, 'unified')
    }),
    { numRuns: Number(runsText), seed: Number(seedText) },
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(
  differences === 0 ? `same as ${ref} (${runsText} runs + corpus + JSON Schema)` : `${differences} differences`,
)
process.exit(differences === 0 ? 0 : 1)
