import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useDomValue } from './use-dom-value.ts'

// Counts what React runs for a field after each commit: its store reads and passive effects. A
// store reader that is a new function on each render has React read it once more after the
// commit, and any passive effect to run has it post a task (the builder's fields re-render on
// every keystroke, so that task would follow every keystroke).
const counts = vi.hoisted(() => ({ reads: 0, effects: 0 }))
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>()
  // The same counted reader for the same reader: React sees the identities it was given.
  const counted = new WeakMap<() => unknown, () => unknown>()
  const countedReader = (read: () => unknown) => {
    let reader = counted.get(read)
    if (reader === undefined) {
      reader = () => {
        counts.reads++
        return read()
      }
      counted.set(read, reader)
    }
    return reader
  }
  return {
    ...real,
    useSyncExternalStore: <T,>(subscribe: (change: () => void) => () => void, read: () => T, server?: () => T) =>
      real.useSyncExternalStore(subscribe, countedReader(read) as () => T, server),
    useEffect: (effect: () => undefined | (() => void), deps?: readonly unknown[]) =>
      real.useEffect(() => {
        counts.effects++
        return effect()
      }, deps),
  }
})

function Field({ text }: { text: string }) {
  const { ref, defaultValue } = useDomValue<HTMLTextAreaElement>(text, () => {})
  return <textarea aria-label="Field" ref={ref} defaultValue={defaultValue} onChange={() => {}} />
}

describe('a field kept by useDomValue, re-rendered', () => {
  it('reads whether it is hydrated as it renders only, and runs no effect after the commit', () => {
    const { rerender } = render(<Field text="a" />)
    counts.reads = 0
    counts.effects = 0
    const renders = 10
    for (let length = 2; length <= renders + 1; length++) act(() => rerender(<Field text={'a'.repeat(length)} />))
    // Once per render, twice in development (React reads a store twice there to check it).
    expect(counts.reads).toBeLessThanOrEqual(2 * renders)
    expect(counts.effects).toBe(0)
    // It still shows each new text.
    expect(screen.getByRole('textbox', { name: 'Field' })).toHaveValue('a'.repeat(renders + 1))
  })
})
