import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useControllableState } from './use-controllable-state.ts'

interface Props {
  value: string | null | undefined
  onChange?: (next: string | null) => void
}

const useThing = ({ value, onChange }: Props) =>
  useControllableState<string | null>({ value, defaultValue: 'start', onChange, name: '<Thing value>' })

afterEach(() => vi.restoreAllMocks())

describe('useControllableState', () => {
  it('uncontrolled: starts at the default, keeps what is set and reports each change once', () => {
    const onChange = vi.fn()
    const { result } = renderHook(useThing, { initialProps: { value: undefined, onChange } })
    expect(result.current[0]).toBe('start')
    act(() => result.current[1]('next'))
    expect(result.current[0]).toBe('next')
    act(() => result.current[1]('next'))
    expect(onChange.mock.calls).toEqual([['next']])
  })

  it('controlled: shows only what the parent passes and reports requests to change it', () => {
    const onChange = vi.fn()
    const { result, rerender } = renderHook(useThing, { initialProps: { value: 'parent', onChange } as Props })
    act(() => result.current[1]('asked'))
    expect(result.current[0]).toBe('parent')
    expect(onChange).toHaveBeenCalledWith('asked')
    rerender({ value: null, onChange })
    expect(result.current[0]).toBeNull()
  })

  it('keeps one setter for the component’s life, so effects that depend on it do not re-run', () => {
    const { result, rerender } = renderHook(useThing, { initialProps: { value: 'a' } as Props })
    const first = result.current[1]
    rerender({ value: 'b' })
    expect(result.current[1]).toBe(first)
  })

  it('warns once, naming the prop, when a component switches between controlled and uncontrolled', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { result, rerender } = renderHook(useThing, { initialProps: { value: undefined } as Props })
    rerender({ value: 'parent' })
    rerender({ value: undefined })
    rerender({ value: 'again' })
    expect(error).toHaveBeenCalledOnce()
    expect(String(error.mock.calls[0]?.[0])).toContain('<Thing value> is changing from uncontrolled to controlled')
    rerender({ value: undefined })
    // Left uncontrolled, it carries on from the parent's last value instead of jumping back.
    expect(result.current[0]).toBe('again')
  })

  it('does not warn while the mode stays the same', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { rerender } = renderHook(useThing, { initialProps: { value: 'a' } as Props })
    rerender({ value: 'b' })
    rerender({ value: null })
    expect(error).not.toHaveBeenCalled()
  })
})
