import type { InteractiveReply } from '../interactive-reply.ts'
import { isRecord } from '../is-record.ts'

// A non-list object, as zod's object schemas take one; its properties are read as `value[key]`.
type Fields = Record<string, unknown>

// An optional field: Meta leaves it out, a serializer that writes every field (Briq's content
// shape is not published) writes null; neither should lose the whole reply. Any other type does.
const ABSENT = Symbol('absent')
const WRONG = Symbol('wrong')
function optionalField<T>(value: unknown, is: (value: unknown) => value is T): T | typeof ABSENT | typeof WRONG {
  if (value === undefined || value === null) return ABSENT
  return is(value) ? value : WRONG
}
const isString = (value: unknown): value is string => typeof value === 'string'
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Reads the optional `keys` of `source` into a new object; null when one has the wrong type. */
function optionals<T extends Fields>(source: Fields, checks: { [K in keyof T]-?: (value: unknown) => value is T[K] }) {
  const out: Fields = {}
  for (const key of Object.keys(checks)) {
    const read = optionalField(source[key], checks[key as keyof T])
    if (read === WRONG) return null
    if (read !== ABSENT) out[key] = read
  }
  return out as Partial<T>
}

/** A shared location (`{ latitude, longitude, name?, address? }`, Meta's `location` object). */
function readLocation(value: unknown): InteractiveReply | null {
  if (!isRecord(value)) return null
  const { latitude, longitude } = value
  if (!isNumber(latitude) || !isNumber(longitude)) return null
  const rest = optionals<{ name: string; address: string }>(value, { name: isString, address: isString })
  return rest && { type: 'location', location: { latitude, longitude, ...rest } }
}

/** An answer in Meta's shape, extra keys ignored; null when `value` is not one. */
function readReply(value: unknown): InteractiveReply | null {
  if (!isRecord(value)) return null
  switch (value.type) {
    case 'button_reply': {
      const reply = value.button_reply
      if (!isRecord(reply)) return null
      const { id, title } = reply
      return isString(id) && isString(title) ? { type: 'button_reply', button_reply: { id, title } } : null
    }
    case 'list_reply': {
      const row = value.list_reply
      if (!isRecord(row)) return null
      const { id, title } = row
      if (!isString(id) || !isString(title)) return null
      const rest = optionals<{ description: string }>(row, { description: isString })
      return rest && { type: 'list_reply', list_reply: { id, title, ...rest } }
    }
    case 'location':
      return readLocation(value.location)
    case 'call_permission_reply': {
      const answer = value.call_permission_reply
      if (!isRecord(answer)) return null
      const { response } = answer
      if (response !== 'accept' && response !== 'reject') return null
      const rest = optionals<{ is_permanent: boolean; expiration_timestamp: number; response_source: string }>(answer, {
        is_permanent: isBoolean,
        expiration_timestamp: isNumber,
        response_source: isString,
      })
      return rest && { type: 'call_permission_reply', call_permission_reply: { response, ...rest } }
    }
    case 'nfm_reply': {
      const form = value.nfm_reply
      if (!isRecord(form)) return null
      const { name, response_json: responseJson } = form
      if (!isString(name) || !isString(responseJson)) return null
      const rest = optionals<{ body: string }>(form, { body: isString })
      return rest && { type: 'nfm_reply', nfm_reply: { name, ...rest, response_json: responseJson } }
    }
    default:
      return null
  }
}

/**
 * Reads the customer's answer from an inbound message's `content` (and its `message_type`):
 * a `button_reply`, `list_reply`, `call_permission_reply` or `nfm_reply` (a flow or an address)
 * in Meta's shape, either at the top level or nested as Meta's webhook puts it
 * (`{ type: "interactive", interactive: { type: "button_reply", … } }`), or a shared location:
 * `{ type: "location", location: { latitude, longitude, … } }`, or the bare `location` object
 * when `messageType` is `location`. Returns null for any other content (text, media, a malformed
 * answer, or a shape Briq has not documented). A plain reader, not a zod schema: zod's object
 * and union code would reach every app that shows replies for a few fixed shapes.
 */
export function interactiveReplyFromContent(content: unknown, messageType?: string | null): InteractiveReply | null {
  return (
    readReply(content) ??
    readReply(nestedInteractive(content)) ??
    (messageType === 'location' ? readLocation(content) : null)
  )
}

function nestedInteractive(content: unknown): unknown {
  if (typeof content !== 'object' || content === null || !Object.hasOwn(content, 'interactive')) return undefined
  return (content as { interactive: unknown }).interactive
}
