/**
 * Whether a caller's `X-Request-Id` may be taken as the request's id and echoed (in the answer's
 * `X-Request-Id`, its `request_id` and a log line): at least `minLength` and at most 128 of
 * `[A-Za-z0-9._:-]`, so nothing can smuggle markup or header syntax into a log line or a
 * client's error. The proxy and the standalone mock both take ids by it.
 */
export function isEchoableRequestId(value: string | null, minLength = 1): value is string {
  return value !== null && value.length >= minLength && /^[A-Za-z0-9._:-]{1,128}$/.test(value)
}
