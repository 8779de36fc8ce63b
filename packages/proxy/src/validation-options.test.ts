import {
  BriqError,
  coreMessagesSw,
  createBriqClient,
  formatIssue,
  type Issue,
  LIMITS,
  type ListInteractive,
  refusalIssues,
  sendFailureReason,
  type ValidateOptions,
} from '@briq-interactive/core'
import { MAX_BODY_CONTAINERS, MAX_BODY_DEPTH } from '@briq-interactive/core/server'
import { DEFAULT_API_KEY, FIXTURE_IDS, FIXTURE_PHONES } from '@briq-interactive/mock'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest } from './testing/raw-request.ts'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy.ts'

// The same request through the proxy and straight to the mock (strict, so it answers
// WhatsApp's rules at once): both must refuse it with the same errors, fields spelled alike.
let mock: MockHttpServer
let proxy: TestProxy
async function start(options: { proxy?: ValidateOptions; mock?: ValidateOptions } = {}) {
  mock = await startMockHttpServer({
    port: 0,
    seed: 'same-errors',
    clock: 'manual',
    strict: true,
    validation: options.mock,
  })
  proxy = await startTestProxy({ apiKey: DEFAULT_API_KEY, upstream: mock.url, validation: options.proxy })
}
afterEach(async () => {
  await proxy.close()
  await mock.close()
})

// The proxy's own refusals carry its codes, Briq's (the mock's) with the PROXY_ prefix: a
// client tells the reader it was their server's proxy. Everything else is the same.
const asTheMocks = (answer: { errors: { code: string }[] | null }) => ({
  ...answer,
  errors:
    answer.errors === null
      ? null
      : answer.errors.map((error) => ({ ...error, code: error.code.replace(/^PROXY_/, '') })),
})

