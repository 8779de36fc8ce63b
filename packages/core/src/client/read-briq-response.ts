import { CLIENT_READ_HEADERS, viaBriqProxy } from '../contract/client-read-headers.ts'
import { isMockCode, isProxyCode } from '../contract/proxy-codes.ts'
import { type Shape, type ShapeOutput, shapeProblem } from '../contract/shape.ts'
import { isRecord } from '../is-record.ts'
import { BriqError } from './briq-error.ts'
import { parseRetryAfter } from './parse-retry-after.ts'
import { holdsNoBriqError, readErrorBody } from './read-error-body.ts'
import { readWebPage } from './web-page-answer.ts'

/**
 * Turns Briq's answer into the parsed `data`, or throws a {@link BriqError}. Accepts the
 * envelope (`{success, data, errors, request_id}`) and bare resources (the senders and templates reads: docs.briq.tz, guides/whatsapp-senders-templates);
 * the payload is checked against `shape` either way (`shapeProblem`: the first field that differs).
 * The answer to a send (`sends`) may leave its `status` out; it is then the HTTP code's (see
 * `withSendStatus`). `keySent` is what the client knows of the API key before the answer
 * (`BriqError.keySent`); an answer `@briq-interactive/proxy` forwarded says one went.
 */
export async function readBriqResponse<S extends Shape>(
  response: Response,
  shape: S,
  sends = false,
  keySent?: boolean,
): Promise<ShapeOutput<S>> {
  const text = await response.text()
  const status = response.status
  const parsed = parseJson(text)
  const body = parsed.ok ? parsed.value : undefined
  const envelope = isEnvelope(body) ? body : undefined
  // Not JSON, but a web page (a gateway's, a portal's, a site's own): said, never quoted.
  // Content-Type is safelisted (Fetch standard, "CORS-safelisted response-header name"): a page
  // reads it from any origin without its being exposed.
  const webPage = parsed.ok ? undefined : readWebPage(text, response.headers.get('content-type'), status)
  const requestId =
    (typeof envelope?.request_id === 'string' ? envelope.request_id : undefined) ??
    response.headers.get(CLIENT_READ_HEADERS.requestId) ??
    undefined

  if (!response.ok || envelope?.success === false) {
    const { code, errors } = readErrorBody(body, status)
    // A success status says the request was taken; `success: false` with no error saying why
    // contradicts it, so neither can be believed: an answer that cannot be read.
    if (response.ok && errors.length === 0) {
      const message = `Briq answered ${status} with success false and no error saying why`
      throw new BriqError({ kind: 'invalid_response', message, status, requestId })
    }
    const first = errors[0]
    // The standalone mock answers as Briq, but its own refusals (`MOCK_*`) are its setting, not
    // Briq's; an answer with none of Briq's errors (a gateway's page) is not named Briq's either.
    const who = isProxyCode(code)
      ? 'Your proxy'
      : isMockCode(code)
        ? 'The mock'
        : holdsNoBriqError({ code, errors })
          ? 'The server'
          : 'Briq'
    const label = `${who} answered ${status}${code === undefined ? '' : ` ${code}`}`
    let message: string
    if (first !== undefined && first.message !== '') {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
      message = `${label}: ${first.message}${more}`
    } else {
      const statusText = code === undefined && response.statusText ? ` ${response.statusText}` : ''
      const bodyNote = text.trim() === '' ? ' with an empty body' : parsed.ok ? '' : ' with a body that is not JSON'
      message = `${label}${statusText}${bodyNote}`
    }
    const retryAfterMs = parseRetryAfter(response.headers.get(CLIENT_READ_HEADERS.retryAfter))
    // An answer the proxy forwarded went with its key, whatever the client sent.
    const sent = viaBriqProxy(response.headers.get(CLIENT_READ_HEADERS.via)) ? true : keySent
    throw new BriqError({
      kind: 'http',
      message,
      status,
      code,
      errors,
      requestId,
      retryAfterMs,
      webPage,
      keySent: sent,
    })
  }

  if (!parsed.ok) {
    const message = `The server answered ${status} with a body that is not JSON`
    throw new BriqError({ kind: 'invalid_response', message, status, requestId, webPage, cause: parsed.error })
  }
  const data = envelope === undefined ? body : envelope.data
  const payload = sends ? withSendStatus(data, status) : data
  const problem = shapeProblem(shape, payload)
  if (problem === undefined) return payload as ShapeOutput<S>
  const where = [...(envelope === undefined ? [] : ['data']), ...problem.path].join('.')
  const expected = problem.expected === undefined ? '' : `, expected ${problem.expected}`
  const message = `Briq answered ${status} with a body of an unexpected shape: ${where || 'the body'} (${problem.code}${expected})`
  throw new BriqError({ kind: 'invalid_response', message, status, requestId, cause: problem })
}

/**
 * A send's result with its `status` filled in from the HTTP code when Briq left it out: the
 * older send answers 200 "sent synchronously" or 202 queued with no `status` in `data`
 * (docs.briq.tz, api-reference/karibu-whatsapp/send-interactive-message). Reading that success
 * as an unreadable answer would invite sending the message again.
 */
function withSendStatus(data: unknown, httpStatus: number): unknown {
  if (!isRecord(data) || data.status !== undefined) return data
  return { ...data, status: httpStatus === 200 ? 'sent' : 'pending' }
}

type JsonResult = { ok: true; value: unknown } | { ok: false; error: unknown }

// An empty body reads as null, so a 204 can satisfy a nullable schema.
function parseJson(text: string): JsonResult {
  if (text.trim() === '') return { ok: true, value: null }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, error }
  }
}

interface EnvelopeLike {
  success: boolean
  data?: unknown
  request_id?: unknown
}

function isEnvelope(body: unknown): body is EnvelopeLike & Record<string, unknown> {
  return isRecord(body) && typeof body.success === 'boolean'
}
