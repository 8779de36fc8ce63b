import { BriqError, isBriqError } from '../client/briq-error.ts'
import { errorReason } from '../error-reason.ts'

/**
 * `createBriqClient` rejects only with `BriqError`, but a `BriqClient` of your own can throw
 * anything; the stores promise a `BriqError`, so anything else becomes one of kind `network`,
 * which `mayHaveBeenSent` reads as maybe sent: nothing says it failed before its request left.
 */
export function toBriqError(error: unknown, what: string): BriqError {
  if (isBriqError(error)) return error
  const reason = errorReason(error)
  return new BriqError({ kind: 'network', message: `${what} failed before an answer: ${reason}`, cause: error })
}
