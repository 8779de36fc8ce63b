import { createSecretRedactor, MIN_API_KEY_LENGTH, PRINTABLE_ASCII } from '../redact-secret.ts'

/**
 * Removes the API key from a startup error before it is printed: config errors quote the value
 * they refuse, and a key pasted into the wrong variable must not end up in a terminal or CI log.
 */
export function redactStartupError(message: string, apiKey: string | undefined): string {
  const key = apiKey?.trim() ?? ''
  // A key this short is refused at creation, and would be cut out of the message's words.
  if ([...key].length < MIN_API_KEY_LENGTH) return message
  if (PRINTABLE_ASCII.test(key)) return createSecretRedactor(key).redactText(message)
  return message.split(key).join('[redacted]')
}
