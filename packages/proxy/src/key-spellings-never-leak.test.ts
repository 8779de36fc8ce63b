import type { ServerResponse } from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { KEY_REFUSAL_MAX_BYTES } from './forward-to-upstream.ts'
import { nodeFetch } from './node/node-fetch.ts'
import { createSecretRedactor } from './redact-secret.ts'
import { type FakeUpstream, startFakeUpstream } from './testing/fake-upstream.ts'
import { responseText, startTestProxy, TEST_KEY, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// Any spelling a client could decode back to the key counts as a leak.
const leaks = createSecretRedactor(TEST_KEY)
const escaped = TEST_KEY.replaceAll('_', '\\u005f')
const percent = [...TEST_KEY].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')

const servers: (FakeUpstream | TestProxy)[] = []
afterAll(() => Promise.all(servers.map((server) => server.close())))

async function proxyIn(reply: Parameters<typeof startFakeUpstream>[0], extra = {}): Promise<TestProxy> {
  const upstream = await startFakeUpstream(reply)
  const proxy = await startTestProxy({ upstream: upstream.url, ...extra })
  servers.push(upstream, proxy)
  return proxy
}

async function seen(response: Response): Promise<string> {
  const text = await responseText(response)
  expect(leaks.test(text)).toBe(false)
  return text
}

describe('the key never leaves, however it is spelled', () => {
  it('scans an answer holding a long run of backslashes in one pass, and still finds the key after it', async () => {
    // A message's text or flow data full of backslashes, listed back by Briq: each backslash used
    // to restart a scan of the whole run (a 64 000-run took a minute, blocking the proxy); a
    // million would never finish.
    const run = '\\'.repeat(1_000_000)
    const keyAfter = `\\u${TEST_KEY.charCodeAt(0).toString(16).padStart(4, '0')}${TEST_KEY.slice(1)}`
    const proxy = await proxyIn((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"items":[{"content":{"text":"${run}"}},{"echo":"${keyAfter}"}]}`)
    })
    const text = await seen(await fetch(`${proxy.url}/v1/whatsapp/messages`))
    expect(text.endsWith(`{"items":[{"content":{"text":"${run}"}},{"echo":"[redacted]"}]}`)).toBe(true)
  })

  it('is redacted from JSON that escapes it (\\u005f, \\/), even split across chunks and gzip-encoded', async () => {
    const body = `{"detail":"bad key ${escaped}","echo":"${TEST_KEY.slice(0, 9)}`
    const proxy = await proxyIn((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      const zipped = gzipSync(`${body}${TEST_KEY.slice(9)}"}`)
      res.write(zipped.subarray(0, 10))
      setTimeout(() => res.end(zipped.subarray(10)), 20)
    })
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(401)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await seen(response.clone())).toContain('"detail":"bad key [redacted]","echo":"[redacted]"')
  })

  it('is redacted when a hostile upstream echoes it lower- or upper-cased, in base64 at any offset, or in hex', async () => {
    const blob = (prefix: string) => btoa(`${prefix}{"key":"${TEST_KEY}"}`).replaceAll('+', '-').replaceAll('/', '_')
    const hex = [...TEST_KEY].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')
    const proxy = await proxyIn((_req, res) => {
      res.writeHead(401, {
        'content-type': 'application/json',
        'x-echo-lower': TEST_KEY.toLowerCase(),
        'x-echo-base64': btoa(TEST_KEY),
        'x-safe': 'kept',
      })
      res.end(
        JSON.stringify({
          lower: TEST_KEY.toLowerCase(),
          upper: TEST_KEY.toUpperCase(),
          tokens: [blob(''), blob('a'), blob('ab'), btoa(TEST_KEY).replace(/=+$/, '')],
          hex,
          hexUpper: hex.toUpperCase(),
        }),
      )
    })
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.headers.get('x-echo-lower')).toBeNull()
    expect(response.headers.get('x-echo-base64')).toBeNull()
    expect(response.headers.get('x-safe')).toBe('kept')
    const text = await seen(response)
    expect(text).not.toContain(TEST_KEY.toLowerCase())
    expect(text).not.toContain(TEST_KEY.toUpperCase())
    expect(text).not.toContain(hex)
    expect(text.match(/\[redacted\]/g)).toHaveLength(8)
  })

  it('is redacted from an HTML error page that escapes it with named references, once or twice over', async () => {
    // A key with the characters HTML escapes, on a gateway's error page (as templating engines
    // escape: `&amp;`, `&lt;`, `&quot;`…), escaped twice, as JSON shown on a page, and written
    // with the rarer names (`&lowbar;`, `&UnderBar;`) a browser decodes all the same.
    const key = `briq_live&K3y<7f>"a'9c`
    const html = (text: string) =>
      text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
    const spellings = [
      html(key),
      html(html(key)),
      html(JSON.stringify({ key })),
      html(key).replaceAll('_', '&lowbar;').replaceAll("'", '&apos;'),
      html(key).replaceAll('_', '&UnderBar;').replace('&amp;', '&AMP'),
    ]
    const proxy = await proxyIn(
      (_req, res) => {
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end(`<!doctype html><ul>${spellings.map((spelling) => `<li>${spelling}</li>`).join('')}</ul>`)
      },
      { apiKey: key },
    )
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(502)
    const text = await responseText(response)
    for (const spelling of spellings) expect(text).not.toContain(spelling)
    expect(text).toContain('<li>[redacted]</li><li>[redacted]</li><li>{&quot;key&quot;:&quot;[redacted]&quot;}</li>')
    expect(text.match(/\[redacted\]/g)).toHaveLength(5)
  })

  it('is redacted where an upstream echoes it masked or cut short, as APIs often do in a 401', async () => {
    const masked = `${TEST_KEY.slice(0, 14)}****${TEST_KEY.slice(-4)}`
    const proxy = await proxyIn((req, res) => {
      const sent = String(req.headers['x-api-key'])
      res.writeHead(401, {
        'content-type': 'application/json',
        'x-key-hint': `${sent.slice(0, 8)}...`,
        'x-safe': 'kept',
      })
      res.end(JSON.stringify({ detail: `Invalid API key ${masked}`, key_end: sent.slice(-10) }))
    })
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(401)
    expect(response.headers.get('x-key-hint')).toBeNull()
    expect(response.headers.get('x-safe')).toBe('kept')
    expect(await seen(response)).toContain('{"detail":"Invalid API key [redacted]****1e5d","key_end":"[redacted]"}')
  })

  // A refusal's runs are searched for near-copies of the key, a search that grows faster than
  // the body: a 16 MB 401 of them held the proxy for seconds. No more than a refusal is read.
  describe.each([
    ['fetch', {}],
    ['nodeFetch', { fetch: nodeFetch() }],
  ])('a 401 full of near-copies of the key, through %s', (_name, extra) => {
    const nearCopy = `${TEST_KEY.slice(0, -1)} `
    const copies = Math.floor(KEY_REFUSAL_MAX_BYTES / nearCopy.length)
    // Exactly the most of a 401 the proxy reads.
    const padding = ' '.repeat(KEY_REFUSAL_MAX_BYTES - copies * nearCopy.length)
    const refusing = (body: string) => (_req: unknown, res: ServerResponse) => {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(body)
    }

    it('is passed on with every run cut out, up to the most of a refusal read', async () => {
      const proxy = await proxyIn(refusing(nearCopy.repeat(copies) + padding), extra)
      const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
      expect(response.status).toBe(401)
      expect((await seen(response)).endsWith(`\n\n${'[redacted] '.repeat(copies)}${padding}`)).toBe(true)
    })

    it("one byte longer, is still a refusal, in the proxy's own words, none of its body passed on", async () => {
      const proxy = await proxyIn(refusing(`${nearCopy.repeat(copies)}${padding}x`), extra)
      const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
      expect(response.status).toBe(401)
      const text = await seen(response.clone())
      expect(text).not.toContain(TEST_KEY.slice(0, 12))
      expect(await response.json()).toMatchObject({
        errors: [
          {
            code: 'UNAUTHORIZED',
            message: `Briq refused the API key (HTTP 401); its answer was larger than ${KEY_REFUSAL_MAX_BYTES} bytes, and the proxy did not pass it on.`,
          },
        ],
      })
      expect(proxy.logs.at(-1)).toMatchObject({ status: 401, message: 'upstream 401 answer too large' })
    })
  })

  // Were runs cut out of a caller's own words, `briq_live_S` coming back as `[redacted]` and
  // `briq_live_X` as `[redacted]X` would confirm the key a character at a time.
  it("is no oracle: part of the key in the caller's own text comes back as the caller wrote it", async () => {
    const guesses = [`${TEST_KEY.slice(0, 11)}`, `${TEST_KEY.slice(0, 10)}X`]
    const proxy = await proxyIn((req, res) => {
      res.writeHead(req.method === 'POST' ? 422 : 200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ detail: `you sent ${req.body || req.url}` }))
    })
    for (const guess of guesses) {
      const refused = await fetch(`${proxy.url}/v1/whatsapp/senders`, {
        headers: { Origin: `https://${guess}.example` },
      })
      expect(refused.status).toBe(403)
      expect(await refused.text()).toContain(`Origin https://${guess}.example is not allowed`)
      const read = await fetch(`${proxy.url}/v1/whatsapp/messages?q=${guess}`)
      expect(await read.text()).toContain(`q=${guess}`)
      const sent = await fetch(`${proxy.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...VALID_SEND, interactive: { ...VALID_SEND.interactive, body: { text: guess } } }),
      })
      expect(sent.status).toBe(422)
      expect(await sent.text()).toContain(guess)
    }
  })

  it('drops a Location and other headers that carry it percent-encoded', async () => {
    const proxy = await proxyIn((_req, res) => {
      res.writeHead(201, { location: `https://elsewhere.example/?k=${percent}`, 'x-debug': percent, 'x-safe': 'kept' })
      res.end()
    })
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(201)
    expect(response.headers.get('location')).toBeNull()
    expect(response.headers.get('x-debug')).toBeNull()
    expect(response.headers.get('x-safe')).toBe('kept')
    await seen(response)
  })

  it("is not echoed back in the proxy's own errors (a refused Origin quoting it)", async () => {
    const proxy = await proxyIn(() => {})
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`, {
      headers: { Origin: `https://x.example/${percent}` },
    })
    expect(response.status).toBe(403)
    await seen(response)
    const again = await fetch(`${proxy.url}/v1/whatsapp/senders`, {
      headers: { Origin: `https://x.example/${TEST_KEY}` },
    })
    expect(await seen(again)).toContain('Origin https://x.example/[redacted] is not allowed')
  })

  it('is redacted from a Response that authorize returns, which still gets CORS headers', async () => {
    const proxy = await proxyIn(() => {}, {
      allowAnonymous: false,
      allowedOrigins: ['https://admin.example'],
      authorize: (request: Request) =>
        request.headers.has('X-Redirect')
          ? Response.redirect(`https://login.example/?next=${percent}`, 302)
          : new Response(`denied for ${TEST_KEY}`, { status: 403, headers: { 'x-who': TEST_KEY } }),
    })
    const denied = await fetch(`${proxy.url}/v1/whatsapp/senders`, { headers: { Origin: 'https://admin.example' } })
    expect(denied.status).toBe(403)
    expect(denied.headers.get('access-control-allow-origin')).toBe('https://admin.example')
    expect(await seen(denied)).toContain('denied for [redacted]')
    const redirected = await fetch(`${proxy.url}/v1/whatsapp/senders`, {
      headers: { Origin: 'https://admin.example', 'X-Redirect': '1' },
      redirect: 'manual',
    })
    expect(redirected.status).toBe(302)
    expect(redirected.headers.get('access-control-allow-origin')).toBe('https://admin.example')
    await seen(redirected)
  })

  it('is in no log event, whatever the caller put in the path, method name or headers', async () => {
    const proxy = await proxyIn((_req, res) => res.end('{}'))
    await fetch(`${proxy.url}/v1/whatsapp/${percent}`)
    await fetch(`${proxy.url}/v1/whatsapp/messages/${TEST_KEY}`, { headers: { 'X-Request-Id': TEST_KEY } })
    expect(proxy.logs.length).toBeGreaterThan(1)
    for (const event of [...servers.flatMap((server) => ('logs' in server ? server.logs : []))]) {
      expect(leaks.test(JSON.stringify(event))).toBe(false)
    }
  })
})

