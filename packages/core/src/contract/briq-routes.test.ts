import { describe, expect, it } from 'vitest'
import { createBriqClient } from '../client/create-briq-client.ts'
import type { Interactive } from '../schemas/interactive.ts'
import { matchRoute } from '../server/match-route.ts'
import { routePath } from './briq-route.ts'
import { BRIQ_ROUTE_FACTS } from './briq-route-facts.ts'
import { BRIQ_ROUTES, sendInteractiveRoute, sendMessageRoute, sendTextRoute } from './briq-routes.ts'

const ID = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b'

describe('BRIQ_ROUTES, the one route table', () => {
  it('names every route once and every method and path once', () => {
    expect(new Set(BRIQ_ROUTES.map((route) => route.id)).size).toBe(BRIQ_ROUTES.length)
    expect(new Set(BRIQ_ROUTES.map((route) => `${route.method} ${route.path}`)).size).toBe(BRIQ_ROUTES.length)
    for (const route of BRIQ_ROUTES) expect(route.path).toMatch(/^\/v1\/whatsapp(\/(:[a-z_]+|[a-z-]+))+$/)
  })

  it('gives every send a response schema and every modelled POST body a request schema', () => {
    for (const route of BRIQ_ROUTES.filter((r) => r.sends)) expect(route.response, route.id).toBeDefined()
    const modelled = BRIQ_ROUTES.filter((route) => 'request' in route)
    expect(modelled.every((route) => route.method === 'POST' && route.sends)).toBe(true)
  })

  it('is the table of facts, the same routes in the same order, with the five request schemas added', () => {
    expect(BRIQ_ROUTES).toHaveLength(BRIQ_ROUTE_FACTS.length)
    BRIQ_ROUTES.forEach((route, index) => {
      const facts = BRIQ_ROUTE_FACTS[index]!
      expect('request' in facts, facts.id).toBe(false)
      if ('request' in route) {
        const { request, ...rest } = route
        expect(typeof request, route.id).toBe('function')
        expect(rest, route.id).toEqual(facts)
      } else {
        expect(route, route.id).toBe(facts)
      }
    })
    expect(BRIQ_ROUTES.filter((route) => 'request' in route).map((route) => route.id)).toEqual([
      'sendInteractive',
      'sendMessage',
      'sendInteractiveLegacy',
      'sendText',
      'sendTemplate',
    ])
    expect(BRIQ_ROUTES).toContain(sendInteractiveRoute)
    expect(BRIQ_ROUTES).toContain(sendMessageRoute)
    expect(BRIQ_ROUTES).toContain(sendTextRoute)
  })

  it('fills path parameters, percent-encoded, and refuses a missing one', () => {
    const [getMessage] = BRIQ_ROUTES.filter((route) => route.id === 'getMessage')
    expect(routePath(getMessage!, { message_id: 'a/b' })).toBe('/v1/whatsapp/messages/a%2Fb')
    expect(() => routePath(getMessage!)).toThrow(/needs message_id/)
  })

  it('every call the client makes is a proxied route of the table', async () => {
    const calls: string[] = []
    const client = createBriqClient({
      endpoint: 'https://proxy.example/api/briq',
      retry: false,
      fetch: async (url, init) => {
        calls.push(`${init.method} ${new URL(url).pathname.replace('/api/briq', '')}`)
        return new Response('{}', { status: 500 })
      },
    })
    const interactive: Interactive = {
      type: 'button',
      body: { text: 'Hi' },
      action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
    }
    await Promise.allSettled([
      client.sendInteractive({ to: '255712345678', interactive }),
      client.getMessage(ID),
      client.listMessages(),
      client.listConversations(),
      client.getConversation(ID),
      client.listSenders(),
      client.markRead(ID),
      client.markConversationRead(ID),
    ])
    expect(calls).toHaveLength(8)
    const proxied = BRIQ_ROUTES.filter((route) => route.proxied)
    const used = new Set<string>()
    for (const call of calls) {
      const [method, path] = call.split(' ') as [string, string]
      const match = matchRoute(proxied, method, path)
      expect(match.kind, call).toBe('found')
      if (match.kind === 'found') used.add(match.route.id)
    }
    // Every proxied route but getSender, which the proxy forwards for hosts that read one sender.
    expect([...used].sort()).toEqual(
      proxied
        .map((route) => route.id)
        .filter((id) => id !== 'getSender')
        .sort(),
    )
  })
})
