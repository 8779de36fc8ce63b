/** Lines for a stream, written together a moment later. */
export interface LineWriter {
  /** Queues a line (without its newline). */
  write(line: string): void
  /** Writes what is queued now (before the process exits). */
  flush(): void
}

/** When queued lines go out: after `delayMs`, or at once when they reach `maxChars`. */
export interface LineWriterOptions {
  /** Default 50 ms. */
  delayMs?: number
  /** Default 64 Ki characters. */
  maxChars?: number
}

/**
 * A log line per request is one write to stdout, and to a pipe or a file Node writes
 * synchronously: under load that is a system call (and a wake-up of the reader) per request
 * on the proxy's only thread, a tenth of its time per send. Lines queued within `delayMs` go
 * out in one write instead, in order; the bin flushes before it exits.
 */
export function createLineWriter(
  stream: { write(text: string): unknown },
  { delayMs = 50, maxChars = 64 * 1024 }: LineWriterOptions = {},
): LineWriter {
  let pending: string[] = []
  let chars = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    const text = `${pending.join('\n')}\n`
    pending = []
    chars = 0
    stream.write(text)
  }
  return {
    write(line) {
      pending.push(line)
      chars += line.length + 1
      if (chars >= maxChars) flush()
      else timer ??= setTimeout(flush, delayMs)
    },
    flush,
  }
}
