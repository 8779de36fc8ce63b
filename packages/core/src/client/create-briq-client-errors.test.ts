import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { mayHaveBeenSent } from '../sending/may-have-been-sent.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

const API = 'https://app.test/api/briq'
const MESSAGE = `${API}/v1/whatsapp/messages/:id`
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const client = createBriqClient({ endpoint: API, retry: false })
const SEND: SendInteractiveRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: { text: 'Did this resolve your issue?' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
  },
}

/** The error `promise` rejects with; fails the test when it resolves or throws something else. */
async function failure(promise: Promise<unknown>): Promise<BriqError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(BriqError)
  return error as BriqError
}

function answer(response: () => Response) {
  server.use(http.get(MESSAGE, response))
  return failure(client.getMessage('m-1'))
}

describe('createBriqClient: error shapes', () => {
  it('reads an error envelope: code, every error with its field, request id', async () => {
    const error = await answer(() =>
      HttpResponse.json(
        {
          success: false,
          data: null,
          errors: [
            { code: 'VALIDATION_ERROR', message: 'to is invalid', field: 'to' },
            { code: 'VALIDATION_ERROR', message: 'interactive.type is required', field: 'interactive.type' },
          ],
          request_id: 'req-9',
        },
        { status: 422 },
      ),
    )
    expect(error).toMatchObject({ kind: 'http', status: 422, code: 'VALIDATION_ERROR', requestId: 'req-9' })
    expect(error.errors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'to is invalid', field: 'to' },
      { code: 'VALIDATION_ERROR', message: 'interactive.type is required', field: 'interactive.type' },
    ])
    expect(error.message).toBe('Briq answered 422 VALIDATION_ERROR: to is invalid (and 1 more)')
    expect(error.name).toBe('BriqError')
  })

  it('reads a {detail} string (bare read errors)', async () => {
    const error = await answer(() => HttpResponse.json({ detail: 'Message not found' }, { status: 404 }))
    expect(error).toMatchObject({ kind: 'http', status: 404, code: undefined })
    expect(error.errors).toEqual([{ code: 'HTTP_404', message: 'Message not found' }])
    expect(error.message).toBe('Briq answered 404: Message not found')
  })

  it("reads FastAPI's {detail: [{loc, msg, type}]} with the field after its location", async () => {
    const detail = [
      { loc: ['query', 'limit'], msg: 'Input should be less than or equal to 200', type: 'less_than_equal' },
      { loc: ['body'], msg: 'Field required', type: 'missing' },
    ]
    const error = await answer(() => HttpResponse.json({ detail }, { status: 422 }))
    expect(error).toMatchObject({ kind: 'http', status: 422, code: 'VALIDATION_ERROR' })
    expect(error.errors).toEqual([
      { code: 'less_than_equal', message: 'Input should be less than or equal to 200', field: 'limit' },
      { code: 'missing', message: 'Field required' },
    ])
  })

  it('reads the generic {error: {code, message}} shape', async () => {
    const error = await answer(() =>
      HttpResponse.json({ error: { code: 'CONFLICT', message: 'Already read' } }, { status: 409 }),
    )
    expect(error).toMatchObject({
      kind: 'http',
      status: 409,
      code: 'CONFLICT',
      message: 'Briq answered 409 CONFLICT: Already read',
    })
  })

  it('a non-JSON error page is an http error without the page in the message', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1><p>nginx secret-internal-host</p></body></html>'
    const error = await answer(
      () =>
        new HttpResponse(page, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }),
    )
    expect(error).toMatchObject({ kind: 'http', status: 502, errors: [] })
    expect(error.message).toBe('The server answered 502 Bad Gateway with a body that is not JSON')
  })

  it('an empty 401 says so; the request id comes from the header when the body has none', async () => {
    const error = await answer(
      () => new HttpResponse(null, { status: 401, statusText: 'Unauthorized', headers: { 'x-request-id': 'hdr-1' } }),
    )
    expect(error).toMatchObject({ kind: 'http', status: 401, requestId: 'hdr-1' })
    expect(error.message).toBe('The server answered 401 Unauthorized with an empty body')
  })

  it('403 WORKSPACE_REQUIRED', async () => {
    const errors = [{ code: 'WORKSPACE_REQUIRED', message: 'API key is not linked to a workspace', field: null }]
    const error = await answer(() =>
      HttpResponse.json({ success: false, data: null, errors, request_id: 'r' }, { status: 403 }),
    )
    expect(error).toMatchObject({ kind: 'http', status: 403, code: 'WORKSPACE_REQUIRED' })
    expect(error.errors).toEqual([{ code: 'WORKSPACE_REQUIRED', message: 'API key is not linked to a workspace' }])
  })

  it('500 with an unknown JSON body', async () => {
    const error = await answer(() =>
      HttpResponse.json({ oops: true }, { status: 500, statusText: 'Internal Server Error' }),
    )
    expect(error).toMatchObject({ kind: 'http', status: 500, errors: [] })
    expect(error.message).toBe('The server answered 500 Internal Server Error')
  })

  it('a 200 envelope with success:false is still an http error', async () => {
    const errors = [{ code: 'WINDOW_CLOSED', message: 'closed' }]
    const error = await answer(() => HttpResponse.json({ success: false, data: null, errors, request_id: 'r' }))
    expect(error).toMatchObject({ kind: 'http', status: 200, code: 'WINDOW_CLOSED' })
  })
})

