import { isRecord } from '../is-record.ts'

/**
 * The interactive object a whole message carries, or `undefined` when `value` is not one: Meta's
 * message as its docs show it (`messaging_product`, `to`, `type: "interactive"`, `interactive`)
 * or Briq's send request (`to`, `interactive`), as exported, copied from docs or pasted.
 */
export function wrappedInteractive(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && isRecord(value.interactive) ? value.interactive : undefined
}
