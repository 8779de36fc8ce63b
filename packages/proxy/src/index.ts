export { bearerTokenAuthorize } from './bearer-token-authorize.ts'
export { createBriqProxy } from './create-briq-proxy.ts'
export { lazyBriqProxy } from './lazy-briq-proxy.ts'
export type {
  BriqProxyAuthorize,
  BriqProxyHandler,
  BriqProxyLogEvent,
  BriqProxyOptions,
} from './proxy-options.ts'
export { type EnvSource, requireEnv } from './require-env.ts'
export { parseWebhookEvent } from './webhooks/parse-webhook-event.ts'
export { type ReceivedWebhook, type ReceiveWebhookOptions, receiveWebhook } from './webhooks/receive-webhook.ts'
export { verifyWebhookSignature } from './webhooks/verify-webhook-signature.ts'
export type {
  WebhookEvent,
  WebhookEventBase,
  WebhookEventName,
  WebhookEventParseResult,
  WebhookFailedData,
  WebhookMessageData,
} from './webhooks/webhook-event.ts'
