import { describe, expect, it } from 'vitest'
import { DEFAULT_SHUTDOWN_GRACE_MS, readServerConfig } from './server-config.ts'

describe('readServerConfig', () => {
  it('refuses to start without BRIQ_API_KEY and says what to set', () => {
    expect(readServerConfig({ PROXY_TOKEN: 't' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^BRIQ_API_KEY is not set/),
    })
    expect(readServerConfig({ BRIQ_API_KEY: '  ', PROXY_TOKEN: 't' }).ok).toBe(false)
  })

  it('refuses a key wrapped in quotes before reading any other variable', () => {
    expect(readServerConfig({ BRIQ_API_KEY: '"briq_live_SECRET_K3Y_7f3a9c1e5d"', PORT: 'x' })).toEqual({
      ok: false,
      error:
        "BRIQ_API_KEY is wrapped in quotes, which no Briq key holds: the env file's loader kept them (docker run --env-file does). Set it without them.",
    })
  })

  it('refuses a PROXY_TOKEN wrapped in quotes before reading any other variable', () => {
    expect(
      readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: "'tok_9c1e5d7f3a2b'", PORT: 'tok_9c1e5d7f3a2b' }),
    ).toEqual({
      ok: false,
      error:
        "PROXY_TOKEN is wrapped in quotes, which callers would have to send too: the env file's loader kept them (docker run --env-file does). Set it without them.",
    })
  })

  it('refuses to start without PROXY_TOKEN unless anonymous use is explicit', () => {
    const result = readServerConfig({ BRIQ_API_KEY: 'k' })
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/PROXY_TOKEN is not set.*send WhatsApp messages on your account/),
    })
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: 'yes' }).ok).toBe(false)
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: '1' })).toMatchObject({
      ok: true,
      config: { token: null },
    })
  })

  it('takes anonymous use on a loopback HOST only', () => {
    for (const HOST of ['localhost', '127.0.1.1', '::1']) {
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: '1', HOST })).toMatchObject({ ok: true })
    }
    for (const HOST of ['0.0.0.0', '10.0.0.5', 'briq-proxy']) {
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: '1', HOST })).toEqual({
        ok: false,
        error: expect.stringMatching(/^PROXY_ALLOW_ANONYMOUS=1 lets anyone who reaches the proxy send WhatsApp/),
      })
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 'a-long-random-secret', HOST })).toMatchObject({
        ok: true,
      })
    }
  })

  // Off loopback a token too short to be a secret ("t", "test") lets anyone who tries it send, as
  // anonymous use would. On loopback it stays a quick local try (`PROXY_TOKEN=t pnpm proxy`).
  it('refuses a PROXY_TOKEN under 8 characters on a HOST other machines reach, without quoting it', () => {
    for (const HOST of ['0.0.0.0', '10.0.0.5', 'briq-proxy']) {
      for (const token of ['t', 'secret1']) {
        const length = [...token].length
        expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: token, HOST })).toEqual({
          ok: false,
          error: `PROXY_TOKEN is ${length} character${length === 1 ? '' : 's'} long, and HOST=${HOST} is reached from other machines: anyone who guesses a token that short could send WhatsApp messages on your account. Set PROXY_TOKEN to a long random secret (at least 8 characters; openssl rand -hex 32 makes one), or keep HOST on loopback (the default 127.0.0.1) while prototyping.`,
        })
      }
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: '8chars!!', HOST })).toMatchObject({ ok: true })
    }
    for (const HOST of ['127.0.0.1', 'localhost', '::1']) {
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', HOST })).toMatchObject({ ok: true })
    }
  })

  it('reads PROXY_ALLOW_ANONYMOUS as the strict 1/0 switch the other switches are', () => {
    // "true" was read as off without a word, token or not; PROXY_EXTENDED_LIST_BODY=yes is refused.
    for (const env of [{}, { PROXY_TOKEN: 't' }]) {
      expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: 'true', ...env })).toEqual({
        ok: false,
        error: 'PROXY_ALLOW_ANONYMOUS must be 1 (on) or 0 (off); got "true".',
      })
    }
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: ' 1 ' })).toMatchObject({ ok: true })
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_ALLOW_ANONYMOUS: '0', PROXY_TOKEN: 't' })).toMatchObject({
      ok: true,
    })
  })

  it('applies defaults', () => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' })).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '127.0.0.1',
        apiKey: 'k',
        upstream: 'https://karibu.briq.tz',
        token: 't',
        allowedOrigins: undefined,
        staticDir: null,
        validation: {},
        trustProxy: false,
        allowInsecureUpstream: false,
        headersTimeoutMs: 15_000,
        requestTimeoutMs: 30_000,
        writeTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxConnections: 1024,
        maxRequestsPerSocket: 1000,
        shutdownGraceMs: 8000,
      },
    })
  })

  it.each([
    ['a host name without its scheme', 'shop.example', 'shop.example'],
    ['two origins split by a space', 'https://a.example https://b.example', 'https://a.example https://b.example'],
    ['two origins split by a semicolon', 'https://a.example;https://b.example', 'https://a.example;https://b.example'],
    ['a path', 'https://a.example, https://b.example/admin', 'https://b.example/admin'],
    ['a wildcard', '*', '*'],
  ])('refuses PROXY_ALLOWED_ORIGINS with %s, naming the variable and its separator', (_name, value, entry) => {
    const result = readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', PROXY_ALLOWED_ORIGINS: value })
    expect(result).toEqual({
      ok: false,
      error: `PROXY_ALLOWED_ORIGINS must be origins like https://admin.example.com (scheme, host, optional port, no path or wildcard), separated by commas; got "${entry}".`,
    })
  })

  it('reads every setting', () => {
    const result = readServerConfig({
      BRIQ_API_KEY: 'k',
      PROXY_TOKEN: 'a-long-random-secret',
      PORT: '9000',
      HOST: '0.0.0.0',
      BRIQ_UPSTREAM: 'http://localhost:4010',
      PROXY_ALLOWED_ORIGINS: 'http://localhost:5173, https://admin.example.com,',
      PROXY_STATIC_DIR: 'apps/playground/dist',
      TRUST_PROXY: '1',
    })
    expect(result).toMatchObject({
      ok: true,
      config: {
        trustProxy: true,
        port: 9000,
        host: '0.0.0.0',
        upstream: 'http://localhost:4010',
        allowedOrigins: ['http://localhost:5173', 'https://admin.example.com'],
        staticDir: 'apps/playground/dist',
      },
    })
  })

  it.each(['', ' ', '\t'])('listens on 8787 for PORT=%j, blank as an env file leaves it', (PORT) => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', PORT })).toMatchObject({
      ok: true,
      config: { port: 8787 },
    })
  })

  it.each(['abc', '-1', '70000', '1.5', '0x10', '1e3', 'Infinity'])('refuses PORT=%s', (PORT) => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', PORT })).toEqual({
      ok: false,
      error: expect.stringMatching(/PORT must be a port number/),
    })
  })

  it.each(['true', 'yes', '2'])('refuses TRUST_PROXY=%s rather than reading it as no', (TRUST_PROXY) => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', TRUST_PROXY })).toEqual({
      ok: false,
      error: `TRUST_PROXY must be 1 (behind your own reverse proxy) or 0; got "${TRUST_PROXY}".`,
    })
  })

  it('reads the validation switches the mock takes as flags', () => {
    const result = readServerConfig({
      BRIQ_API_KEY: 'k',
      PROXY_TOKEN: 't',
      PROXY_EXTENDED_LIST_BODY: '1',
      PROXY_ALLOW_FLOW_MEDIA_HEADER: ' 1 ',
      PROXY_CAROUSEL_QUICK_REPLIES: '3',
    })
    expect(result).toMatchObject({
      ok: true,
      config: { validation: { extendedListBody: true, allowFlowMediaHeader: true, carouselQuickReplyMax: 3 } },
    })
    const off = readServerConfig({
      BRIQ_API_KEY: 'k',
      PROXY_TOKEN: 't',
      PROXY_EXTENDED_LIST_BODY: '0',
      PROXY_ALLOW_FLOW_MEDIA_HEADER: '',
      PROXY_CAROUSEL_QUICK_REPLIES: '2',
    })
    expect(off).toMatchObject({ ok: true, config: { validation: {} } })
    // The default reading (core's) is no switch: nothing to name on the start-up line.
    expect(off.ok && off.config.validation).toEqual({})
  })

  it.each([
    ['PROXY_EXTENDED_LIST_BODY', 'true', /PROXY_EXTENDED_LIST_BODY must be 1 \(on\) or 0 \(off\); got "true"/],
    ['PROXY_ALLOW_FLOW_MEDIA_HEADER', 'yes', /PROXY_ALLOW_FLOW_MEDIA_HEADER must be 1 \(on\) or 0 \(off\)/],
    ['PROXY_CAROUSEL_QUICK_REPLIES', '4', /PROXY_CAROUSEL_QUICK_REPLIES must be 2 or 3; got "4"/],
  ])('refuses %s=%s instead of guessing', (name, value, error) => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', [name]: value })).toEqual({
      ok: false,
      error: expect.stringMatching(error),
    })
  })
  it('refuses a plain-http BRIQ_UPSTREAM off this machine, naming the variable and the fix', () => {
    const result = readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', BRIQ_UPSTREAM: 'http://10.0.0.5:4010' })
    expect(result).toEqual({
      ok: false,
      error:
        'BRIQ_UPSTREAM "http://10.0.0.5:4010" is plain http to a host other than this machine: the API key would cross the network unencrypted. ' +
        'Use https, or set PROXY_ALLOW_INSECURE_UPSTREAM=1 if the network in between is private and trusted (a container network).',
    })
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', BRIQ_UPSTREAM: 'http://[::1]:4010' })).toMatchObject(
      { ok: true, config: { upstream: 'http://[::1]:4010', allowInsecureUpstream: false } },
    )
    expect(
      readServerConfig({
        BRIQ_API_KEY: 'k',
        PROXY_TOKEN: 't',
        BRIQ_UPSTREAM: 'http://briq-mock:4010',
        PROXY_ALLOW_INSECURE_UPSTREAM: '1',
      }),
    ).toMatchObject({ ok: true, config: { upstream: 'http://briq-mock:4010', allowInsecureUpstream: true } })
    expect(
      readServerConfig({
        BRIQ_API_KEY: 'k',
        PROXY_TOKEN: 't',
        BRIQ_UPSTREAM: 'http://briq-mock:4010',
        PROXY_ALLOW_INSECURE_UPSTREAM: 'yes',
      }),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/PROXY_ALLOW_INSECURE_UPSTREAM must be 1 \(on\) or 0 \(off\)/),
    })
  })

  it('reads how long a client may take to send a request, and to take none of an answer', () => {
    expect(
      readServerConfig({
        BRIQ_API_KEY: 'k',
        PROXY_TOKEN: 't',
        PROXY_HEADERS_TIMEOUT_MS: ' 5000 ',
        PROXY_REQUEST_TIMEOUT_MS: '10000',
        PROXY_WRITE_TIMEOUT_MS: '60000',
      }),
    ).toMatchObject({ ok: true, config: { headersTimeoutMs: 5000, requestTimeoutMs: 10_000, writeTimeoutMs: 60_000 } })
  })

  it("reads PROXY_KEEP_ALIVE_TIMEOUT_MS in decimal milliseconds within its bounds, node's 5 s by default", () => {
    const env = { BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' }
    expect(readServerConfig(env)).toMatchObject({ ok: true, config: { keepAliveTimeoutMs: 5000 } })
    for (const [raw, value] of [
      [' 65000 ', 65_000],
      ['1000', 1000],
      ['3600000', 3_600_000],
    ] as const) {
      expect(readServerConfig({ ...env, PROXY_KEEP_ALIVE_TIMEOUT_MS: raw })).toMatchObject({
        ok: true,
        config: { keepAliveTimeoutMs: value },
      })
    }
    for (const raw of ['0', '999', '3600001', '6.5e4', '0x3e8', '65s', '-1', 'Infinity']) {
      expect(readServerConfig({ ...env, PROXY_KEEP_ALIVE_TIMEOUT_MS: raw })).toEqual({
        ok: false,
        error: `PROXY_KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 3600000; got "${raw}".`,
      })
    }
  })

  it("reads PROXY_SHUTDOWN_GRACE_MS in decimal milliseconds, 8 s by default (within Docker's 10 s)", () => {
    const env = { BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' }
    expect(readServerConfig(env)).toMatchObject({ ok: true, config: { shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS } })
    // With the half second the last answers take, it ends before `docker stop` sends SIGKILL.
    expect(DEFAULT_SHUTDOWN_GRACE_MS + 500).toBeLessThan(10_000)
    for (const [raw, value] of [
      [' 16000 ', 16_000],
      ['0', 0],
      ['', DEFAULT_SHUTDOWN_GRACE_MS],
      ['3600000', 3_600_000],
    ] as const) {
      expect(readServerConfig({ ...env, PROXY_SHUTDOWN_GRACE_MS: raw })).toMatchObject({
        ok: true,
        config: { shutdownGraceMs: value },
      })
    }
    for (const raw of ['3600001', '8s', '8.5', '-1', '1e4', 'Infinity']) {
      expect(readServerConfig({ ...env, PROXY_SHUTDOWN_GRACE_MS: raw })).toEqual({
        ok: false,
        error: `PROXY_SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 3600000; got "${raw}".`,
      })
    }
  })

  it('reads PROXY_MAX_CONNECTIONS and PROXY_MAX_REQUESTS_PER_SOCKET, 1024 and 1000 by default', () => {
    const env = { BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' }
    expect(readServerConfig(env)).toMatchObject({
      ok: true,
      config: { maxConnections: 1024, maxRequestsPerSocket: 1000 },
    })
    expect(
      readServerConfig({ ...env, PROXY_MAX_CONNECTIONS: ' 4096 ', PROXY_MAX_REQUESTS_PER_SOCKET: '1' }),
    ).toMatchObject({ ok: true, config: { maxConnections: 4096, maxRequestsPerSocket: 1 } })
    for (const name of ['PROXY_MAX_CONNECTIONS', 'PROXY_MAX_REQUESTS_PER_SOCKET']) {
      for (const raw of ['0', '1000001', '1.5', '1e3', '-1', 'many']) {
        expect(readServerConfig({ ...env, [name]: raw })).toEqual({
          ok: false,
          error: `${name} must be a whole number from 1 to 1000000; got "${raw}".`,
        })
      }
    }
  })

  it.each([
    ['PROXY_HEADERS_TIMEOUT_MS', '0'],
    ['PROXY_REQUEST_TIMEOUT_MS', '1.5'],
    ['PROXY_REQUEST_TIMEOUT_MS', '2147483648'],
    ['PROXY_HEADERS_TIMEOUT_MS', '15s'],
    ['PROXY_WRITE_TIMEOUT_MS', '0'],
    ['PROXY_HEADERS_TIMEOUT_MS', '1e4'],
    ['PROXY_WRITE_TIMEOUT_MS', '0x3e8'],
  ])('refuses %s=%s: not whole milliseconds a timer can hold', (name, value) => {
    expect(readServerConfig({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', [name]: value })).toEqual({
      ok: false,
      error: `${name} must be a whole number of milliseconds from 1 to 2147483647; got "${value}".`,
    })
  })
})
