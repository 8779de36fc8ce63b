import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useSaidOnce } from './use-said-once.ts'

describe('useSaidOnce', () => {
  it('is true the first time for each thing, then false, for the life of the component', () => {
    const { result, rerender, unmount } = renderHook(() => useSaidOnce())
    const firstTime = result.current
    expect(firstTime('value')).toBe(true)
    expect(firstTime('value')).toBe(false)
    expect(firstTime('tab')).toBe(true)
    rerender()
    expect(result.current).toBe(firstTime)
    expect(result.current('value')).toBe(false)
    unmount()
    // Another component (or this one mounted anew) has said nothing yet.
    expect(renderHook(() => useSaidOnce()).result.current('value')).toBe(true)
  })
})
