import type { WebhookEvent, WebhookEventName, WebhookEventParseResult } from './webhook-event.ts'

const EVENT_NAMES: readonly string[] = [
  'whatsapp.sent',
  'whatsapp.delivered',
  'whatsapp.read',
  'whatsapp.failed',
] satisfies WebhookEventName[]

const decoder = new TextDecoder('utf-8', { fatal: true })
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0

function decode(rawBody: string | Uint8Array | ArrayBuffer): string | null {
  if (typeof rawBody === 'string') return rawBody
  try {
    return decoder.decode(rawBody)
  } catch {
    return null
  }
}

function checkFailedData(data: Record<string, unknown>): string | null {
  const code = data.error_code
  if (code !== undefined && code !== null && typeof code !== 'string' && typeof code !== 'number') {
    return 'data.error_code must be a string or a number.'
  }
  const message = data.error_message
  if (message !== undefined && message !== null && typeof message !== 'string')
    return 'data.error_message must be a string.'
  return null
}

// `instanceof` asks for the prototype, which a revoked or hostile Proxy answers by throwing.
function isRawBody(value: unknown): value is string | Uint8Array | ArrayBuffer {
  try {
    return typeof value === 'string' || value instanceof Uint8Array || value instanceof ArrayBuffer
  } catch {
    return false
  }
}

/**
 * Parses a Briq WhatsApp webhook body (verify its signature first) into a typed event:
 * `whatsapp.sent`, `whatsapp.delivered`, `whatsapp.read` or `whatsapp.failed`. Takes both
 * envelopes Briq documents — the WhatsApp guide's `event_id`/`service_type`/`timestamp` and the
 * SMS subscriber guide's `id`/`channel`/`created_at` — and gives the event in the WhatsApp
 * guide's names. Never throws; anything else is `{ ok: false, error }` saying what is wrong.
 */
export function parseWebhookEvent(rawBody: string | Uint8Array | ArrayBuffer): WebhookEventParseResult {
  if (!isRawBody(rawBody)) {
    return {
      ok: false,
      error: 'parseWebhookEvent needs the raw body (request.text() or its bytes), not an already parsed object.',
    }
  }
  const text = decode(rawBody)
  if (text === null) return { ok: false, error: 'The webhook body is not valid UTF-8.' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, error: 'The webhook body is not valid JSON.' }
  }
  if (!isRecord(value)) return { ok: false, error: 'The webhook body must be a JSON object.' }
  // Briq's WhatsApp webhooks guide names the envelope's fields event_id / service_type /
  // timestamp; its SMS subscriber guide, id / channel / created_at. Both are read, and the
  // event is given back in the WhatsApp guide's names.
  const { id, channel, created_at: createdAt, ...rest } = value
  const envelope: Record<string, unknown> = {
    ...rest,
    event_id: value.event_id ?? id,
    service_type: value.service_type ?? channel,
    timestamp: value.timestamp ?? createdAt,
  }
  const { event, event_id, app_id, service_type, timestamp, data } = envelope
  if (!isText(event)) return { ok: false, error: 'The webhook body has no "event" name.' }
  if (event === 'whatsapp.received') {
    return {
      ok: false,
      error: 'whatsapp.received (inbound messages) is not supported by Briq yet; poll the messages list.',
      unsupported: true,
    }
  }
  if (!EVENT_NAMES.includes(event)) {
    return {
      ok: false,
      error: `Unknown webhook event "${event.slice(0, 60)}"; expected one of ${EVENT_NAMES.join(', ')}.`,
      unsupported: true,
    }
  }
  if (!isText(event_id)) return { ok: false, error: 'The webhook body is missing "event_id" (or "id").' }
  if (!isText(app_id)) return { ok: false, error: 'The webhook body is missing "app_id".' }
  if (service_type !== 'whatsapp') {
    const name = value.service_type === undefined && channel !== undefined ? 'channel' : 'service_type'
    return { ok: false, error: `"${name}" must be "whatsapp".` }
  }
  if (!isText(timestamp) && typeof timestamp !== 'number') {
    return { ok: false, error: 'The webhook body is missing "timestamp" (or "created_at").' }
  }
  if (!isRecord(data)) return { ok: false, error: 'The webhook body is missing the "data" object.' }
  if (!isText(data.message_id)) return { ok: false, error: 'The webhook body is missing "data.message_id".' }
  if (event === 'whatsapp.failed') {
    const problem = checkFailedData(data)
    if (problem) return { ok: false, error: problem }
  }
  const sameShape = id === undefined && channel === undefined && createdAt === undefined
  return { ok: true, event: (sameShape ? value : envelope) as unknown as WebhookEvent }
}
