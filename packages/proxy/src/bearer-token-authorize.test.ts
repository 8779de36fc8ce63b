import { describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'

const request = (authorization?: string) =>
  new Request(
    'http://proxy.test/v1/whatsapp/senders',
    authorization ? { headers: { Authorization: authorization } } : {},
  )

describe('bearerTokenAuthorize', () => {
  const authorize = bearerTokenAuthorize('s3cret-token')

  it('accepts the exact token, with any casing of the scheme', async () => {
    expect(await authorize(request('Bearer s3cret-token'))).toBe(true)
    expect(await authorize(request('bearer s3cret-token'))).toBe(true)
  })

  it.each([
    undefined,
    '',
    'Bearer',
    'Bearer ',
    'Basic s3cret-token',
    'Bearer s3cret-toke',
    'Bearer s3cret-token2',
    'Bearer s3cret-token extra',
  ])('refuses %j', async (header) => {
    expect(await authorize(request(header))).toBe(false)
  })

  it('refuses to be created with an empty token', () => {
    expect(() => bearerTokenAuthorize('')).toThrow(/token is empty/)
    expect(() => bearerTokenAuthorize('  ')).toThrow(/token is empty/)
  })

  it('refuses to be created with a token no Bearer header could carry (whitespace inside or around it)', () => {
    expect(() => bearerTokenAuthorize('two words')).toThrow(/contains whitespace/)
    expect(() => bearerTokenAuthorize('token\n')).toThrow(/contains whitespace/)
  })
})
