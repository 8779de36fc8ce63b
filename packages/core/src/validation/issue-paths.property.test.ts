import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { anyCodePoint } from '../test-support/any-code-point.ts'
import { validInteractive } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

type Path = (string | number)[]
type Node = Record<string | number, unknown>

/** One change to a message: which node (by index into its node list) and what to do there. */
interface Mutation {
  kind: 'delete' | 'replace' | 'add_key' | 'duplicate'
  pick: number
  key: string
  value: unknown
}

const replacement = fc.oneof(
  fc.constantFrom('', ' ', ' padded ', 'x'.repeat(300), -1, 0, 1.5, 99_999, null, true, [], {}),
  // A list where an object goes (a section, a card, an action typed as [ ] in the JSON tab).
  fc.constantFrom([[]], [{}], [{ title: 'x' }], ['title']),
  fc.string({ unit: anyCodePoint, maxLength: 30 }),
  fc.anything({ maxDepth: 2 }),
)
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add_key', 'duplicate'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom('extra', 'title', 'id', 'text', 'type', 'name'), fc.string({ maxLength: 8 })),
  value: replacement,
})

const isContainer = (value: unknown): value is Node => typeof value === 'object' && value !== null

function nodes(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return []
  const keys: Path = Array.isArray(value) ? [...value.keys()] : Object.keys(value)
  return keys.flatMap((k) => [[...prefix, k], ...nodes(value[k], [...prefix, k])])
}

const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((node, k) => (node as Node)[k], root)

/** Applies `m` to `root` in place. */
function mutate(root: Node, m: Mutation): void {
  const all = nodes(root)
  if (m.kind === 'add_key') {
    const objects = [[], ...all].filter((p) => isContainer(at(root, p)) && !Array.isArray(at(root, p)))
    const target = at(root, objects[m.pick % objects.length] ?? []) as Node
    target[m.key] = structuredClone(m.value)
    return
  }
  if (m.kind === 'duplicate') {
    const arrays = all.filter((p) => Array.isArray(at(root, p)))
    const target = at(root, arrays[m.pick % Math.max(1, arrays.length)] ?? []) as unknown
    if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[m.pick % target.length]))
    return
  }
  const path = all[m.pick % Math.max(1, all.length)]
  if (path === undefined) return
  const parent = at(root, path.slice(0, -1)) as Node
  const last = path[path.length - 1] as string | number
  if (m.kind === 'replace') parent[last] = structuredClone(m.value)
  else if (Array.isArray(parent)) parent.splice(Number(last), 1)
  else delete parent[last]
}

// A list holds its items at indexes: a name under one ("title" of a section that is [ ]) is no field.
const keyFits = (node: unknown, key: string | number) => !Array.isArray(node) || typeof key === 'number'

/**
 * An issue's path leads through existing keys of the input to its parent, and its last key
 * exists there unless the issue says the field is required (missing). Under a list, every key
 * is an index.
 */
function expectPathInInput(root: unknown, issue: Issue): void {
  const where = `${issue.code} at ${JSON.stringify(issue.path)}`
  let node = root
  for (const key of issue.path.slice(0, -1)) {
    expect(isContainer(node) && Object.hasOwn(node, key), `${where}: no "${key}" on the way`).toBe(true)
    node = (node as Node)[key]
  }
  if (issue.path.length === 0) return
  expect(isContainer(node), `${where}: the parent is not an object`).toBe(true)
  const last = issue.path[issue.path.length - 1] as string | number
  expect(keyFits(node, last), `${where}: a name under a list`).toBe(true)
  // A missing field is only named by "required", or by a warning recommending it.
  const missing = ['required', 'not_recommended']
  if (!Object.hasOwn(node as Node, last)) expect(missing, `${where}: the key is missing`).toContain(issue.code)
}

const mutated = <T>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([value, mutations]) => {
    const copy = structuredClone(value) as Node
    for (const m of mutations) mutate(copy, m)
    return copy
  })

const requests = fc.record(
  {
    to: fc.constantFrom('255712345678', '+255712345678'),
    sender: fc.constantFrom('255700000001', 'Briq'),
    interactive: validInteractive(),
  },
  { requiredKeys: ['to', 'interactive'] },
)

describe('issue paths point into the input', () => {
  it('for invalid messages: every issue path walks existing keys to an existing or required field', () => {
    let invalid = 0
    fc.assert(
      fc.property(mutated(validInteractive()), (message) => {
        const result = validateInteractive(message)
        if (result.ok) return
        invalid++
        for (const issue of result.issues) expectPathInInput(message, issue)
      }),
      { numRuns: 200 },
    )
    expect(invalid).toBeGreaterThan(100)
  })

  it('for invalid send requests, with paths from the request root', () => {
    fc.assert(
      fc.property(mutated(requests), (request) => {
        const result = validateSendRequest(request)
        if (!result.ok) for (const issue of result.issues) expectPathInInput(request, issue)
      }),
      { numRuns: 150 },
    )
  })

  it('a required issue names the missing field, never "The message"', () => {
    fc.assert(
      fc.property(mutated(validInteractive()), (message) => {
        const result = validateInteractive(message)
        const required = result.ok ? [] : result.issues.filter((i) => i.code === 'required' && i.path.length > 0)
        for (const issue of required) {
          expect(issue.message, JSON.stringify(issue.path)).not.toMatch(/^The message is required/)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('for warnings too', () => {
    fc.assert(
      fc.property(mutated(validInteractive()), (message) => {
        for (const warning of validateInteractive(message).warnings) expectPathInInput(message, warning)
      }),
      { numRuns: 150 },
    )
  })
})
