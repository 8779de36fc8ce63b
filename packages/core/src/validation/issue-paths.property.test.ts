import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../issue.ts'
import { mutatedMessage, validInteractive } from './arbitraries.ts'
import { validateInteractive } from './validate-interactive.ts'
import { validateSendRequest } from './validate-send-request.ts'

type Node = Record<string | number, unknown>

const isContainer = (value: unknown): value is Node => typeof value === 'object' && value !== null

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
      fc.property(mutatedMessage(validInteractive()), (message) => {
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
      fc.property(mutatedMessage(requests), (request) => {
        const result = validateSendRequest(request)
        if (!result.ok) for (const issue of result.issues) expectPathInInput(request, issue)
      }),
      { numRuns: 150 },
    )
  })

  it('a required issue names the missing field, never "The message"', () => {
    fc.assert(
      fc.property(mutatedMessage(validInteractive()), (message) => {
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
      fc.property(mutatedMessage(validInteractive()), (message) => {
        for (const warning of validateInteractive(message).warnings) expectPathInInput(message, warning)
      }),
      { numRuns: 150 },
    )
  })
})
