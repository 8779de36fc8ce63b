import { createSecretRedactor } from '../redact-secret.ts'

/**
 * Removes the API key from a startup error before it is printed: config errors quote the value
 * they refuse, and a key pasted into the wrong variable must not end up in a terminal or CI log.
 */
export function redactStartupError(message: string, apiKey: string | undefined): string {
  const key = apiKey?.trim() ?? ''
  if (key === '') return message
  if (/^[\x21-\x7e]+$/.test(key)) return createSecretRedactor(key).redactText(message)
  return message.split(key).join('[redacted]')
}