const send = async (base: string, body: unknown) => {
  const response = await fetch(`${base}/v1/whatsapp/messages/interactive`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const buttons = (title: string) => ({
  type: 'button',
  body: { text: 'Did this resolve your issue?' },
  action: { buttons: [{ type: 'reply', reply: { id: 'yes', title } }] },
})

describe('the proxy and the mock refuse an invalid send alike', () => {
  it.each([
    ['a button title over its limit', { to: FIXTURE_PHONES.open, interactive: buttons('No, it did not help me!') }],
    ['a number Briq refuses', { to: '0712345678', interactive: buttons('Yes') }],
  ])('%s: same status, same errors, same field paths', async (_label, body) => {
    await start()
    const viaProxy = await send(proxy.url, body)
    const direct = await send(mock.url, body)
    expect(viaProxy.status).toBe(422)
    expect(direct.status).toBe(422)
    expect(viaProxy.body.errors).toEqual(direct.body.errors)
    expect(mock.mock.state().messages.filter((message) => message.is_outbound)).toHaveLength(0)
  })

  it('forwards a number and sender beside a conversation_id, which Briq ignores for the conversation', async () => {
    // docs.briq.tz, Karibu-WhatsApp/messages/send-interactive: with a conversation_id, "to/sender/
    // sender_id are ignored". A number with no open window: the 202 shows the thread was used.
    await start()
    const body = {
      to: '255787654321',
      sender: '255700000002',
      conversation_id: FIXTURE_IDS.openConversation,
      interactive: buttons('Yes'),
    }
    const viaProxy = await send(proxy.url, body)
    expect(viaProxy.status, JSON.stringify(viaProxy.body)).toBe(202)
    expect(viaProxy.body.data).toMatchObject({
      conversation_id: FIXTURE_IDS.openConversation,
      sender_id: FIXTURE_IDS.supportSender,
    })
    expect(mock.mock.state().messages.filter((message) => message.is_outbound)).toHaveLength(1)
  })

  it('both accept (202) a top-level field Briq does not read, as Briq does (it drops it)', async () => {
    await start()
    const body = { to: FIXTURE_PHONES.open, sender_idd: 'typo', interactive: buttons('Yes') }
    expect((await send(proxy.url, body)).status).toBe(202)
    expect((await send(mock.url, body)).status).toBe(202)
    const unknownInside = { to: FIXTURE_PHONES.open, interactive: { ...buttons('Yes'), extra: 1 } }
    expect((await send(proxy.url, unknownInside)).status).toBe(422)
  })

  it("both carry each issue beside Briq's keys: the same fields, codes and params", async () => {
    await start()
    const repeated = ['Ndiyo', 'Ndiyo'].map((title, i) => ({ type: 'reply', reply: { id: `b${i}`, title } }))
    const body = { to: FIXTURE_PHONES.open, interactive: { ...buttons('Yes'), action: { buttons: repeated } } }
    const viaProxy = await send(proxy.url, body)
    const direct = await send(mock.url, body)
    expect(viaProxy.body.errors).toEqual(direct.body.errors)
    expect(viaProxy.body.errors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message: expect.stringMatching(/^Button 2 title/),
        field: 'interactive.action.buttons.1.reply.title',
        issue: {
          path: ['interactive', 'action', 'buttons', 1, 'reply', 'title'],
          code: 'duplicate',
          reason: 'unique',
          rule: 'whatsapp',
          params: { what: 'title', value: 'Ndiyo', first: ['action', 'buttons', 0, 'reply', 'title'] },
        },
      },
    ])
  })

  it('the client keeps the issues of either, so a page words them in its language', async () => {
    // A page allowing the list guide's 4096-character body, behind a proxy and a mock that do not.
    await start()
    const body = {
      to: FIXTURE_PHONES.open,
      interactive: {
        type: 'list',
        body: { text: 'x'.repeat(2000) },
        action: { button: 'Open', sections: [{ title: 'Slots', rows: [{ id: 'a', title: 'Nine' }] }] },
      },
    } satisfies { interactive: ListInteractive; to: string }
    const refusal = async (endpoint: string) => {
      const client = createBriqClient({
        endpoint,
        headers: { 'X-API-Key': DEFAULT_API_KEY },
        validation: { extendedListBody: true },
      })
      const error = await client.sendInteractive(body).catch((caught: unknown) => caught)
      if (!(error instanceof BriqError)) throw new Error('expected a BriqError')
      return error
    }
    const viaProxy = await refusal(proxy.url)
    const direct = await refusal(mock.url)
    for (const error of [viaProxy, direct]) {
      expect(error).toMatchObject({ kind: 'http', status: 422, code: 'VALIDATION_ERROR' })
      expect(sendFailureReason(error)).toEqual({ reason: 'validation' })
      expect(refusalIssues(error)).toEqual([
        {
          path: ['interactive', 'body', 'text'],
          code: 'too_long',
          limit: LIMITS.body.text.max,
          actual: 2000,
          rule: 'whatsapp',
          message: `Body text is 2000 characters; WhatsApp allows ${LIMITS.body.text.max}`,
        },
      ])
    }
    expect(viaProxy.errors).toEqual(direct.errors)
    expect(formatIssue(refusalIssues(viaProxy)[0] as Issue, coreMessagesSw)).toBe(
      'Maandishi ya ujumbe yana herufi 2000; WhatsApp inaruhusu hadi 1024',
    )
    expect(mock.mock.state().messages.filter((message) => message.is_outbound)).toHaveLength(0)
  })

  it('spells an indexed field with dots in both', async () => {
    await start()
    const { body } = await send(proxy.url, { to: FIXTURE_PHONES.open, interactive: buttons('No, it did not help me!') })
    expect(body.errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'interactive.action.buttons.0.reply.title' }),
    ])
  })
})

