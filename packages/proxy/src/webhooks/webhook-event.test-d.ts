import { expectTypeOf } from 'vitest'
import {
  parseWebhookEvent,
  type WebhookEvent,
  type WebhookEventBase,
  type WebhookFailedData,
  type WebhookMessageData,
} from '../index.ts'

// A handler of one event names its type with the envelope every event shares.
type FailedEvent = WebhookEventBase<'whatsapp.failed', WebhookFailedData>
const onFailed = (event: FailedEvent) => event.data.error_code

const result = parseWebhookEvent('{}')
if (result.ok && result.event.event === 'whatsapp.failed') {
  expectTypeOf(result.event).toEqualTypeOf<FailedEvent>()
  onFailed(result.event)
}
expectTypeOf<WebhookEventBase<'whatsapp.read', WebhookMessageData>>().toMatchTypeOf<WebhookEvent>()
// @ts-expect-error: a read event carries no failure to read.
onFailed({} as WebhookEventBase<'whatsapp.read', WebhookMessageData>)
