/** The WhatsApp delivery events Briq posts to your webhook URL (docs.briq.tz, guides/whatsapp-webhooks). */
export type WebhookEventName = 'whatsapp.sent' | 'whatsapp.delivered' | 'whatsapp.read' | 'whatsapp.failed'

/** `data` of every WhatsApp event. Briq documents only `message_id`; other keys are kept as sent. */
export interface WebhookMessageData {
  /** Briq's message id, the `message_id` returned by the send. */
  message_id: string
  /** Keys Briq has not documented yet (recipient, provider id, …), passed through untouched. */
  [key: string]: unknown
}

/** `data` of a `whatsapp.failed` event. */
export interface WebhookFailedData extends WebhookMessageData {
  /** The provider's error code, when given (e.g. `131052`). */
  error_code?: string | number | null
  /** A description of the failure, when given. */
  error_message?: string | null
}

/**
 * The envelope every WhatsApp event shares, for the event `Name` and its `data`: `WebhookEvent` is
 * the union of the four. Name one event's type with it, e.g.
 * `WebhookEventBase<'whatsapp.failed', WebhookFailedData>` for a handler of failures only.
 */
export interface WebhookEventBase<Name extends WebhookEventName, Data extends WebhookMessageData> {
  /** Which status change this is. */
  event: Name
  /** Unique per event (`wa_<32 hex>`; the SMS guide's envelope calls it `id`); use it to ignore redeliveries. */
  event_id: string
  /** The developer app whose key sent the message. */
  app_id: string
  /** Always `whatsapp` for these events (`channel` in the SMS guide's envelope). */
  service_type: 'whatsapp'
  /** When it happened, as Briq sent it (`created_at` in the SMS guide's envelope; the format is not documented). */
  timestamp: string | number
  /** The message the event is about. */
  data: Data
}

/** One parsed WhatsApp webhook event; switch on `event`. */
export type WebhookEvent =
  | WebhookEventBase<'whatsapp.sent', WebhookMessageData>
  | WebhookEventBase<'whatsapp.delivered', WebhookMessageData>
  | WebhookEventBase<'whatsapp.read', WebhookMessageData>
  | WebhookEventBase<'whatsapp.failed', WebhookFailedData>

/**
 * What `parseWebhookEvent` returns: the event, or a sentence saying what is wrong. Each side has
 * the other's keys as absent, so `!result.ok` reads also without strictNullChecks.
 */
export type WebhookEventParseResult =
  | { ok: true; event: WebhookEvent; error?: never; unsupported?: never }
  | {
      ok: false
      event?: never
      /** A sentence saying what is wrong. */
      error: string
      /**
       * Set when the body names an event this kit does not handle (`whatsapp.received`, which
       * Briq lists as upcoming, or any other name): nothing is wrong with the delivery itself.
       */
      unsupported?: true
    }
