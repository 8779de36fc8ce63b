import { describe, expect, it } from 'vitest'
import { MOCK_API_KEY, readServerConfig } from '../server-config.ts'

const KEY = 'briq_live_SECRET_K3Y_7f3a9c1e5d'

describe('readServerConfig', () => {
  it('sends to the mock with its public key when no key is given, on this machine only', () => {
    const config = readServerConfig({ HOST: '0.0.0.0' })
    expect(config).toMatchObject({ apiKey: MOCK_API_KEY, usingMock: true, host: '127.0.0.1', port: 3000 })
  })

  it.each([
    ['unset', {}, 3000],
    ['blank, as an env file leaves it', { PORT: '' }, 3000],
    ['blank but for spaces', { PORT: ' ' }, 3000],
    ['0, any free one', { PORT: '0' }, 0],
    ['given', { PORT: '8080' }, 8080],
  ])('listens on PORT %s: %j → %i', (_name, env, port) => {
    expect(readServerConfig(env).port).toBe(port)
  })

  it.each(['abc', '3000.5', '-1', '65536', '0x10', '1e3'])('refuses PORT=%s, naming it, before listening', (value) => {
    expect(() => readServerConfig({ PORT: value })).toThrow(
      `PORT must be a port number from 0 (any free one) to 65535; got "${value}".`,
    )
  })

  it.each([
    ['unset', {}, ''],
    ['blank', { BASE_PATH: ' ' }, ''],
    ['the root', { BASE_PATH: '/' }, ''],
    ['a prefix', { BASE_PATH: '/whatsapp' }, '/whatsapp'],
    ['a prefix with its trailing slash', { BASE_PATH: '/whatsapp/' }, '/whatsapp'],
    ['two segments', { BASE_PATH: '/admin/whatsapp-2' }, '/admin/whatsapp-2'],
  ])('answers under BASE_PATH %s: %j → %j', (_name, env, basePath) => {
    expect(readServerConfig(env).basePath).toBe(basePath)
  })

  it.each(['whatsapp', '/what sapp', '/:shop', '/whatsapp/*', '/a/../b', '//whatsapp'])(
    'refuses BASE_PATH=%s, naming it, before listening',
    (value) => {
      expect(() => readServerConfig({ BASE_PATH: value })).toThrow(
        `BASE_PATH must be a path such as /whatsapp; got "${value}".`,
      )
    },
  )

  it.each([
    ['unset', {}, false],
    ['blank', { TRUST_PROXY: '' }, false],
    ['0', { TRUST_PROXY: '0' }, false],
    ['1', { TRUST_PROXY: '1' }, true],
  ])('reads forwarded addresses with TRUST_PROXY %s: %j → %s', (_name, env, trustProxy) => {
    expect(readServerConfig(env).trustProxy).toBe(trustProxy)
  })

  it.each(['true', 'yes', '2'])('refuses TRUST_PROXY=%s rather than reading it as no', (value) => {
    expect(() => readServerConfig({ TRUST_PROXY: value })).toThrow(
      `TRUST_PROXY must be 1 (behind your own reverse proxy) or 0; got "${value}".`,
    )
  })

  it('requires ADMIN_PASSWORD with a real key', () => {
    expect(() => readServerConfig({ BRIQ_API_KEY: KEY })).toThrow(/ADMIN_PASSWORD is required/)
  })

  it.each([
    ['the key itself', KEY],
    ['the key with more around it', `admin-${KEY}!`],
    ['the key upper-cased', KEY.toUpperCase()],
  ])('refuses an ADMIN_PASSWORD that holds the key (%s), quoting neither', (_name, password) => {
    let message = ''
    try {
      readServerConfig({ BRIQ_API_KEY: KEY, ADMIN_PASSWORD: password })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/ADMIN_PASSWORD holds BRIQ_API_KEY.*separate password/)
    expect(message).not.toContain('SECRET')
  })

  it('takes a separate password with a real key', () => {
    const config = readServerConfig({ BRIQ_API_KEY: KEY, ADMIN_PASSWORD: 'correct horse battery staple' })
    expect(config).toMatchObject({ apiKey: KEY, usingMock: false, adminPassword: 'correct horse battery staple' })
  })
})
