import { isRecord } from '../is-record.ts'

/**
 * The interactive object a whole message carries, or `undefined` when `value` is not one: Meta's
 * message as its docs show it (`messaging_product`, `to`, `type: "interactive"`, `interactive`)
 * or Briq's send request (`to`, `interactive`), as exported, copied from docs or pasted.
 */
export function wrappedInteractive(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && isRecord(value.interactive) ? value.interactive : undefined
}

/**
 * The recipient a whole message or send request carries (`to`), when it wraps an interactive
 * object (`wrappedInteractive`): keeping only the object must not lose who it was for.
 */
export function wrappedRecipient(value: unknown): string | undefined {
  return wrappedInteractive(value) && isRecord(value) && typeof value.to === 'string' ? value.to : undefined
}
