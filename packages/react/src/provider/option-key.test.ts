import { describe, expect, it } from 'vitest'
import { optionKey } from './option-key.ts'

describe('optionKey', () => {
  it('is equal for the same values written differently', () => {
    expect(optionKey({ a: 1, b: { c: [1, 2] } })).toBe(optionKey({ b: { c: [1, 2] }, a: 1 }))
    expect(optionKey({ a: 1, b: undefined })).toBe(optionKey({ a: 1 }))
    expect(optionKey({ f: () => 1 })).toBe(optionKey({ f: () => 2 }))
    expect(optionKey(new Headers({ 'X-A': '1', b: '2' }))).toBe(
      optionKey(
        new Headers([
          ['B', '2'],
          ['x-a', '1'],
        ]),
      ),
    )
  })

  it('differs when a value, an item or the presence of a function differs', () => {
    expect(optionKey({ endpoint: '/a' })).not.toBe(optionKey({ endpoint: '/b' }))
    expect(optionKey({ retry: { attempts: 1 } })).not.toBe(optionKey({ retry: { attempts: 2 } }))
    expect(optionKey({ retry: false })).not.toBe(optionKey({ retry: { attempts: 0 } }))
    expect(optionKey([1, 2])).not.toBe(optionKey([2, 1]))
    expect(optionKey({ fetch: () => 1 })).not.toBe(optionKey({}))
    expect(optionKey({ headers: [['a', '1']] })).not.toBe(optionKey({ headers: { a: '1' } }))
    expect(optionKey(new Headers({ a: '1' }))).not.toBe(optionKey({ a: '1' }))
  })

  it('survives a cycle', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(optionKey(cyclic)).toBe('{"object":[["a",1],["self","cycle"]]}')
  })
})
