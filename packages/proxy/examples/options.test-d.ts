import { receiveWebhook } from '@briq-interactive/proxy'

// An app passes its own configuration's optional values as they are (`undefined` when unset),
// with exactOptionalPropertyTypes on (this folder's tsconfig).
declare const env: { BRIQ_WEBHOOK_SECRET: string; WEBHOOK_MAX_BYTES?: number }
declare const request: Request

void receiveWebhook(request, { secret: env.BRIQ_WEBHOOK_SECRET, maxBodyBytes: env.WEBHOOK_MAX_BYTES })
