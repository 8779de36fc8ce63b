import type { ReadonlyDeep } from '../readonly-deep.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'

/**
 * A copy of `request` as it is now, the controller's own: what it sends, what its snapshot and
 * callbacks give back, and what its duplicate guard keys on stay the message that was sent, when
 * the caller's object (a form's draft, a store's state, one written `as const`) changes after the
 * press. Plain objects and arrays are copied at every depth, by their own enumerable keys (read
 * through a proxy's traps, so a Vue or MobX draft is copied as plain data, where
 * `structuredClone` refuses it); anything else (a string, a Date, a function) is kept as it is;
 * a cycle stays a cycle. A request that cannot be read (a getter that throws) is kept as it is:
 * the client's validation then says what is wrong with it.
 */
export function requestCopy(request: ReadonlyDeep<SendInteractiveRequest>): SendInteractiveRequest {
  try {
    return copied(request, new Map()) as SendInteractiveRequest
  } catch {
    return request as SendInteractiveRequest
  }
}

function copied(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const earlier = seen.get(value)
  if (earlier !== undefined) return earlier
  if (Array.isArray(value)) {
    const items: unknown[] = []
    seen.set(value, items)
    for (const item of value) items.push(copied(item, seen))
    return items
  }
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  const fields: Record<string, unknown> = prototype === null ? Object.create(null) : {}
  seen.set(value, fields)
  for (const key of Object.keys(value)) {
    // Defined, not assigned: a "__proto__" key (JSON.parse makes one; a flow's data is the host's
    // own JSON) stays a key of the copy instead of setting its prototype.
    Object.defineProperty(fields, key, {
      value: copied((value as Record<string, unknown>)[key], seen),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return fields
}
