import { describe, expect, it } from 'vitest'
import type { BriqClient } from './briq-client.ts'
import { createBriqClient } from './create-briq-client.ts'
import { sameBriqClient } from './same-briq-client.ts'

const fetch = async () => new Response('[]')

describe('sameBriqClient', () => {
  it('is true for clients made with the same options, as inline JSX makes one per render', () => {
    const make = () =>
      createBriqClient({
        endpoint: '/api/briq',
        fetch,
        headers: { Authorization: 'Bearer t' },
        retry: { attempts: 1 },
        validation: { extendedListBody: true },
      })
    expect(sameBriqClient(make(), make())).toBe(true)
    expect(sameBriqClient(createBriqClient({ endpoint: '/a' }), createBriqClient({ endpoint: '/a' }))).toBe(true)
  })

  it('is false when anything differs: endpoint, fetch, a header, a headers function, a timeout', () => {
    const base = { endpoint: '/api/briq', fetch }
    const client = createBriqClient(base)
    expect(sameBriqClient(client, createBriqClient({ ...base, endpoint: '/other' }))).toBe(false)
    expect(sameBriqClient(client, createBriqClient({ ...base, fetch: async () => new Response('[]') }))).toBe(false)
    expect(sameBriqClient(client, createBriqClient({ ...base, timeoutMs: 5 }))).toBe(false)
    const withHeader = (value: string) => createBriqClient({ ...base, headers: { Authorization: value } })
    expect(sameBriqClient(withHeader('Bearer a'), withHeader('Bearer b'))).toBe(false)
    // Two arrows may answer differently (a token per tenant): not the same.
    const withFunction = () => createBriqClient({ ...base, headers: () => ({}) })
    expect(sameBriqClient(withFunction(), withFunction())).toBe(false)
  })

  it("a client of the host's own is only itself", () => {
    const own: BriqClient = { ...createBriqClient({ endpoint: '/api/briq' }) }
    expect(sameBriqClient(own, own)).toBe(true)
    expect(sameBriqClient(own, { ...own })).toBe(false)
    expect(sameBriqClient(own, createBriqClient({ endpoint: '/api/briq' }))).toBe(false)
  })
})