// What a client could make of an answer's bytes: as they are, or gunzipped once or twice.
function decodings(bytes: Buffer): string[] {
  const texts = [bytes.toString('latin1')]
  let current = bytes
  for (let round = 0; round < 2; round++) {
    try {
      current = gunzipSync(current)
    } catch {
      break
    }
    texts.push(current.toString('latin1'))
  }
  return texts
}

describe.each([
  ['the runtime fetch', fetch],
  ['nodeFetch', nodeFetch()],
])('an answer the proxy cannot decode, through %s', (_name, fetchImpl) => {
  const echo = Buffer.from(`{"echo":"${TEST_KEY}"}`)
  // Each is still compressed when the proxy scans it, so the key would pass unseen.
  const codings: [string, string | string[], Buffer][] = [
    ['a list of codings', 'gzip, gzip', gzipSync(gzipSync(echo))],
    ['gzip beside identity', 'gzip, identity', gzipSync(echo)],
    ['an unknown coding', 'compress', gzipSync(echo)],
    ['two Content-Encoding lines', ['gzip', 'gzip'], gzipSync(gzipSync(echo))],
  ]

  it.each(codings)('%s is 502, never passed on with the key inside', async (_label, coding, bytes) => {
    const proxy = await proxyIn(
      (_req, res) => {
        res.setHeader('content-encoding', coding)
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(bytes)
      },
      { fetch: fetchImpl },
    )
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    const body = Buffer.from(await response.arrayBuffer())
    for (const text of decodings(body)) expect(leaks.test(text)).toBe(false)
    expect(response.status).toBe(502)
    expect(JSON.parse(body.toString('utf8')).errors[0].code).toBe('UPSTREAM_RESPONSE_UNREADABLE')
  })

  it('one coding it decodes still passes, the key redacted', async () => {
    const proxy = await proxyIn(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': ' GZIP ' })
        res.end(gzipSync(echo))
      },
      { fetch: fetchImpl },
    )
    const response = await fetch(`${proxy.url}/v1/whatsapp/senders`)
    expect(response.status).toBe(200)
    expect(await seen(response)).toContain('{"echo":"[redacted]"}')
  })
})
