// The proxy's public results read the way most code reads them, `if (!read.ok)` first: this
// project compiles with strictNullChecks off, where that check narrows nothing.
import { readTrustProxy } from '@briq-interactive/proxy/node'

export function trustProxyOf(env: NodeJS.ProcessEnv): boolean {
  const read = readTrustProxy(env)
  if (!read.ok) throw new Error(read.error)
  return read.trustProxy
}
