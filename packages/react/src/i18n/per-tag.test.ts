import { describe, expect, it, vi } from 'vitest'
import { perTag } from './per-tag.ts'

describe('perTag', () => {
  it('makes once per tag what it is asked again', () => {
    const make = vi.fn((tag: string) => ({ tag }))
    const of = perTag(make)
    expect(of('fr')).toBe(of('fr'))
    expect(of('ar')).toEqual({ tag: 'ar' })
    expect(make).toHaveBeenCalledTimes(2)
  })

  it('lets go of what it made once the tags pile up, and makes it again', () => {
    const make = vi.fn((tag: string) => ({ tag }))
    const of = perTag(make)
    const first = of('tag-0')
    for (let n = 1; n <= 60; n++) of(`tag-${n}`)
    expect(of('tag-0')).not.toBe(first)
    expect(make).toHaveBeenCalledTimes(62)
  })
})
