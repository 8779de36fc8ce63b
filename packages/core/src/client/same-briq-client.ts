import type { BriqClient } from './briq-client.ts'
import type { BriqClientOptions } from './client-options.ts'

// The options each client of createBriqClient was made with, top level copied as given.
const madeWith = new WeakMap<object, Readonly<BriqClientOptions>>()

/** Records the options `client` was made with (createBriqClient does, for {@link sameBriqClient}). */
export function rememberClientOptions(client: BriqClient, options: BriqClientOptions): void {
  madeWith.set(client, { ...options })
}

// Equal, or plain records (a headers record, retry, validation) with the same own keys and values.
function sameOption(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (!isPlainRecord(a) || !isPlainRecord(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]))
  )
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Whether two clients call Briq alike: the same object, or both made by `createBriqClient` with
 * the same options (the same endpoint, `fetch` and `headers` function, equal headers records and
 * `retry`/`validation` values). A UI keeping send state per client reads a client made again on
 * every render (`client={createBriqClient({ endpoint })}` written inline) as the one it had, so
 * the state, and what it knows was sent, is not lost on a re-render.
 *
 * @example
 * sameBriqClient(createBriqClient({ endpoint: '/api/briq' }), createBriqClient({ endpoint: '/api/briq' })) // true
 */
export function sameBriqClient(a: BriqClient, b: BriqClient): boolean {
  if (a === b) return true
  const first = madeWith.get(a)
  const second = madeWith.get(b)
  if (first === undefined || second === undefined) return false
  const keys = new Set([...Object.keys(first), ...Object.keys(second)])
  return [...keys].every((key) =>
    sameOption(first[key as keyof BriqClientOptions], second[key as keyof BriqClientOptions]),
  )
}
