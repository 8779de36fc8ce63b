import { describe, expect, it } from 'vitest'
import { createIdGenerator } from './id-generator.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('createIdGenerator', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    const a = createIdGenerator('s', 'entities')
    const b = createIdGenerator('s', 'entities')
    const first = [a.uuid(), a.wamid(), a.uuid()]
    expect([b.uuid(), b.wamid(), b.uuid()]).toEqual(first)
    expect(first[0]).toMatch(UUID_V4)
    expect(first[1]).toMatch(/^wamid\.[0-9a-z]{40}$/)
  })

  it('keeps streams independent', () => {
    expect(createIdGenerator('s', 'entities').uuid()).not.toBe(createIdGenerator('s', 'requests').uuid())
  })

  it('is random without a seed', () => {
    const ids = createIdGenerator(undefined, 'entities')
    const a = ids.uuid()
    expect(a).toMatch(UUID_V4)
    expect(ids.uuid()).not.toBe(a)
  })
})
