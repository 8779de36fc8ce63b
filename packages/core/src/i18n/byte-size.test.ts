import { describe, expect, it } from 'vitest'
import { LIMITS } from '../limits.ts'
import { byteSize } from './byte-size.ts'

describe('byteSize', () => {
  it('reads a size under 1 MB in whole KB, rounded up', () => {
    expect(byteSize(LIMITS.structure.draftFile.max)).toEqual({ amount: 256, unit: 'KB' })
    expect(byteSize(LIMITS.structure.draftFile.max + 1)).toEqual({ amount: 257, unit: 'KB' })
    expect(byteSize(1)).toEqual({ amount: 1, unit: 'KB' })
    expect(byteSize(0)).toEqual({ amount: 0, unit: 'KB' })
  })

  it('reads 1 MB and above in MB with one decimal at most, rounded up (a size past a limit never reads as it)', () => {
    expect(byteSize(20 * 1024 * 1024)).toEqual({ amount: 20, unit: 'MB' })
    expect(byteSize(1024 * 1024)).toEqual({ amount: 1, unit: 'MB' })
    expect(byteSize(1.5 * 1024 * 1024)).toEqual({ amount: 1.5, unit: 'MB' })
    expect(byteSize(1024 * 1024 + 1)).toEqual({ amount: 1.1, unit: 'MB' })
    // Just under 1 MB rounds up to it, not to "1024 KB".
    expect(byteSize(1024 * 1024 - 1)).toEqual({ amount: 1, unit: 'MB' })
  })
})
