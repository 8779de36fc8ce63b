/** A request body parsed as JSON, or the reason it could not be. */
export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; message: string }

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Parses a UTF-8 JSON body; an empty body is `undefined`. */
export function parseJsonBody(bytes: Uint8Array): JsonBodyResult {
  if (bytes.byteLength === 0) return { ok: true, value: undefined }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return { ok: false, message: 'The request body is not valid UTF-8.' }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    // The engine's message quotes the input; echoing client input back is not worth the risk.
    return { ok: false, message: 'The request body is not valid JSON; send a JSON object.' }
  }
}
