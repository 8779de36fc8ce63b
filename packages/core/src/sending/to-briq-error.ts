import { BriqError } from '../client/briq-error.ts'

/**
 * The client rejects with `BriqError`, but a `headers` function or a custom `fetch` can throw
 * anything; the stores promise a `BriqError`, so anything else becomes one of kind `network`.
 */
export function toBriqError(error: unknown, what: string): BriqError {
  if (error instanceof BriqError) return error
  const reason = error instanceof Error ? error.message : String(error)
  return new BriqError({ kind: 'network', message: `${what} failed before an answer: ${reason}`, cause: error })
}
