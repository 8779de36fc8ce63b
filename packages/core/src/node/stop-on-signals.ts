import type { CloseGracefully } from './graceful-close.ts'

/** How `stopOnSignals` stops a program, and the words it says so in. */
export interface StopOnSignalsOptions {
  /** The program's name, opening each line it prints: `briq-proxy`. */
  name: string
  /** The grace the first signal gives the requests in flight, in ms; 0 stops at once. */
  graceMs: number
  /**
   * The setting the grace comes from, named in the first line: a flag (`--shutdown-grace`, shown
   * `--shutdown-grace 0` when 0) or an environment variable (`PROXY_SHUTDOWN_GRACE_MS`, shown
   * `PROXY_SHUTDOWN_GRACE_MS=0`).
   */
  graceSetting: string
  /** What the server does during the grace; default `answering the requests in flight`. */
  during?: string
  /** Runs once the close ended, well or not, just before the exit: writes what is still queued. */
  beforeExit?: () => void
  /** Where a stop is said; default `console.log`. */
  print?: (line: string) => void
  /** Where a failed close is said; default `console.error`. */
  printError?: (line: string) => void
  /** Where the signals come from; default `process`. */
  signals?: Pick<NodeJS.EventEmitter, 'on' | 'off'>
  /** Ends the program; default `process.exit`. */
  exit?: (code: number) => void
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * Stops a server on SIGINT (Ctrl-C) or SIGTERM (`docker stop`, a deploy): the first signal calls
 * `close(graceMs)` and says so, naming the setting and that the signal again stops now; a second
 * one calls `close(0)`, which ends the grace (`gracefulClose`). Once closed the program exits 0,
 * or, if the close failed (rejected or threw), says `close failed` with its message and exits 1,
 * so a supervisor reads the failure rather than a clean stop. Returns a function that stops
 * listening. The `briq-proxy` and `briq-mock` bins stop so.
 *
 * @example
 * const closeGracefully = gracefulClose(server)
 * stopOnSignals(closeGracefully, { name: 'my-server', graceMs: 8000, graceSetting: '--grace' })
 */
export function stopOnSignals(close: CloseGracefully, options: StopOnSignalsOptions): () => void {
  const {
    name,
    graceMs,
    graceSetting,
    during = 'answering the requests in flight',
    beforeExit,
    print = console.log,
    printError = console.error,
    signals = process,
    exit = (code: number) => process.exit(code),
  } = options
  const noGrace = graceSetting.startsWith('-') ? `${graceSetting} 0` : `${graceSetting}=0`
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      print(`${name}: ${signal} again, stopping now`)
      // The same close: the first signal's handler says how it ended.
      closing(0).catch(() => {})
      return
    }
    stopping = true
    print(
      graceMs === 0
        ? `${name}: ${signal}, stopping now (${noGrace})`
        : `${name}: ${signal}, stopping: ${during} (at most ${graceMs / 1000} s, ${graceSetting}; ${signal} again stops now)`,
    )
    closing(graceMs).then(
      () => end(0),
      (error: unknown) => end(1, `${name}: close failed: ${error instanceof Error ? error.message : String(error)}`),
    )
  }
  // A close that throws rather than rejects fails the same way.
  const closing = async (ms: number) => close(ms)
  // What was queued goes out before the failure is said, in the order it happened.
  const end = (code: number, failure?: string) => {
    try {
      beforeExit?.()
    } finally {
      if (failure !== undefined) printError(failure)
      exit(code)
    }
  }
  for (const signal of STOP_SIGNALS) signals.on(signal, stop)
  return () => {
    for (const signal of STOP_SIGNALS) signals.off(signal, stop)
  }
}
