import { DEFAULT_API_KEY, DEFAULT_MOCK_PORT } from '@briq-interactive/mock'
import { describe, expect, it } from 'vitest'
import { LOCAL_MOCK, MOCK_API_KEY } from '../server-config.ts'

// The example writes the mock's defaults out (a copied example should not load the mock to run),
// so these tie them to the mock's own: `pnpm mock` beside it must just work.
describe("the example's mock defaults", () => {
  it("are the mock's public key and its standalone server's default address", () => {
    expect(MOCK_API_KEY).toBe(DEFAULT_API_KEY)
    expect(LOCAL_MOCK).toBe(`http://127.0.0.1:${DEFAULT_MOCK_PORT}`)
  })
})