describe('the proxy and the mock refuse a body that is no JSON object alike', () => {
  const post = (base: string, body: string | Uint8Array<ArrayBuffer>, contentType = 'application/json') =>
    fetch(`${base}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-API-Key': DEFAULT_API_KEY },
      body,
    }).then(async (response) => ({ status: response.status, body: await response.json() }))
  const deep = (levels: number) => `{"to":"${FIXTURE_PHONES.open}","x":${'['.repeat(levels)}${']'.repeat(levels)}}`

  it.each([
    ['malformed JSON', '{"to":'],
    ['not JSON at all', 'not json'],
    ['a list', '[]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['an empty body', ''],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['nesting past the depth the kit reads', deep(MAX_BODY_DEPTH + 1)],
  ])('%s: the same 422 VALIDATION_ERROR on body from both', async (_label, body) => {
    await start()
    const viaProxy = await post(proxy.url, body)
    const direct = await post(mock.url, body)
    expect(viaProxy.status).toBe(422)
    expect(direct.status).toBe(422)
    expect(viaProxy.body.errors).toEqual(direct.body.errors)
    expect(direct.body.errors).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field: 'body' })])
  })

  // The mock answers as Briq; the proxy's own 413 and 415 carry its codes, so a client tells the
  // reader it was their server's proxy.
  it("a wrong Content-Type and an oversize body name the field body in both, under each one's code", async () => {
    await start()
    const proxied = await post(proxy.url, '{}', 'text/plain')
    const direct = await post(mock.url, '{}', 'text/plain')
    expect([proxied.status, direct.status]).toEqual([415, 415])
    expect(proxied.body.errors).toEqual([{ ...direct.body.errors[0], code: 'PROXY_UNSUPPORTED_MEDIA_TYPE' }])
    expect(direct.body.errors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'body' })])
    const big = JSON.stringify({ to: FIXTURE_PHONES.open, pad: 'x'.repeat(2 * 1024 * 1024) })
    for (const [answer, code] of [
      [await post(proxy.url, big), 'PROXY_PAYLOAD_TOO_LARGE'],
      [await post(mock.url, big), 'PAYLOAD_TOO_LARGE'],
    ] as const) {
      expect(answer.status).toBe(413)
      expect(answer.body.errors).toEqual([expect.objectContaining({ code, field: 'body' })])
    }
  })
})

describe("the proxy and the mock read a body's Content-Type alike", () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  const send = JSON.stringify({ to: FIXTURE_PHONES.open, interactive: buttons('Yes') })
  const read = `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}/read`
  // A Uint8Array body goes with no Content-Type of fetch's own; a string would be text/plain.
  const cases: [string, string, string | null, Uint8Array<ArrayBuffer> | undefined][] = [
    [
      'a send typed application/merge-patch+json',
      '/v1/whatsapp/messages/interactive',
      'application/merge-patch+json',
      bytes(send),
    ],
    [
      'a send typed APPLICATION/JSON; charset=utf-8',
      '/v1/whatsapp/messages/interactive',
      'APPLICATION/JSON; charset=utf-8',
      bytes(send),
    ],
    ['a send with a body and no Content-Type', '/v1/whatsapp/messages/interactive', null, bytes(send)],
    ['a send typed text/plain', '/v1/whatsapp/messages/interactive', 'text/plain', bytes(send)],
    ['a send typed application/jsonp', '/v1/whatsapp/messages/interactive', 'application/jsonp', bytes(send)],
    ['an empty send with no Content-Type', '/v1/whatsapp/messages/interactive', null, undefined],
    ['an empty send typed text/plain', '/v1/whatsapp/messages/interactive', 'text/plain', undefined],
    ['an empty read receipt typed text/plain', read, 'text/plain', undefined],
    ['a read receipt whose body is no JSON', read, 'application/json', bytes('{')],
  ]

  it.each(cases)('%s: the same status and errors from both', async (_label, path, type, body) => {
    await start()
    const answer = async (base: string) => {
      const headers: Record<string, string> = { 'X-API-Key': DEFAULT_API_KEY }
      if (type !== null) headers['Content-Type'] = type
      const response = await fetch(`${base}${path}`, { method: 'POST', headers, body })
      const json = await response.json()
      return { status: response.status, errors: json.errors }
    }
    const direct = await answer(mock.url)
    const proxied = await answer(proxy.url)
    expect(asTheMocks(proxied)).toEqual(direct)
    if (direct.status === 415) expect(proxied.errors[0].code).toBe('PROXY_UNSUPPORTED_MEDIA_TYPE')
  })
})

describe('the proxy and the mock refuse a method a route does not take alike', () => {
  it.each([
    ['PUT', '/v1/whatsapp/messages/interactive'],
    ['DELETE', `/v1/whatsapp/messages/${FIXTURE_IDS.openingMessage}`],
    ['GET', `/v1/whatsapp/conversations/${FIXTURE_IDS.openConversation}/read`],
    ['PATCH', '/v1/whatsapp/senders'],
  ])('%s %s: the same 405 and errors from both', async (method, path) => {
    await start()
    const answer = async (base: string) => {
      const response = await fetch(`${base}${path}`, { method, headers: { 'X-API-Key': DEFAULT_API_KEY } })
      return { status: response.status, errors: (await response.json()).errors }
    }
    const direct = await answer(mock.url)
    expect(direct.status).toBe(405)
    const proxied = await answer(proxy.url)
    expect(proxied.errors[0].code).toBe('PROXY_METHOD_NOT_ALLOWED')
    expect(asTheMocks(proxied)).toEqual(direct)
  })
})

describe('the proxy and the mock refuse a method fetch forbids alike', () => {
  // TRACK and CONNECT never reach either: node's parser and refuseConnect answer them first.
  it('TRACE: the same 405, Allow and errors from both', async () => {
    await start()
    const answer = async (base: string) => {
      const response = await rawRequest(base, 'TRACE', '/v1/whatsapp/messages', { 'X-API-Key': DEFAULT_API_KEY })
      return { status: response.status, allow: response.headers.allow, errors: JSON.parse(response.body).errors }
    }
    const direct = await answer(mock.url)
    expect(direct.status).toBe(405)
    const proxied = await answer(proxy.url)
    expect(proxied.errors[0].code).toBe('PROXY_METHOD_NOT_ALLOWED')
    expect(asTheMocks(proxied)).toEqual(direct)
  })
})

describe('the proxy and the mock bound what one body may hold alike', () => {
  // A send whose flow data is a list of empty objects: a few bytes of text each, some 64 bytes
  // of heap each once parsed. The request's own objects (the body, interactive, action,
  // parameters, flow_action_payload, data) leave room for the rest of the bound in the list.
  const flowSend = (objects: number) => {
    const send = {
      to: FIXTURE_PHONES.open,
      interactive: {
        type: 'flow',
        body: { text: 'Book' },
        action: {
          name: 'flow',
          parameters: {
            flow_message_version: '3',
            flow_id: '1',
            flow_cta: 'Book',
            flow_action: 'navigate',
            flow_action_payload: { screen: 'START', data: { list: ['LIST'] } },
          },
        },
      },
    }
    return JSON.stringify(send).replace('["LIST"]', `[${Array(objects).fill('{}').join(',')}]`)
  }
  const post = (base: string, body: string) =>
    fetch(`${base}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
      body,
    }).then(async (response) => ({ status: response.status, body: await response.json() }))

  it('past MAX_BODY_CONTAINERS objects and arrays: the same 413 on body (the proxy under its own code), nothing sent', async () => {
    await start()
    const ownObjects = (flowSend(0).match(/[{[]/g) ?? []).length
    const atTheBound = flowSend(MAX_BODY_CONTAINERS - ownObjects)
    expect(atTheBound.length).toBeLessThan(64 * 1024)
    for (const base of [proxy.url, mock.url]) expect((await post(base, atTheBound)).status).toBe(202)
    const stored = () =>
      fetch(`${mock.url}/__mock/state?limit=1`).then(async (response) => (await response.json()).data.totalMessages)
    const before = await stored()
    const over = flowSend(MAX_BODY_CONTAINERS - ownObjects + 1)
    const viaProxy = await post(proxy.url, over)
    const direct = await post(mock.url, over)
    expect([viaProxy.status, direct.status]).toEqual([413, 413])
    expect(viaProxy.body.errors).toEqual([{ ...direct.body.errors[0], code: 'PROXY_PAYLOAD_TOO_LARGE' }])
    expect(direct.body.errors).toEqual([
      {
        code: 'PAYLOAD_TOO_LARGE',
        message: `Request body holds more than ${MAX_BODY_CONTAINERS} JSON objects and arrays`,
        field: 'body',
      },
    ])
    expect(await stored()).toBe(before)
  })
})

