import { describe, expect, it } from 'vitest'
import { stableJson } from './stable-json.ts'

describe('stableJson', () => {
  it('sorts keys at every depth, so key order alone never makes two requests differ', () => {
    expect(stableJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}')
  })

  it('keeps a "__proto__" key JSON.parse made, so data differing only there still differs', () => {
    // Flow data is the host's own JSON; JSON.parse makes "__proto__" an ordinary own key.
    const size = (value: string) => JSON.parse(`{"data":{"__proto__":{"size":"${value}"},"name":"x"}}`)
    expect(stableJson(size('M'))).toBe('{"data":{"__proto__":{"size":"M"},"name":"x"}}')
    expect(stableJson(size('M'))).not.toBe(stableJson(size('L')))
    expect(({} as Record<string, unknown>).size).toBeUndefined()
  })
})
