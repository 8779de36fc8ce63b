import type { BriqError } from '@briq-interactive/core'

/** The code a failed send is shown under: Briq's first error code, else the kind in capitals. */
export function failureCode(error: BriqError): string {
  return error.code ?? error.kind.toUpperCase()
}
