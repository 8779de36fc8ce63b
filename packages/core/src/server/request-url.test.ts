import { describe, expect, it } from 'vitest'
import { BadRequestTargetError, originFromHost, requestHostName, requestUrl, targetPath } from './request-url.ts'

describe('requestUrl', () => {
  const origin = 'http://proxy.example:8787'

  it.each([
    [
      '/api/briq/v1/whatsapp/senders?is_active=true',
      'http://proxy.example:8787/api/briq/v1/whatsapp/senders?is_active=true',
    ],
    [
      '//evil.example/api/briq/v1/whatsapp/messages',
      'http://proxy.example:8787//evil.example/api/briq/v1/whatsapp/messages',
    ],
    [
      '/\\evil.example/api/briq/v1/whatsapp/messages',
      'http://proxy.example:8787//evil.example/api/briq/v1/whatsapp/messages',
    ],
    ['///evil.example/x', 'http://proxy.example:8787///evil.example/x'],
    ['/\\/evil.example/x', 'http://proxy.example:8787///evil.example/x'],
    ['/@evil.example/x', 'http://proxy.example:8787/@evil.example/x'],
    [
      'http://evil.example/v1/whatsapp/messages?direction=inbound',
      'http://proxy.example:8787/v1/whatsapp/messages?direction=inbound',
    ],
    ['https://user:pw@evil.example:1/x', 'http://proxy.example:8787/x'],
    ['*', 'http://proxy.example:8787/'],
  ])('keeps the origin for the target %s', (target, expected) => {
    const url = requestUrl(origin, target)
    expect(url.origin).toBe(origin)
    expect(url.href).toBe(expected)
  })

  it('refuses a target that is neither a path nor an absolute URL', () => {
    expect(() => requestUrl(origin, 'evil.example/x')).toThrow(BadRequestTargetError)
  })

  it('reduces targets to their path and query', () => {
    expect(targetPath('/a?b=1')).toBe('/a?b=1')
    expect(targetPath('http://x.example/a/b?c')).toBe('/a/b?c')
  })
})

describe('originFromHost', () => {
  it.each([
    ['127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['Admin.Example.com', 'http://admin.example.com'],
    ['[::1]:4010', 'http://[::1]:4010'],
    ['briq_proxy:8787', 'http://briq_proxy:8787'],
    ['localhost', 'http://localhost'],
  ])('accepts the host %s', (host, expected) => {
    expect(originFromHost('http', host)).toBe(expected)
  })

  it.each([
    'a@evil.example',
    'proxy.example@evil.example',
    'evil.example/x',
    'evil.example\\x',
    'evil.example?x',
    'evil.example#x',
    'evil example',
    '',
    ':8787',
    'evil.example:port',
  ])('refuses the Host value %j', (host) => {
    expect(() => originFromHost('http', host)).toThrow(BadRequestTargetError)
  })
})

describe('requestHostName', () => {
  it.each([
    ['Admin.Example:8787', 'admin.example'],
    ['[::1]:5173', '[::1]'],
    ['app.localhost.', 'app.localhost.'],
    [undefined, ''],
    ['a b', 'a b'],
    [`${'x'.repeat(120)}.example`, 'x'.repeat(100)],
  ])('reads %j as %j', (host, name) => {
    expect(requestHostName(host)).toBe(name)
  })
})