describe('createBriqClient: invalid responses', () => {
  it('malformed JSON on 200 is invalid_response with the status', async () => {
    const error = await answer(
      () => new HttpResponse('{"success": true, "data": {', { headers: { 'content-type': 'application/json' } }),
    )
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200 })
    expect(error.message).toBe('The server answered 200 with a body that is not JSON')
  })

  it('a 2xx body of the wrong shape names the first bad field', async () => {
    const error = await answer(() =>
      HttpResponse.json({ success: true, data: { status: 42 }, errors: null, request_id: 'req-5' }),
    )
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200, requestId: 'req-5' })
    expect(error.message).toBe(
      'Briq answered 200 with a body of an unexpected shape: data.status (invalid_type, expected string)',
    )
  })

  it('an envelope with null data where data is required is invalid_response', async () => {
    const error = await answer(() => HttpResponse.json({ success: true, data: null, errors: null, request_id: 'r' }))
    expect(error.kind).toBe('invalid_response')
  })

  // A success status says Briq took the request; an envelope saying it failed, with no error to
  // say why, contradicts it: a send's answer that cannot be read, which may have been sent.
  it('a 2xx envelope with success:false and no error is invalid_response, maybe sent', async () => {
    // An error object that names no code, message or field says nothing either (errors: [{}]).
    const empty = [{}, { code: null, message: null, field: null }, { code: '', message: '' }]
    for (const errors of [null, [], undefined, [{}], empty, [null]]) {
      server.use(
        http.post(`${API}/v1/whatsapp/messages/interactive`, () =>
          HttpResponse.json({ success: false, data: null, errors, request_id: 'req-7' }, { status: 202 }),
        ),
      )
      const error = await failure(client.sendInteractive(SEND))
      expect(error).toMatchObject({ kind: 'invalid_response', status: 202, requestId: 'req-7' })
      expect(error.message).toBe('Briq answered 202 with success false and no error saying why')
      expect(mayHaveBeenSent(error)).toBe(true)
    }
  })

  // Only an error that names nothing is nothing: one naming a code, even Briq's generic one, is a
  // refusal Briq stated, as with any other code.
  it('a 2xx envelope with success:false and an error naming only its code is a refusal', async () => {
    for (const code of ['ERROR', 'SENDER_NOT_FOUND']) {
      server.use(
        http.post(`${API}/v1/whatsapp/messages/interactive`, () =>
          HttpResponse.json({ success: false, data: null, errors: [{ code }], request_id: 'r' }, { status: 202 }),
        ),
      )
      const error = await failure(client.sendInteractive(SEND))
      expect(error, code).toMatchObject({ kind: 'http', status: 202, code, errors: [{ code, message: '' }] })
      expect(mayHaveBeenSent(error)).toBe(false)
    }
  })

  it('an empty 200 body is invalid_response for a read', async () => {
    const error = await answer(() => new HttpResponse(null, { status: 200 }))
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200 })
  })
})
