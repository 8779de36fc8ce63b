import { describe, expect, it } from 'vitest'
import { bearerTokenAuthorize } from './bearer-token-authorize.ts'
import { createBriqProxy } from './create-briq-proxy.ts'

const authorize = () => true

describe('createBriqProxy at creation', () => {
  it.each([undefined, '', '   '])('refuses a missing or empty apiKey (%j)', (apiKey) => {
    expect(() => createBriqProxy({ apiKey: apiKey as string, authorize })).toThrow(/apiKey is missing or empty/)
  })

  it('refuses a key with a line break, which would not survive as a header', () => {
    expect(() => createBriqProxy({ apiKey: 'abc\ndef', authorize })).toThrow(/control characters/)
  })

  it.each(['kéy-with-accent', 'key with space', 'key\u2028sep'])(
    'refuses a key that is not printable ASCII (%j): it could not be sent as a header or redacted reliably',
    (apiKey) => {
      expect(() => createBriqProxy({ apiKey, authorize })).toThrow(/printable ASCII/)
    },
  )

  // The key is scrubbed from every answer and every creation error: one this short would be cut
  // out of ordinary words ("check" read "chec[redacted]" with the key "k").
  it.each([
    ['k', 1, 'character'],
    ['k3y-abc', 7, 'characters'],
  ])('refuses a key as short as %j, naming its length in a sentence left whole', (apiKey, length, unit) => {
    expect(() => createBriqProxy({ apiKey, authorize })).toThrow(
      new TypeError(
        `createBriqProxy: apiKey is ${length} ${unit} long; the proxy takes keys of at least 8 characters, since ` +
          'it cuts the key out of every answer and a shorter one would match ordinary text. Check how the secret ' +
          'was loaded (a placeholder, or a value cut short).',
      ),
    )
  })

  // A fetch given that is no function was reported as none at all ("pass options.fetch").
  it.each([
    ['fetch', 'string'],
    [{ fetch: globalThis.fetch }, 'object'],
  ])('refuses a fetch that is no function (%j) in the sentence createBriqClient says it with', (fetch, kind) => {
    expect(() =>
      createBriqProxy({ apiKey: 'k3y-long-enough', authorize, fetch: fetch as unknown as typeof globalThis.fetch }),
    ).toThrow(new TypeError(`createBriqProxy: fetch must be a function such as globalThis.fetch; got ${kind}`))
  })

  // A key sent with its quotes is refused by Briq, and would be redacted only with them.
  it.each(['"briq_live_SECRET_K3Y_7f3a9c1e5d"', "'briq_live_SECRET_K3Y_7f3a9c1e5d'"])(
    'refuses a key wrapped in quotes an env file left on it (%s), quoting neither',
    (apiKey) => {
      let message = ''
      try {
        createBriqProxy({ apiKey, authorize })
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toBe(
        "createBriqProxy: apiKey is wrapped in quotes, which no Briq key holds: the env file's loader kept them (docker run --env-file does). Set it without them.",
      )
    },
  )

  it('takes a key with a quote inside it, not wrapped in a pair', () => {
    expect(createBriqProxy({ apiKey: '"k3y-abcd', authorize })).toBeTypeOf('function')
  })

  it('takes a key of 8 characters', () => {
    expect(createBriqProxy({ apiKey: 'k3y-abcd', authorize })).toBeTypeOf('function')
  })

  it('refuses to run without authorize unless anonymous use is explicit, and says why', () => {
    expect(() => createBriqProxy({ apiKey: 'briq-test-key' })).toThrow(
      /anyone who can reach this URL could send WhatsApp messages on your account/,
    )
    expect(() => createBriqProxy({ apiKey: 'briq-test-key', allowAnonymous: false })).toThrow(/allowAnonymous: true/)
    expect(createBriqProxy({ apiKey: 'briq-test-key', allowAnonymous: true })).toBeTypeOf('function')
    expect(createBriqProxy({ apiKey: 'briq-test-key', authorize })).toBeTypeOf('function')
  })

  // Callers hold the bearer token (the playground's VITE_BRIQ_PROXY_TOKEN is in its bundle): one
  // that is the key, or holds part of it, takes the key off the server.
  it.each([
    ['the key itself', 'briq_live_SECRET_K3Y_7f3a9c1e5d'],
    ['the key with more after it', 'briq_live_SECRET_K3Y_7f3a9c1e5d-admin'],
    ['the key upper-cased', 'BRIQ_LIVE_SECRET_K3Y_7F3A9C1E5D'],
    ['8 of its characters in a row', 'admin-SECRET_K-4f0e2b9d1c7a'],
  ])('refuses a bearer token that is or holds the API key (%s), quoting neither', (_name, token) => {
    const apiKey = 'briq_live_SECRET_K3Y_7f3a9c1e5d'
    let message = ''
    try {
      createBriqProxy({ apiKey, authorize: bearerTokenAuthorize(token) })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/bearer token .* holds the API key.*Use a separate long random secret/)
    expect(message).not.toContain('SECRET_K')
    expect(createBriqProxy({ apiKey, authorize: bearerTokenAuthorize('4f0e2b9d1c7a3e5f') })).toBeTypeOf('function')
  })

  it.each([
    [{ upstream: 'karibu.briq.tz' }, /upstream must be an absolute/],
    [{ upstream: 'ftp://karibu.briq.tz' }, /http or https/],
    [{ basePath: 'api/briq' }, /basePath must be a plain path/],
    [{ basePath: '/api/../x' }, /basePath must be a plain path/],
    [{ allowedOrigins: ['admin.example.com'] }, /allowedOrigins entries must be origins/],
    [{ allowedOrigins: ['https://admin.example.com/path'] }, /allowedOrigins entries must be origins/],
    [{ allowedOrigins: ['https://*.example.com'] }, /allowedOrigins entries must be origins/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes must be a whole number ≥ 1; got 0\./],
    [{ timeoutMs: -1 }, /timeoutMs must be a whole number of milliseconds from 1 to 2147483647; got -1\./],
    [{ timeoutMs: 1.5 }, /timeoutMs must be a whole number of milliseconds/],
    // Past a timer's 32-bit range every request would time out at once (504 in a millisecond).
    [{ timeoutMs: 2 ** 31 }, /timeoutMs must be a whole number of milliseconds from 1 to 2147483647; got 2147483648\./],
  ])('refuses bad options %j', (extra, message) => {
    expect(() => createBriqProxy({ apiKey: 'briq-test-key', authorize, ...extra })).toThrow(message)
  })

  // The key goes upstream as X-API-Key: over plain http to another machine anyone on the path reads it.
  it.each([
    'http://10.0.0.5:4010',
    'http://briq-mock:4010',
    'http://karibu.briq.tz',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'http://[::2]:4010',
    'http://0.0.0.0:4010',
  ])('refuses plain http to %s, another machine, unless allowInsecureUpstream', (upstream) => {
    // The bin's BRIQ_UPSTREAM check says the same sentence, naming its variables (server-config.test).
    expect(() => createBriqProxy({ apiKey: 'briq-test-key', authorize, upstream })).toThrow(
      new TypeError(
        `createBriqProxy: upstream "${upstream}" is plain http to a host other than this machine: the API key would cross the network unencrypted. ` +
          'Use https, or pass allowInsecureUpstream: true if the network in between is private and trusted (a container network).',
      ),
    )
    expect(createBriqProxy({ apiKey: 'briq-test-key', authorize, upstream, allowInsecureUpstream: true })).toBeTypeOf(
      'function',
    )
  })

  it.each([
    'http://localhost:4010',
    'http://LOCALHOST:4010/',
    'http://127.0.0.1:4010',
    'http://127.9.8.7',
    'http://127.1:4010',
    'http://0x7f.1:4010',
    'http://[::1]:4010',
    'http://[0:0:0:0:0:0:0:1]:4010',
    'http://[::ffff:127.0.0.1]:4010',
    'https://10.0.0.5',
  ])('takes %s: loopback (the mock on this machine) or https', (upstream) => {
    expect(createBriqProxy({ apiKey: 'briq-test-key', authorize, upstream })).toBeTypeOf('function')
  })

  it('refuses a non-boolean allowInsecureUpstream', () => {
    expect(() =>
      createBriqProxy({
        apiKey: 'briq-test-key',
        authorize,
        upstream: 'http://10.0.0.5',
        allowInsecureUpstream: 'yes' as never,
      }),
    ).toThrow(/allowInsecureUpstream must be true or false/)
  })

  // The same sentences as core's validationOptionsProblem gives the mock, the client and BriqProvider.
  it.each([
    [
      { extendedListBodies: true },
      'Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax',
    ],
    [{ extendedListBody: 'true' }, 'extendedListBody must be true or false, got "true"'],
    [{ carouselQuickReplyMax: 4 }, 'carouselQuickReplyMax must be 2 or 3, got 4'],
    [null, 'validation must be an object like { "extendedListBody": true }'],
  ])('refuses validation %j instead of checking sends with the defaults', (validation, message) => {
    expect(() => createBriqProxy({ apiKey: 'briq-test-key', authorize, validation: validation as never })).toThrow(
      new TypeError(`createBriqProxy: ${message}`),
    )
  })

  // From plain JavaScript, a misspelt option would leave its default in force without a word.
  it.each([
    ['allowedOrigin', ['https://admin.example.com'], 'did you mean allowedOrigins? Use'],
    ['maxBodyByte', 1024, 'did you mean maxBodyBytes? Use'],
    ['authorise', authorize, 'did you mean authorize? Use'],
    ['TimeOutMS', 5000, 'did you mean timeoutMs? Use'],
    ['origins', ['https://admin.example.com'], 'use'],
  ])('refuses the unknown option %s, naming the one meant if near and the ones it takes', (key, value, use) => {
    expect(() => createBriqProxy({ apiKey: 'briq-test-key', authorize, [key]: value } as never)).toThrow(
      new TypeError(
        `createBriqProxy: Unknown option "${key}"; ${use} apiKey, upstream, allowInsecureUpstream, basePath, authorize, ` +
          'allowAnonymous, allowedOrigins, validation, maxBodyBytes, maxResponseBytes, timeoutMs, fetch, log, stopSignal',
      ),
    )
  })

  // Misspelt, the key is no apiKey the proxy could cut out of the message: only names are quoted.
  it('names a misspelt apiKey without quoting the key it holds', () => {
    const secret = 'briq_live_MISSPELT_SECRET'
    expect(() => createBriqProxy({ apikey: secret, authorize } as never)).toThrow(
      new TypeError(
        'createBriqProxy: Unknown option "apikey"; did you mean apiKey? Use apiKey, upstream, allowInsecureUpstream, ' +
          'basePath, authorize, allowAnonymous, allowedOrigins, validation, maxBodyBytes, maxResponseBytes, timeoutMs, fetch, log, stopSignal',
      ),
    )
  })

  it('never puts the key in a creation error', () => {
    const apiKey = 'briq_live_CREATION_SECRET'
    for (const extra of [
      { upstream: 'nope' },
      { basePath: 'x' },
      { maxBodyBytes: -5 },
      { upstream: apiKey },
      { basePath: `api/${apiKey}` },
      { allowedOrigins: [`https://admin.example/${encodeURIComponent(apiKey)}`] },
      { [apiKey]: true },
      { apikey: apiKey },
      { apiKeys: [apiKey] },
    ]) {
      expect(() => createBriqProxy({ apiKey, authorize, ...extra })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(apiKey) }),
      )
    }
  })

  it('never quotes an upstream that may hold the key set in the wrong place, nor takes one with credentials', () => {
    const secret = 'briq_live_WRONG_PLACE_SECRET'
    for (const [upstream, message] of [
      [secret, 'upstream must be an absolute http(s) URL such as https://karibu.briq.tz; got a value that is not one'],
      [`${secret}:x`, 'upstream must be an absolute http(s) URL'],
      [
        `https://karibu.briq.tz/v1?key=${secret}`,
        'query or fragment (not quoted); got one after "https://karibu.briq.tz/v1"',
      ],
      [`https://karibu.briq.tz#${secret}`, 'query or fragment'],
      [
        `https://briq:${secret}@karibu.briq.tz`,
        'user name or password (not quoted); got them in "https://karibu.briq.tz"',
      ],
      [`https://${secret}@karibu.briq.tz`, 'user name or password'],
      [`http://briq:${secret}@192.0.2.10`, 'user name or password'],
      [`ftp://briq:${secret}@files.example`, 'upstream must use http or https; got "ftp://files.example"'],
    ]) {
      expect(() => createBriqProxy({ apiKey: 'placeholder-key', authorize, upstream })).toThrow(
        expect.objectContaining({ message: expect.stringContaining(message as string) }),
      )
      expect(() => createBriqProxy({ apiKey: 'placeholder-key', authorize, upstream })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(secret) }),
      )
    }
  })

  it('never puts a key it refuses for its characters in an error found before that', () => {
    // The unknown option is reported first, quoting its name; the key is refused only after.
    const apiKey = 'clé-secrète-42'
    expect(() => createBriqProxy({ apiKey, authorize, ...{ [apiKey]: true } })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('"[redacted]"') }),
    )
  })
})
