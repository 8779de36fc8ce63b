import { describe, expect, it, vi } from 'vitest'

// A FastAPI `loc` becomes a field in the one spelling core's servers write (`issueField`): with
// that spelling changed, the client's reading of Briq's own 422 must follow it.
vi.mock('../contract/to-briq-errors.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../contract/to-briq-errors.ts')>()
  return { ...real, issueField: (path: readonly (string | number)[]) => path.join('/') }
})

describe('readErrorBody: a FastAPI loc', () => {
  it("is spelled as core's servers spell a field", async () => {
    const { readErrorBody } = await import('./read-error-body.ts')
    const body = { detail: [{ loc: ['body', 'interactive', 'action', 'buttons', 0, 'reply'], msg: 'bad', type: 'x' }] }
    expect(readErrorBody(body, 422).errors[0]?.field).toBe('interactive/action/buttons/0/reply')
  })
})
