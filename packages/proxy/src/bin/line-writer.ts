/** Lines for a stream, written together once per turn of the event loop. */
export interface LineWriter {
  /** Queues a line (without its newline). */
  write(line: string): void
  /** Writes what is queued now (before the process exits). */
  flush(): void
}

/**
 * A log line per request is one write to stdout, and to a pipe or a file Node writes
 * synchronously: under load that is a system call per request on the proxy's only thread. The
 * lines of one turn of the event loop go out in one write instead, in order, a moment later.
 */
export function createLineWriter(stream: { write(text: string): unknown }): LineWriter {
  let pending: string[] = []
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending.length === 0) return
    const text = `${pending.join('\n')}\n`
    pending = []
    stream.write(text)
  }
  return {
    write(line) {
      pending.push(line)
      if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
    flush,
  }
}