describe('the proxy and the mock refuse an id that is no id alike', () => {
  it.each([
    ['/v1/whatsapp/messages/a%2Fb', 'message_id'],
    ['/v1/whatsapp/messages/.hidden', 'message_id'],
    [`/v1/whatsapp/conversations/${'c'.repeat(200)}`, 'conversation_id'],
    ['/v1/whatsapp/senders/a%20b', 'sender_id'],
  ])('GET %s: 422 VALIDATION_ERROR on %s from both', async (path, field) => {
    await start()
    for (const base of [proxy.url, mock.url]) {
      const response = await fetch(`${base}${path}`, { headers: { 'X-API-Key': DEFAULT_API_KEY } })
      expect(response.status, base).toBe(422)
      const { errors } = await response.json()
      expect(errors, base).toEqual([expect.objectContaining({ code: 'VALIDATION_ERROR', field })])
    }
  })
})

describe('extendedListBody, end to end: client → proxy → mock', () => {
  const longList: ListInteractive = {
    type: 'list',
    body: { text: 'a'.repeat(LIMITS.body.text.max + 500) },
    action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
  }
  const request = { to: FIXTURE_PHONES.open, interactive: longList }
  const extended = { extendedListBody: true }

  it('is accepted (202) when the client, the proxy and the mock all take the option', async () => {
    await start({ proxy: extended, mock: extended })
    const client = createBriqClient({ endpoint: proxy.url, validation: extended })
    await expect(client.sendInteractive(request)).resolves.toMatchObject({ status: 'pending' })
  })

  it('is refused with 422 by a proxy left at the defaults, naming the body', async () => {
    await start({ mock: extended })
    const client = createBriqClient({ endpoint: proxy.url, validation: extended })
    const error = await client.sendInteractive(request).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', status: 422, errors: [{ field: 'interactive.body.text' }] })
  })

  it('is refused with 422 by a mock left at the defaults', async () => {
    await start({ proxy: extended })
    const direct = await send(mock.url, request)
    expect(direct.status).toBe(422)
    expect(direct.body.errors).toEqual([expect.objectContaining({ field: 'interactive.body.text' })])
  })
})
