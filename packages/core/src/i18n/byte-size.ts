const KB = 1024
const MB = 1024 * KB

/** A size as people read it: its amount in `unit`, for a catalogue to word with its numbers. */
export interface ByteSize {
  /** The amount in `unit`, rounded as people read it (256, 1.5, 20). */
  amount: number
  /** `KB` under one megabyte, else `MB`. */
  unit: 'KB' | 'MB'
}

/**
 * A size in bytes as people read it (a file manager's units, of 1024): whole KB under 1 MB,
 * MB with one decimal at most from there. Rounded up, so a size just past a limit never reads
 * as the limit itself ("257 KB" for 256 KB and a byte).
 */
export function byteSize(bytes: number): ByteSize {
  const kb = Math.ceil(bytes / KB)
  if (kb < KB) return { amount: kb, unit: 'KB' }
  // Tenths counted in whole numbers: bytes * 10 / 2^20 is exact, so no 1.1000000000000001.
  return { amount: Math.ceil((bytes * 10) / MB) / 10, unit: 'MB' }
}
