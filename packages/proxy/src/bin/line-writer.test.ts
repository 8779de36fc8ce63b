import { describe, expect, it } from 'vitest'
import { createLineWriter } from './line-writer.ts'

describe('createLineWriter', () => {
  it('writes the lines of one turn together, in order, and flushes on demand', async () => {
    const writes: string[] = []
    const writer = createLineWriter({ write: (text: string) => writes.push(text) })
    writer.write('one')
    writer.write('two')
    expect(writes).toEqual([])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toEqual(['one\ntwo\n'])
    writer.write('three')
    writer.flush()
    expect(writes).toEqual(['one\ntwo\n', 'three\n'])
    await new Promise((resolve) => setImmediate(resolve))
    expect(writes).toHaveLength(2)
  })
})
