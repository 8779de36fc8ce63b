import { describe, expect, it } from 'vitest'
import { decodedParam, matchRoute, normalisedPath, withoutTrailingSlashes } from './match-route.ts'

const routes = [
  { id: 'send', method: 'POST', path: '/v1/whatsapp/messages/interactive' },
  { id: 'list', method: 'GET', path: '/v1/whatsapp/messages' },
  { id: 'get', method: 'GET', path: '/v1/whatsapp/messages/:message_id' },
  { id: 'read', method: 'POST', path: '/v1/whatsapp/messages/:message_id/read' },
]

describe('matchRoute', () => {
  it('finds a route and its params', () => {
    expect(matchRoute(routes, 'GET', '/v1/whatsapp/messages/abc')).toEqual({
      kind: 'found',
      route: routes[2],
      params: { message_id: 'abc' },
    })
    expect(matchRoute(routes, 'POST', '/v1/whatsapp/messages/abc/read')).toMatchObject({ route: routes[3] })
  })

  it('prefers the most specific path: GET on a POST-only literal is 405, not an id', () => {
    expect(matchRoute(routes, 'GET', '/v1/whatsapp/messages/interactive')).toEqual({
      kind: 'method_not_allowed',
      allow: ['POST'],
    })
    expect(matchRoute(routes, 'DELETE', '/v1/whatsapp/messages')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET'],
    })
  })

  it('matches no route for an empty segment, a relative path or an unknown path', () => {
    for (const path of [
      '/v1/whatsapp/messages/',
      '/v1//whatsapp/messages',
      'v1/whatsapp/messages',
      '/v1/whatsapp/other',
    ]) {
      expect(matchRoute(routes, 'GET', path), path).toEqual({ kind: 'not_found' })
    }
  })

  it('lets the caller refuse some segment values: they match nothing, whatever the method', () => {
    const param = (segment: string) => /^[a-z]+$/.test(segment)
    expect(matchRoute(routes, 'GET', '/v1/whatsapp/messages/abc', { param })).toMatchObject({ kind: 'found' })
    expect(matchRoute(routes, 'GET', '/v1/whatsapp/messages/..', { param })).toEqual({ kind: 'not_found' })
    expect(matchRoute(routes, 'POST', '/v1/whatsapp/messages/a%2Fb', { param })).toEqual({ kind: 'not_found' })
  })

  it('gives a literal path its own route, wherever the table lists it, and the first of two alike', () => {
    const table = [
      { id: 'by-id', method: 'POST', path: '/v1/things/:id' },
      { id: 'first', method: 'POST', path: '/v1/things/new' },
      { id: 'second', method: 'POST', path: '/v1/things/new' },
      { id: 'list', method: 'GET', path: '/v1/things' },
    ]
    expect(matchRoute(table, 'POST', '/v1/things/new')).toEqual({ kind: 'found', route: table[1], params: {} })
    expect(matchRoute(table, 'POST', '/v1/things/abc')).toMatchObject({ route: table[0], params: { id: 'abc' } })
    expect(matchRoute(table, 'GET', '/v1/things/new')).toEqual({ kind: 'method_not_allowed', allow: ['POST'] })
    expect(matchRoute(table, 'POST', '/v1/things')).toEqual({ kind: 'method_not_allowed', allow: ['GET'] })
  })
})

describe('decodedParam', () => {
  it('decodes a segment as the client meant it, and keeps a malformed escape as sent', () => {
    expect(decodedParam('a%2Fb')).toBe('a/b')
    expect(decodedParam('%E0%A4%A')).toBe('%E0%A4%A')
  })
})

describe('withoutTrailingSlashes', () => {
  it.each([
    ['/v1/whatsapp/senders/', '/v1/whatsapp/senders'],
    ['/v1/whatsapp/senders///', '/v1/whatsapp/senders'],
    ['/v1/whatsapp/senders', '/v1/whatsapp/senders'],
    ['/a//b/', '/a//b'],
    ['/', ''],
    ['', ''],
  ])('%s → %s', (path, expected) => {
    expect(withoutTrailingSlashes(path)).toBe(expected)
  })
})

describe('normalisedPath', () => {
  // RFC 3986 (6.2.2.2): an escaped unreserved character is the character, the same URI.
  it('decodes escaped unreserved characters, in either case of hex digit', () => {
    expect(normalisedPath('/v1/whatsapp/%6Dessages/%69nteractive')).toBe('/v1/whatsapp/messages/interactive')
    expect(normalisedPath('/v1/%77hatsapp/senders/%41%7e%2d%2E%5F%30')).toBe('/v1/whatsapp/senders/A~-._0')
  })

  it('keeps every other escape as sent, and a path without any as it is', () => {
    expect(normalisedPath('/v1/whatsapp%2Fsenders/a%20b%25%3A%zz%4')).toBe('/v1/whatsapp%2Fsenders/a%20b%25%3A%zz%4')
    // Decoding once: %2569 is an escaped % before 69, never %69 read again as i.
    expect(normalisedPath('/a%2569')).toBe('/a%2569')
    expect(normalisedPath('/v1/whatsapp/senders')).toBe('/v1/whatsapp/senders')
  })
})
