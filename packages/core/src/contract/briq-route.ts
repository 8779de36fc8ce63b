import type * as z from 'zod/mini'
import type { SchemaOptions } from '../schemas/schema-options.ts'
import type { Shape } from './shape.ts'

/** One endpoint of Briq's WhatsApp API, as the client, the proxy and the mock all know it. */
export interface BriqRoute<Id extends string = string> {
  /** A stable name: the mock registers its handler under it, tests and logs name it. */
  readonly id: Id
  /** The HTTP method. */
  readonly method: 'GET' | 'POST'
  /** Briq's path; `:name` stands for one path segment, e.g. `/v1/whatsapp/messages/:message_id`. */
  readonly path: string
  /** It sends a WhatsApp message (checked before forwarding; the mock's send faults hit it). */
  readonly sends: boolean
  /** The kit uses it: the client calls it, and the proxy forwards exactly these routes. */
  readonly proxied: boolean
  /** The JSON body's schema, for the given options; absent where the kit does not model the body. */
  readonly request?: (options?: SchemaOptions) => z.ZodMiniType
  /**
   * The success payload's shape (the envelope's `data`, or a bare body); absent where not
   * modelled. `shapeSchema(route.response)` is its zod schema.
   */
  readonly response?: Shape
}

/**
 * A route's path with its `:name` segments filled in, each value percent-encoded:
 * `routePath(getMessageRoute, { message_id: 'abc' })` → `/v1/whatsapp/messages/abc`.
 */
export function routePath(route: Pick<BriqRoute, 'path'>, params: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = params[name]
    if (value === undefined) throw new TypeError(`routePath: ${route.path} needs ${name}`)
    return encodeURIComponent(value)
  })
}
