import type { Exclusive } from './exclusive.ts'
import type { InteractiveReply } from './interactive-reply.ts'
import { isRecord } from './is-record.ts'

/** The `nfm_reply` name of a submitted address (Meta, Address messages guide); any other is a flow. */
export const ADDRESS_REPLY_NAME = 'address_message'

/**
 * A flow's or an address's `response_json`, parsed. `raw` is the string exactly as it came, for
 * a host that stores or forwards it untouched. A payload that is not JSON, or is JSON but not an
 * object, is `ok: false` with its `reason` (`not_json`, `not_json_object`); reading never throws.
 */
export type ReplyResponse = Exclusive<
  | {
      ok: true
      /** The `response_json` string as received. */
      raw: string
      /** Its object: a flow's fields with its `flow_token`, an address's `values` (and `saved_address_id`). */
      value: Record<string, unknown>
    }
  | {
      ok: false
      /** The `response_json` string as received. */
      raw: string
      /** `not_json`: JSON.parse refused it; `not_json_object`: it parsed to a list, string, number or null. */
      reason: 'not_json' | 'not_json_object'
    }
>

/**
 * What a customer's answer means, read once for every part that shows or handles it (the
 * preview's bubble, the send dialog, a host's own code): a `tap` on a reply button, carousel
 * quick reply or list row; a shared `location` with the words that name it; a
 * `call_permission` answer; a completed `flow`; a submitted `address`.
 */
export type ReplyReading =
  | {
      kind: 'tap'
      /** The tapped button's, quick reply's or row's id. */
      id: string
      /** Its title, as the customer's chat shows it. */
      title: string
      /** A list row's description, when it had one. */
      description?: string
    }
  | {
      kind: 'location'
      /** The words that name the place: its name, else its address, else `latitude, longitude`. */
      place: string
      /** Degrees north (negative: south). */
      latitude: number
      /** Degrees east (negative: west). */
      longitude: number
    }
  | {
      kind: 'call_permission'
      /** Whether the business may call the customer (`response: "accept"`). */
      allowed: boolean
      /** Whether the permission lasts until revoked rather than for a while (`is_permanent`). */
      permanent: boolean
      /** When a temporary permission ends, in Unix seconds (`expiration_timestamp`), when given. */
      expiresAt?: number
    }
  | {
      kind: 'flow'
      /** The flow's `nfm_reply` name (`flow` as Meta sends it). */
      name: string
      /** The `flow_token` the flow was sent with, when `response_json` holds one as a string. */
      flowToken?: string
      /** The submitted values (Meta, Receive a Flow response guide). */
      response: ReplyResponse
    }
  | {
      kind: 'address'
      /** The address in words as the customer's chat shows it (`body`), when not empty. */
      address?: string
      /** The submitted address fields with text values (`values` in `response_json`: `city`, `in_pin_code`, …). */
      values: Record<string, string>
      /** The id of the saved address the customer picked, when they picked one (`saved_address_id`). */
      savedAddressId?: string
      /** The whole `response_json` (Meta, Address messages guide). */
      response: ReplyResponse
    }

/** Parses a `response_json`; a broken payload is a result, never an exception. */
export function parseReplyResponse(raw: string): ReplyResponse {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    // A SyntaxError, or a RangeError for nesting deeper than the engine's stack.
    return { ok: false, raw, reason: 'not_json' }
  }
  return isRecord(value) ? { ok: true, raw, value } : { ok: false, raw, reason: 'not_json_object' }
}

// Built from entries, so a "__proto__" key (JSON.parse makes one) is a value like any other.
const textValues = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    isRecord(value)
      ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      : [],
  )

/**
 * Reads what a customer's answer means (Meta, Cloud API webhooks reference, messages): a
 * `button_reply` or `list_reply` is a tap; an `nfm_reply` named `address_message` is an address
 * (Meta, Address messages guide) and any other `nfm_reply` a flow (Meta, Receive a Flow response
 * guide), with its `response_json` parsed (see {@link ReplyResponse}).
 */
export function readReply(reply: InteractiveReply): ReplyReading {
  switch (reply.type) {
    case 'button_reply':
      return { kind: 'tap', id: reply.button_reply.id, title: reply.button_reply.title }
    case 'list_reply': {
      const { id, title, description } = reply.list_reply
      return description === undefined ? { kind: 'tap', id, title } : { kind: 'tap', id, title, description }
    }
    case 'location': {
      const { name, address, latitude, longitude } = reply.location
      return { kind: 'location', place: name || address || `${latitude}, ${longitude}`, latitude, longitude }
    }
    case 'call_permission_reply': {
      const answer = reply.call_permission_reply
      const reading: ReplyReading = {
        kind: 'call_permission',
        allowed: answer.response === 'accept',
        permanent: answer.is_permanent === true,
      }
      if (answer.expiration_timestamp !== undefined) reading.expiresAt = answer.expiration_timestamp
      return reading
    }
    case 'nfm_reply': {
      const { name, body, response_json: raw } = reply.nfm_reply
      const response = parseReplyResponse(raw)
      const value = response.ok ? response.value : {}
      if (name !== ADDRESS_REPLY_NAME) {
        const token = value.flow_token
        return typeof token === 'string'
          ? { kind: 'flow', name, flowToken: token, response }
          : { kind: 'flow', name, response }
      }
      const reading: ReplyReading = { kind: 'address', values: textValues(value.values), response }
      if (body) reading.address = body
      if (typeof value.saved_address_id === 'string') reading.savedAddressId = value.saved_address_id
      return reading
    }
  }
}
