import { describe, expect, it } from 'vitest'
import { briqRoutes } from '../routes/briq-routes.ts'
import { briqPath, matchRoute, slashRedirect } from './match-route.ts'

describe('briqPath', () => {
  it.each([
    ['/v1/whatsapp/messages', '/v1/whatsapp/messages'],
    ['/api/briq/v1/whatsapp/messages/interactive', '/v1/whatsapp/messages/interactive'],
    ['/a/b/c/v1/whatsapp/senders/', '/v1/whatsapp/senders/'], // kept: Briq redirects it (slashRedirect)
    ['/__mock/state', '/__mock/state'],
    ['/v1/whatsapp', '/v1/whatsapp'],
    ['/v1/sms/messages', null],
    ['/assets/app.js', null],
  ])('%s → %s', (pathname, expected) => {
    expect(briqPath(pathname)).toBe(expected)
  })
})

describe('slashRedirect', () => {
  const at = (path: string) => new URL(`http://localhost:5173/api/briq${path}`)

  it('strips every trailing slash, keeping the prefix and the query', () => {
    const url = at(`/v1/whatsapp/senders${'/'.repeat(100_000)}?limit=5`)
    expect(slashRedirect(briqRoutes, 'GET', url, briqPath(url.pathname)!)).toBe(
      'http://localhost:5173/api/briq/v1/whatsapp/senders?limit=5',
    )
  })

  it('is null without a trailing slash, or when no route takes the path without it', () => {
    expect(slashRedirect(briqRoutes, 'GET', at('/v1/whatsapp/senders'), '/v1/whatsapp/senders')).toBeNull()
    expect(slashRedirect(briqRoutes, 'GET', at('/v1/whatsapp/nothing/'), '/v1/whatsapp/nothing/')).toBeNull()
    const slashes = `/v1/whatsapp${'/'.repeat(100_000)}x`
    expect(slashRedirect(briqRoutes, 'GET', at(slashes), slashes)).toBeNull()
  })
})

describe('matchRoute', () => {
  it('finds a static route before a parameter route', () => {
    const match = matchRoute(briqRoutes, 'POST', '/v1/whatsapp/messages/interactive')
    expect(match).toMatchObject({ kind: 'found', route: { path: '/v1/whatsapp/messages/interactive' } })
  })

  it('captures and decodes parameters', () => {
    expect(matchRoute(briqRoutes, 'GET', '/v1/whatsapp/messages/abc%20def')).toMatchObject({
      kind: 'found',
      params: { message_id: 'abc def' },
    })
  })

  // Starlette's Router (starlette/routing.py) hands a request to any route taking its path and
  // method, and answers 405 only when none does.
  it('takes a route of the method before a more specific path of another, as Briq does', () => {
    expect(matchRoute(briqRoutes, 'GET', '/v1/whatsapp/messages/send-interactive')).toMatchObject({
      kind: 'found',
      route: { method: 'GET', path: '/v1/whatsapp/messages/:message_id' },
      params: { message_id: 'send-interactive' },
    })
    expect(matchRoute(briqRoutes, 'POST', '/v1/whatsapp/messages/text/read')).toMatchObject({
      kind: 'found',
      route: { method: 'POST', path: '/v1/whatsapp/messages/:message_id/read' },
      params: { message_id: 'text' },
    })
  })

  it('reports the allowed methods when no route takes the method', () => {
    expect(matchRoute(briqRoutes, 'POST', '/v1/whatsapp/messages/abc')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET'],
    })
    expect(matchRoute(briqRoutes, 'GET', '/v1/whatsapp/messages/abc/read')).toEqual({
      kind: 'method_not_allowed',
      allow: ['POST'],
    })
    expect(matchRoute(briqRoutes, 'GET', '/v1/whatsapp/unknown/a/b')).toEqual({ kind: 'not_found' })
  })

  it('finds no route for HEAD, as Briq (FastAPI) does not, and lists only the methods declared', () => {
    expect(matchRoute(briqRoutes, 'HEAD', '/v1/whatsapp/senders')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET'],
    })
    expect(matchRoute(briqRoutes, 'HEAD', '/v1/whatsapp/messages/interactive')).toEqual({
      kind: 'method_not_allowed',
      allow: ['POST'],
    })
    const put = matchRoute(briqRoutes, 'PUT', '/v1/whatsapp/messages')
    expect(put.kind === 'method_not_allowed' && [...put.allow].sort()).toEqual(['GET', 'POST'])
  })
})
