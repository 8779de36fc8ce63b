import type { SendResult, SendSnapshot } from '@briq-interactive/core'

/**
 * The sent message the dialog shows and follows: the send's answer once it succeeded, and after
 * a refused identical resend (`DUPLICATE_SEND`) the earlier send it repeats, so its status stays
 * in view beside the refusal.
 */
export function followedMessage(sending: SendSnapshot): SendResult | undefined {
  if (sending.status === 'success') return sending.data
  return sending.error?.code === 'DUPLICATE_SEND' ? sending.data : undefined
}
