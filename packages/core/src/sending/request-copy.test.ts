import { describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { requestCopy } from './request-copy.ts'
import { stableJson } from './stable-json.ts'

// Typed as a request whatever it holds: the copy must hold up to anything plain JavaScript sends.
const copyOf = (value: unknown) => requestCopy(value as SendInteractiveRequest) as unknown

describe('requestCopy', () => {
  it('copies every object and array, at every depth, into a request equal to it', () => {
    const request = structuredClone(SEND_REQUEST)
    const copy = requestCopy(request)
    expect(copy).toEqual(request)
    expect(stableJson(copy)).toBe(stableJson(request))
    expect(copy).not.toBe(request)
    expect(copy.interactive).not.toBe(request.interactive)
    if (request.interactive.type !== 'button' || copy.interactive.type !== 'button') throw new Error('a button')
    expect(copy.interactive.action.buttons).not.toBe(request.interactive.action.buttons)
    expect(copy.interactive.action.buttons[0]?.reply).not.toBe(request.interactive.action.buttons[0]?.reply)
    request.interactive.action.buttons[0]!.reply.title = 'Changed'
    expect(copy.interactive.action.buttons[0]?.reply.title).toBe('Yes')
  })

  it('reads a proxy (a Vue or MobX draft) as the plain data it shows', () => {
    const reads: PropertyKey[] = []
    const watched = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          reads.push(key)
          const value = Reflect.get(object, key, receiver)
          return typeof value === 'object' && value !== null ? watched(value) : value
        },
      })
    const copy = copyOf(watched(structuredClone(SEND_REQUEST)))
    expect(copy).toEqual(SEND_REQUEST)
    expect(reads).toContain('interactive')
    expect(() => structuredClone(copy)).not.toThrow()
  })

  it('keeps a "__proto__" key (JSON.parse makes one) a key, and a null prototype null', () => {
    const data = JSON.parse('{"__proto__":{"size":"M"}}')
    const copy = copyOf({ ...SEND_REQUEST, flow: data }) as { flow: Record<string, unknown> }
    expect(Object.keys(copy.flow)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(copy.flow)).toBe(Object.prototype)
    expect(stableJson(copy)).toBe(stableJson({ ...SEND_REQUEST, flow: data }))
    const bare = Object.assign(Object.create(null), { to: '255712345678' })
    expect(Object.getPrototypeOf(copyOf(bare))).toBeNull()
  })

  it('keeps what is no plain data as it is (a Date, a Map, a function) and a cycle a cycle', () => {
    const at = new Date(0)
    const tags = new Map([['a', 1]])
    const call = () => 'x'
    const looped: Record<string, unknown> = { to: '255712345678', at, tags, call }
    looped.self = looped
    const copy = copyOf(looped) as Record<string, unknown>
    expect(copy).not.toBe(looped)
    expect(copy.self).toBe(copy)
    expect(copy.at).toBe(at)
    expect(copy.tags).toBe(tags)
    expect(copy.call).toBe(call)
  })

  it('gives back a request it cannot read as it is (a getter that throws), never throwing', () => {
    const unreadable = {
      to: '255712345678',
      get interactive(): never {
        throw new Error('not loaded yet')
      },
    }
    expect(copyOf(unreadable)).toBe(unreadable)
    expect(copyOf(undefined)).toBeUndefined()
    expect(copyOf('text')).toBe('text')
  })
})
