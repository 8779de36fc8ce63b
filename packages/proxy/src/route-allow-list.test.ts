import { BRIQ_ROUTES } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { matchRoute } from './route-allow-list.ts'

const ID = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b'

describe('matchRoute', () => {
  it.each([
    ['POST', '/v1/whatsapp/messages/interactive'],
    ['GET', '/v1/whatsapp/messages'],
    ['GET', `/v1/whatsapp/messages/${ID}`],
    ['POST', `/v1/whatsapp/messages/${ID}/read`],
    ['GET', '/v1/whatsapp/senders'],
    ['GET', `/v1/whatsapp/senders/${ID}`],
    ['GET', '/v1/whatsapp/conversations'],
    ['GET', `/v1/whatsapp/conversations/${ID}`],
    ['POST', `/v1/whatsapp/conversations/${ID}/read`],
  ])('allows %s %s', (method, path) => {
    expect(matchRoute(method, path)).toMatchObject({ kind: 'allowed', path, isSend: path.endsWith('/interactive') })
  })

  it.each([
    ['POST', '/v1/whatsapp/messages', 'POST /v1/whatsapp/messages'],
    ['POST', '/v1/whatsapp/messages/text', 'POST /v1/whatsapp/messages/text'],
    ['POST', '/v1/whatsapp/messages/template', 'POST /v1/whatsapp/messages/template'],
    ['POST', '/v1/whatsapp/messages/send-interactive', 'POST /v1/whatsapp/messages/send-interactive'],
    ['GET', '/v1/whatsapp/templates', 'GET /v1/whatsapp/templates'],
  ])('never forwards another Briq route, and says so: %s %s', (method, path, route) => {
    expect(matchRoute(method, path)).toEqual({ kind: 'not_found', notForwarded: route })
  })

  it.each(['text', 'template', 'send-interactive', 'image'])(
    'never takes a word of a Briq route for a message id: GET /v1/whatsapp/messages/%s',
    (word) => {
      expect(matchRoute('GET', `/v1/whatsapp/messages/${word}`).kind).toBe('not_found')
    },
  )

  it.each([
    '/v1/webhooks/',
    '/v1/whatsapp//messages',
    `/v1/whatsapp/messages/${ID}/read/extra`,
    `/v1/whatsapp/senders/${ID}/read`,
    '/',
    '',
  ])('does not know %s', (path) => {
    expect(matchRoute('POST', path)).toEqual({ kind: 'not_found' })
    expect(matchRoute('GET', path)).toEqual({ kind: 'not_found' })
  })

  it.each([
    ['GET', '/v1/whatsapp/senders/', '/v1/whatsapp/senders'],
    ['GET', '/v1/whatsapp/messages/', '/v1/whatsapp/messages'],
    ['POST', '/v1/whatsapp/messages/interactive//', '/v1/whatsapp/messages/interactive'],
    ['GET', `/v1/whatsapp/messages/${ID}/`, `/v1/whatsapp/messages/${ID}`],
  ])('names the forwarded path a path with a trailing slash meant: %s %s', (method, path, slashless) => {
    expect(matchRoute(method, path)).toEqual({ kind: 'not_found', withoutSlash: slashless })
  })

  it.each([
    ['POST', '/v1/whatsapp/senders/'],
    ['POST', '/v1/whatsapp/messages/'],
    ['GET', '/v1/whatsapp/templates/'],
    ['GET', '/v1/whatsapp/messages/a%2Fb/'],
  ])('names no route for %s %s, which no forwarded route takes without the slash either', (method, path) => {
    expect(matchRoute(method, path)).toEqual({ kind: 'not_found' })
  })

  it('names the allowed methods for a known path used with the wrong one', () => {
    expect(matchRoute('DELETE', `/v1/whatsapp/messages/${ID}`)).toEqual({ kind: 'method_not_allowed', allow: ['GET'] })
    expect(matchRoute('GET', '/v1/whatsapp/messages/interactive')).toEqual({
      kind: 'method_not_allowed',
      allow: ['POST'],
    })
    expect(matchRoute('POST', '/v1/whatsapp/senders')).toEqual({ kind: 'method_not_allowed', allow: ['GET'] })
    expect(matchRoute('HEAD', '/v1/whatsapp/messages')).toEqual({ kind: 'method_not_allowed', allow: ['GET'] })
  })

  it("forwards exactly the routes core's table marks proxied, and nothing outside the table", () => {
    for (const route of BRIQ_ROUTES) {
      const path = route.path.replace(/:\w+/g, ID)
      const match = matchRoute(route.method, path)
      if (route.proxied) expect(match, route.id).toEqual({ kind: 'allowed', route, path, isSend: route.sends })
      else expect(match.kind, route.id).not.toBe('allowed')
    }
  })

  it.each([
    ['GET', '/v1/whatsapp/messages/a%2Fb', 'message_id', 'a/b'],
    ['GET', '/v1/whatsapp/messages/..', 'message_id', '..'],
    ['GET', '/v1/whatsapp/messages/.hidden', 'message_id', '.hidden'],
    ['GET', `/v1/whatsapp/messages/${'a'.repeat(129)}`, 'message_id', 'a'.repeat(129)],
    ['POST', '/v1/whatsapp/conversations/%00/read', 'conversation_id', '\0'],
    ['GET', '/v1/whatsapp/senders/a%20b', 'sender_id', 'a b'],
    ['GET', '/v1/whatsapp/senders/100%', 'sender_id', '100%'],
    // Only its escapes are refused: decoded it would be an id, so the segment is quoted as sent.
    ['GET', '/v1/whatsapp/senders/wa%3A123', 'sender_id', 'wa%3A123'],
    ['GET', '/v1/whatsapp/messages/abc%3Ddef', 'message_id', 'abc%3Ddef'],
  ])('names the parameter of %s %s that no id can be, and its value (never forwarded)', (method, path, name, value) => {
    expect(matchRoute(method, path)).toEqual({ kind: 'bad_param', name, value })
  })

  // RFC 3986 (6.2.2.2): an escaped unreserved character is that character, the same URI; Briq's
  // server and the mock route it so.
  it.each([
    ['POST', '/v1/whatsapp/%6Dessages/interactive', '/v1/whatsapp/messages/interactive'],
    ['POST', '/v1/whatsapp/messages/%69nteractive', '/v1/whatsapp/messages/interactive'],
    ['GET', '/v1/%77hatsapp/%73enders', '/v1/whatsapp/senders'],
    ['GET', `/v1/whatsapp/messages/${ID.slice(0, -1)}%62`, `/v1/whatsapp/messages/${ID.slice(0, -1)}b`],
    ['GET', '/v1/whatsapp/senders/%61b%7Ec', '/v1/whatsapp/senders/ab~c'],
  ])('matches %s %s as its unescaped path, forwarded as %s', (method, path, canonical) => {
    expect(matchRoute(method, path)).toMatchObject({ kind: 'allowed', path: canonical })
  })

  it('keeps %2F no slash, and takes %2E%2E, read as .., for no id', () => {
    expect(matchRoute('GET', '/v1/whatsapp%2Fsenders').kind).toBe('not_found')
    expect(matchRoute('GET', '/v1/whatsapp/messages/%2E%2E')).toEqual({
      kind: 'bad_param',
      name: 'message_id',
      value: '..',
    })
  })
})
