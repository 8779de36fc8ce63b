import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLineWriter } from './line-writer.ts'

afterEach(() => {
  vi.useRealTimers()
})

describe('createLineWriter', () => {
  it('writes the lines queued within the delay together, in order, and flushes on demand', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const writer = createLineWriter({ write: (text: string) => writes.push(text) }, { delayMs: 50 })
    writer.write('one')
    writer.write('two')
    vi.advanceTimersByTime(49)
    expect(writes).toEqual([])
    vi.advanceTimersByTime(1)
    expect(writes).toEqual(['one\ntwo\n'])
    writer.write('three')
    writer.flush()
    expect(writes).toEqual(['one\ntwo\n', 'three\n'])
    vi.advanceTimersByTime(100)
    expect(writes).toHaveLength(2)
  })

  it('writes at once when the queued lines reach maxChars', () => {
    vi.useFakeTimers()
    const writes: string[] = []
    const writer = createLineWriter({ write: (text: string) => writes.push(text) }, { maxChars: 10 })
    writer.write('12345')
    expect(writes).toEqual([])
    writer.write('6789')
    expect(writes).toEqual(['12345\n6789\n'])
  })
})
