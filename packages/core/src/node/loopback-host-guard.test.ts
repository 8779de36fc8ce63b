import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createLoopbackConnectionGuard, createLoopbackHostGuard, isLoopbackAddress } from './loopback-host-guard.ts'

const withHost = (host: string | undefined) => ({ headers: host === undefined ? {} : { host } }) as IncomingMessage

describe('createLoopbackHostGuard', () => {
  const guard = createLoopbackHostGuard('127.0.0.1', ['https://admin.example.com'])

  it.each(['localhost:8787', '127.0.0.1:8787', '127.0.0.1', '[::1]:8787', 'app.localhost:8787', 'LOCALHOST:8787'])(
    'serves the loopback host name %s',
    (host) => {
      expect(guard?.(withHost(host))).toBe(true)
    },
  )

  it.each(['0.0.0.0:8787', '192.168.1.5', '[::]:8787', '[fe80::1]'])(
    'serves %s: an address in Host is none a rebinding page can send',
    (host) => {
      expect(guard?.(withHost(host))).toBe(true)
    },
  )

  it('serves the host names of the allowed origins', () => {
    expect(guard?.(withHost('admin.example.com'))).toBe(true)
  })

  it.each(['localhost.:8787', 'LOCALHOST.', '127.0.0.1.:8787', 'app.localhost.', 'admin.example.com.'])(
    'serves %s, the fully qualified form of a name it serves',
    (host) => {
      expect(guard?.(withHost(host))).toBe(true)
    },
  )

  it('judges a Host it has seen before the same way (verdicts are remembered)', () => {
    const hosts = ['localhost:8787', 'rebind.attacker.example:8787', 'localhost:8787', 'rebind.attacker.example:8787']
    expect(hosts.map((host) => guard?.(withHost(host)))).toEqual([true, false, true, false])
    // Past 64 distinct hosts the memory starts over, and still answers the same.
    for (let i = 0; i < 70; i++) guard?.(withHost(`h${i}.attacker.example`))
    expect(hosts.map((host) => guard?.(withHost(host)))).toEqual([true, false, true, false])
  })

  it.each([
    'rebind.attacker.example:8787',
    'localhost.attacker.example',
    '127.0.0.1.nip.io:8787',
    '',
    undefined,
    'a b',
    'localhost/.attacker.example',
    'localhost\\@attacker.example',
    'localhost:8787#.attacker.example',
    'rebind.attacker.example.:8787',
    'localhost..',
    'localhost.attacker.example.',
  ])('refuses the host name %j a rebinding page would send', (host) => {
    expect(guard?.(withHost(host))).toBe(false)
  })

  it('is off when the server listens beyond loopback (a container behind its own front door)', () => {
    expect(createLoopbackHostGuard('0.0.0.0', undefined)).toBeNull()
    for (const bind of ['::', '192.168.1.5', '10.0.0.127', 'example.com', '128.0.0.1', '::ffff:10.0.0.1']) {
      expect(createLoopbackHostGuard(bind, undefined), bind).toBeNull()
    }
  })

  it.each([
    '127.0.0.2',
    '127.0.1.1',
    '127.255.255.254',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '[::1]',
    'LOCALHOST',
    'app.localhost',
  ])('is on for a loopback bind written %s, and refuses a rebinding page there', (bind) => {
    const loopback = createLoopbackHostGuard(bind, undefined)
    expect(loopback?.(withHost('rebind.attacker.example:8787'))).toBe(false)
    expect(loopback?.(withHost('localhost:8787'))).toBe(true)
  })
})

const arriving = (localAddress: string, host: string) => ({ headers: { host }, socket: { localAddress } }) as never

describe('createLoopbackConnectionGuard', () => {
  const guard = createLoopbackConnectionGuard({
    allowedHosts: ['shop.example'],
    allowedOrigins: new Set(['https://admin.example.com']),
  })

  it.each(['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.2'])(
    'judges Host on a connection that came in on the loopback address %s',
    (address) => {
      expect(guard(arriving(address, 'rebind.attacker.example:3000'))).toBe(false)
      expect(guard(arriving(address, 'localhost:3000'))).toBe(true)
      expect(guard(arriving(address, 'shop.example'))).toBe(true)
      expect(guard(arriving(address, 'admin.example.com'))).toBe(true)
    },
  )

  it.each(['192.168.1.5', '10.0.0.127', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1'])(
    'leaves a connection that came over the network to %s unjudged',
    (address) => {
      expect(guard(arriving(address, 'rebind.attacker.example:3000'))).toBe(true)
    },
  )

  it('reads loopback socket addresses in node’s spellings only', () => {
    expect([undefined, '', '0.0.0.0', '::', 'localhost'].map(isLoopbackAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})
