import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { LIMITS } from '@briq-interactive/core'
import {
  CUT_OFF_ANSWER,
  dripRequestUntilClosed,
  pipelinedAnswers,
  writeUntilServerCloses,
} from '@briq-interactive/test-sockets'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { rawRequest } from '../testing/raw-request.ts'
import { TEST_KEY, VALID_SEND } from '../testing/start-test-proxy.ts'

const BIN = fileURLToPath(new URL('./briq-proxy.ts', import.meta.url))

// All each start of the bin gets from this process: PATH, and Node's compile cache when the
// run has one (vitest.config.ts sets it), so thirty starts do not each compile the kit again.
const { NODE_COMPILE_CACHE } = process.env
const BASE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  ...(NODE_COMPILE_CACHE && { NODE_COMPILE_CACHE }),
}

interface Run {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [BIN], { env: { ...BASE_ENV, ...env }, stdio: 'pipe' })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) }
}

async function listeningUrl(started: Run): Promise<string> {
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(started.output())
    if (match?.[1]) return match[1]
    if (started.child.exitCode !== null) throw new Error(`briq-proxy exited: ${started.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The bin's exit code, or 'listening' (and the bin stopped) when it started instead. */
async function exitCodeOrListening(started: Run): Promise<number | null | 'listening'> {
  const exited = await Promise.race([
    started.exited,
    listeningUrl(started).then(
      () => 'listening' as const,
      () => started.exited,
    ),
  ])
  if (exited === 'listening') started.child.kill()
  return exited
}

// Each test starts the bin as a Node process that loads the kit from TypeScript: on a loaded
// 2-core machine one start took over Vitest's 5 s default, so these wait as long as spawnSync does.
describe('the briq-proxy bin', { timeout: 30_000 }, () => {
  it('says on stderr that it is full, naming PROXY_MAX_CONNECTIONS, and frees the idle socket', async () => {
    const started = run({
      BRIQ_API_KEY: TEST_KEY,
      BRIQ_UPSTREAM: 'http://127.0.0.1:9',
      PROXY_ALLOW_ANONYMOUS: '1',
      PORT: '0',
      PROXY_MAX_CONNECTIONS: '1',
    })
    try {
      const { port } = new URL(await listeningUrl(started))
      const silent = connect(Number(port), '127.0.0.1')
      silent.on('error', () => {})
      await once(silent, 'connect')
      // Accepted in order: the second finds the server full and is refused; the silent one,
      // holding a socket with no request, is closed to make room.
      const refused = connect(Number(port), '127.0.0.1')
      refused.on('error', () => {})
      await Promise.all([once(refused, 'close'), once(silent, 'close')])
      while (!started.output().includes('PROXY_MAX_CONNECTIONS allows')) await once(started.child.stderr!, 'data')
      expect(started.output()).toContain(
        'briq-proxy: 1 connections are open, the most PROXY_MAX_CONNECTIONS allows: refused 1 new one (idle ones are closed to make room)',
      )
      expect(started.output()).not.toContain(TEST_KEY)
    } finally {
      started.child.kill('SIGTERM')
      await started.exited
    }
  })

  it('on SIGTERM answers the send in flight before exiting 0; a second SIGTERM ends the grace at once', async () => {
    const held: Parameters<Parameters<typeof startFakeUpstream>[0]>[1][] = []
    const briq = await startFakeUpstream((_request, res) => {
      held.push(res)
    })
    const env = { BRIQ_API_KEY: TEST_KEY, BRIQ_UPSTREAM: briq.url, PROXY_ALLOW_ANONYMOUS: '1', PORT: '0' }
    const path = '/api/briq/v1/whatsapp/messages/interactive'
    const body = JSON.stringify(VALID_SEND)
    try {
      const started = run(env)
      const url = await listeningUrl(started)
      const sending = rawRequest(url, 'POST', path, { 'content-type': 'application/json' }, body)
      while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
      started.child.kill('SIGTERM')
      while (!started.output().includes('SIGTERM, stopping')) await once(started.child.stdout!, 'data')
      expect(started.output()).toContain(
        'briq-proxy: SIGTERM, stopping: forwarding nothing more, answering the requests in flight (at most 8 s, PROXY_SHUTDOWN_GRACE_MS; SIGTERM again stops now)',
      )
      json(held[0]!, 202, { success: true, data: { message_id: 'wamid.held', status: 'pending' } })
      const answer = await sending
      expect(answer.status).toBe(202)
      expect(answer.headers.connection).toBe('close')
      expect(answer.body).toContain('wamid.held')
      expect(await started.exited).toBe(0)

      const again = run(env)
      const second = rawRequest(await listeningUrl(again), 'POST', path, { 'content-type': 'application/json' }, body)
      while (held.length === 1) await new Promise((resolve) => setTimeout(resolve, 20))
      again.child.kill('SIGTERM')
      while (!again.output().includes('SIGTERM, stopping')) await once(again.child.stdout!, 'data')
      again.child.kill('SIGTERM')
      expect(await again.exited).toBe(0)
      expect(again.output()).toContain('briq-proxy: SIGTERM again, stopping now')
      // Told before the exit, not cut: the send had left for Briq, so it may have gone.
      const told = await second
      expect(told.status).toBe(502)
      expect(JSON.parse(told.body).errors[0].code).toBe('UPSTREAM_ANSWER_LOST')
    } finally {
      for (const res of held) res.destroy()
      await briq.close()
    }
  })

  it('past PROXY_SHUTDOWN_GRACE_MS tells a send Briq has not answered that it may have gone, then exits 0', async () => {
    const held: Parameters<Parameters<typeof startFakeUpstream>[0]>[1][] = []
    const briq = await startFakeUpstream((_request, res) => {
      held.push(res)
    })
    try {
      const started = run({
        BRIQ_API_KEY: TEST_KEY,
        BRIQ_UPSTREAM: briq.url,
        PROXY_ALLOW_ANONYMOUS: '1',
        PORT: '0',
        PROXY_SHUTDOWN_GRACE_MS: '1',
      })
      const url = await listeningUrl(started)
      const sending = rawRequest(
        url,
        'POST',
        '/api/briq/v1/whatsapp/messages/interactive',
        { 'content-type': 'application/json' },
        JSON.stringify(VALID_SEND),
      )
      while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
      started.child.kill('SIGTERM')
      const answer = await sending
      expect(answer.status).toBe(502)
      expect(answer.headers.connection).toBe('close')
      expect(JSON.parse(answer.body).errors[0]).toMatchObject({
        code: 'UPSTREAM_ANSWER_LOST',
        message:
          "The proxy stopped (a restart or a deploy) before Briq's answer came back. The request may have reached Briq: check the message's status before sending it again.",
      })
      expect(await started.exited).toBe(0)
      expect(started.output()).toContain('(at most 0.001 s, PROXY_SHUTDOWN_GRACE_MS;')
      // The operator's log says it too, under the id the client was given.
      // Timed from the request's arrival, not 0.
      const line = `POST /api/briq/v1/whatsapp/messages/interactive → 502 (\\d+(?:\\.\\d+)?) ms stopped before Briq answered: may have reached Briq \\[${answer.headers['x-request-id']}\\]`
      const durationMs = Number(new RegExp(line).exec(started.output())?.[1])
      expect(durationMs).toBeGreaterThan(0)
    } finally {
      for (const res of held) res.destroy()
      await briq.close()
    }
  })

  it('prints its variables for --help, before reading them', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], {
      env: BASE_ENV,
      encoding: 'utf8',
    })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: briq-proxy')
    expect(help.stdout).toContain('PROXY_WRITE_TIMEOUT_MS')
  })

  it('refuses an argument it does not take, instead of ignoring it', () => {
    const env = { ...BASE_ENV, BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: 't', PORT: '0' }
    const flagged = spawnSync(process.execPath, [BIN, '--port', '9000'], { env, encoding: 'utf8', timeout: 30_000 })
    expect(flagged.status).toBe(2)
    expect(flagged.stderr).toContain('briq-proxy: unknown argument "--port"')
  })

  // The key passed the way a guess would pass it: the refusal must not print it back.
  it.each([
    ['a flag holding it', ['--api-key=briq_live_ARG_SECRET_7'], 'briq-proxy: unknown argument "--api-key": '],
    ['a flag before it', ['--key', 'briq_live_ARG_SECRET_7'], 'briq-proxy: unknown argument "--key": '],
    ['it alone', ['briq_live_ARG_SECRET_7'], 'briq-proxy: unknown argument (not quoted, in case it is a secret): '],
    [
      'its variable after the command',
      ['BRIQ_API_KEY=briq_live_ARG_SECRET_7'],
      'briq-proxy: BRIQ_API_KEY=… is an environment variable given as an argument: set it before the command (BRIQ_API_KEY=… briq-proxy). ',
    ],
  ])('refuses %s without printing it', (_shape, args, said) => {
    const refused = spawnSync(process.execPath, [BIN, ...args], { env: BASE_ENV, encoding: 'utf8', timeout: 30_000 })
    expect(refused.status).toBe(2)
    expect(refused.stderr.startsWith(said)).toBe(true)
    expect(`${refused.stdout}${refused.stderr}`).not.toContain('ARG_SECRET')
  })

  it('refuses to start without BRIQ_API_KEY', async () => {
    const started = run({ PROXY_TOKEN: 't', PORT: '0' })
    expect(await started.exited).toBe(1)
    expect(started.output()).toMatch(/briq-proxy: BRIQ_API_KEY is not set/)
  })

  it('refuses to start without PROXY_TOKEN, and never prints the key', async () => {
    const started = run({ BRIQ_API_KEY: TEST_KEY, PORT: '0' })
    expect(await started.exited).toBe(1)
    expect(started.output()).toMatch(/PROXY_TOKEN is not set/)
    expect(started.output()).not.toContain(TEST_KEY)
  })

  // docker run --env-file keeps an env file's quotes: a redaction looking for the key with them
  // missed the bare key that another variable's error quoted (HOST: getaddrinfo ENOTFOUND <key>).
  it.each([`"${TEST_KEY}"`, `'${TEST_KEY}'`])(
    'refuses BRIQ_API_KEY wrapped in quotes (%s) first, never printing the key another variable holds',
    async (quoted) => {
      const started = run({ BRIQ_API_KEY: quoted, PROXY_TOKEN: 't', PORT: TEST_KEY, HOST: TEST_KEY })
      expect(await started.exited).toBe(1)
      expect(started.output()).toMatch(/^briq-proxy: BRIQ_API_KEY is wrapped in quotes, which no Briq key holds/)
      expect(started.output()).not.toContain(TEST_KEY)
    },
  )

  it('refuses PROXY_TOKEN wrapped in quotes first, never printing the token another variable holds', async () => {
    const token = 'tok_SECRET_9c1e5d7f3a2b'
    const started = run({ BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: `"${token}"`, PORT: '0', HOST: token })
    expect(await started.exited).toBe(1)
    expect(started.output()).toMatch(/^briq-proxy: PROXY_TOKEN is wrapped in quotes/)
    expect(started.output()).not.toContain(token)
  })

  it('refuses a plain-http BRIQ_UPSTREAM to another machine: the key would travel in clear text', async () => {
    const started = run({
      BRIQ_API_KEY: TEST_KEY,
      PROXY_TOKEN: 't',
      PORT: '0',
      BRIQ_UPSTREAM: 'http://192.0.2.10:4010',
    })
    const exited = await exitCodeOrListening(started)
    expect(exited).toBe(1)
    expect(started.output()).toMatch(
      /^briq-proxy: BRIQ_UPSTREAM "http:\/\/[^"]+" is plain http to a host other than this machine: .*PROXY_ALLOW_INSECURE_UPSTREAM=1/,
    )
    expect(started.output()).not.toContain('listening')
  })

  // "Prototyping on your own machine only": on every interface, with a port a container publishes
  // or a LAN around it, anyone could send WhatsApp messages on the account through it.
  it.each(['0.0.0.0', '::', '192.0.2.10'])(
    'refuses PROXY_ALLOW_ANONYMOUS=1 on HOST=%s, not this machine alone, and says what to set',
    async (host) => {
      const started = run({ BRIQ_API_KEY: TEST_KEY, PROXY_ALLOW_ANONYMOUS: '1', PORT: '0', HOST: host })
      expect(await exitCodeOrListening(started)).toBe(1)
      expect(started.output()).toBe(
        `briq-proxy: PROXY_ALLOW_ANONYMOUS=1 lets anyone who reaches the proxy send WhatsApp messages on your account, and HOST=${host} is reached from other machines. Set PROXY_TOKEN, or keep HOST on loopback (the default 127.0.0.1) while prototyping.\n`,
      )
    },
  )

  it('refuses a PROXY_TOKEN that is the key: callers hold the token (the playground bundles it)', async () => {
    const started = run({ BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: TEST_KEY, PORT: '0' })
    expect(await exitCodeOrListening(started)).toBe(1)
    expect(started.output()).toMatch(/could not start: .*PROXY_TOKEN\) that holds the API key/)
    expect(started.output()).not.toContain(TEST_KEY.slice(0, 8))
  })

  it('never prints the key when a startup error quotes a value that holds it', async () => {
    const started = run({ BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: 't', PORT: '0', PROXY_ALLOWED_ORIGINS: TEST_KEY })
    expect(await started.exited).toBe(1)
    expect(started.output()).toMatch(/^briq-proxy: PROXY_ALLOWED_ORIGINS must be origins.*\[redacted\]/)
    expect(started.output()).not.toContain(TEST_KEY)
  })

  // BRIQ_API_KEY and BRIQ_UPSTREAM swapped in an env file, or the key pasted into the wrong line:
  // the key is not the value redaction knows, so no message may quote the upstream whole.
  it.each([
    ['alone', 'briq_live_IN_THE_WRONG_LINE_42'],
    ['in a query', 'https://karibu.briq.tz/?key=briq_live_IN_THE_WRONG_LINE_42'],
    ['as a password', 'https://briq:briq_live_IN_THE_WRONG_LINE_42@karibu.briq.tz'],
    ['as a password on plain http', 'http://briq:briq_live_IN_THE_WRONG_LINE_42@192.0.2.10'],
  ])('never prints a key found in BRIQ_UPSTREAM (%s), and does not start', async (_shape, upstream) => {
    const started = run({
      BRIQ_API_KEY: 'https://karibu.briq.tz',
      PROXY_TOKEN: 't',
      PORT: '0',
      BRIQ_UPSTREAM: upstream,
    })
    const exited = await exitCodeOrListening(started)
    expect(started.output()).toMatch(/^briq-proxy: (could not start: createBriqProxy: upstream|BRIQ_UPSTREAM) /)
    expect(started.output()).not.toContain('briq_live_IN_THE_WRONG_LINE_42')
    expect(exited).toBe(1)
  })

  // PROXY_TOKEN is a secret as well: set in the wrong variable, a refusal quoting it must not print
  // it, however short (a token too short to cut out of words is cut where it is quoted whole).
  it.each([
    ['PROXY_ALLOWED_ORIGINS', 'proxy_tok_WRONG_PLACE_91'],
    ['PROXY_CAROUSEL_QUICK_REPLIES', 'proxy_tok_WRONG_PLACE_91'],
    ['PROXY_ALLOWED_ORIGINS', 'tok7'],
    ['PROXY_CAROUSEL_QUICK_REPLIES', 't'],
    ['PORT', ' t '],
  ])('never prints PROXY_TOKEN when %s holds it (%j)', async (variable, token) => {
    const started = run({ BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: token, PORT: '0', [variable]: token })
    expect(await exitCodeOrListening(started)).toBe(1)
    expect(started.output()).toMatch(
      /^briq-proxy: (PROXY_ALLOWED_ORIGINS must be origins|PROXY_CAROUSEL_QUICK_REPLIES must be 2 or 3;|PORT must be a port number).* got "\[redacted\]"\.\n$/,
    )
    expect(started.output()).not.toContain(`"${token.trim()}"`)
  })

  it('passes the validation switches to the send check, as briq-mock --extended-list-body does', async () => {
    const upstream = await startFakeUpstream((_req, res) =>
      json(res, 202, { success: true, data: { status: 'pending' } }),
    )
    const longList = {
      to: VALID_SEND.to,
      interactive: {
        type: 'list',
        body: { text: 'x'.repeat(LIMITS.body.text.max + 1) },
        action: { button: 'Pick', sections: [{ title: 'S', rows: [{ id: 'r', title: 'R' }] }] },
      },
    }
    const env = { BRIQ_API_KEY: TEST_KEY, BRIQ_UPSTREAM: upstream.url, PROXY_ALLOW_ANONYMOUS: '1', PORT: '0' }
    const send = (url: string) =>
      fetch(`${url}/api/briq/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(longList),
      })
    const plain = run(env)
    const extended = run({ ...env, PROXY_EXTENDED_LIST_BODY: '1' })
    try {
      const refused = await send(await listeningUrl(plain))
      expect(refused.status).toBe(422)
      expect((await refused.json()).errors[0].field).toBe('interactive.body.text')
      expect((await send(await listeningUrl(extended))).status).toBe(202)
      expect(upstream.requests).toHaveLength(1)
    } finally {
      for (const started of [plain, extended]) {
        started.child.kill('SIGTERM')
        await started.exited
      }
      await upstream.close()
    }
  })

  // PROXY_ALLOWED_ORIGIN read as unset would leave every send from the Vite dev server 403 unexplained.
  // BRIQ_UPSTREM read as unset would send to Briq itself, not the mock; BRIQ_ names of other programs are not its own.
  it('warns of a PROXY_ variable it does not use, or a near miss of a BRIQ_ one, naming the one meant, and starts', async () => {
    const started = run({
      BRIQ_API_KEY: TEST_KEY,
      PROXY_TOKEN: 'dev-token-1234',
      PROXY_ALLOWED_ORIGIN: 'http://localhost:5173',
      BRIQ_UPSTREM: 'http://localhost:4010',
      BRIQ_WEBHOOK_SECRET: 'whsec-of-a-receiver',
      PORT: '0',
    })
    try {
      await listeningUrl(started)
      expect(started.output()).toContain(
        'briq-proxy: warning: PROXY_ALLOWED_ORIGIN is set, but briq-proxy did not use it (did you mean PROXY_ALLOWED_ORIGINS?): it is ignored.',
      )
      expect(started.output()).toContain(
        'briq-proxy: warning: BRIQ_UPSTREM is set, but briq-proxy did not use it (did you mean BRIQ_UPSTREAM?): it is ignored.',
      )
      expect(started.output().match(/warning:/g)).toHaveLength(2)
    } finally {
      started.child.kill('SIGTERM')
      await started.exited
    }
  })

  // The banner says which pages may call it, as briq-mock's does: a typo above, or none set, shows here.
  it('lists the allowed origins in its banner, and says what none set means', async () => {
    const env = { BRIQ_API_KEY: TEST_KEY, PROXY_TOKEN: 'dev-token-1234', PORT: '0' }
    const listed = run({ ...env, PROXY_ALLOWED_ORIGINS: 'http://localhost:5173, https://admin.example.com' })
    const unset = run(env)
    try {
      await Promise.all([listeningUrl(listed), listeningUrl(unset)])
      // The banner's lines after the first may come in a later chunk of its output.
      await expect
        .poll(() => listed.output())
        .toContain('\n  origins:  its own, http://localhost:5173, https://admin.example.com\n')
      await expect
        .poll(() => unset.output())
        .toContain(
          '\n  origins:  its own only; PROXY_ALLOWED_ORIGINS is not set, so a page on any other origin (a Vite dev server, your admin UI) is refused 403 PROXY_ORIGIN_NOT_ALLOWED\n',
        )
    } finally {
      for (const started of [listed, unset]) {
        started.child.kill('SIGTERM')
        await started.exited
      }
    }
  })

  // A page served by an HTTPS reverse proxy in front of the bin: its origin is the forwarded one,
  // while the request reaches the bin over plain HTTP at its loopback address.
  it('takes a send from the forwarded HTTPS origin with TRUST_PROXY=1, and only then', async () => {
    const upstream = await startFakeUpstream((_req, res) =>
      json(res, 202, { success: true, data: { status: 'pending' } }),
    )
    const env = { BRIQ_API_KEY: TEST_KEY, BRIQ_UPSTREAM: upstream.url, PROXY_ALLOW_ANONYMOUS: '1', PORT: '0' }
    const fromForwardedPage = (url: string) =>
      fetch(`${url}/api/briq/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: 'https://shop.example.co.tz',
          'X-Forwarded-Proto': 'https',
          'X-Forwarded-Host': 'shop.example.co.tz',
        },
        body: JSON.stringify(VALID_SEND),
      })
    const plain = run(env)
    const trusting = run({ ...env, TRUST_PROXY: '1' })
    const misspelt = run({ ...env, TRUST_PROXY: 'yes' })
    try {
      // Without it a client's X-Forwarded-* claim no address: the other origin stays refused.
      const refused = await fromForwardedPage(await listeningUrl(plain))
      expect(refused.status).toBe(403)
      expect((await refused.json()).errors[0].code).toBe('PROXY_ORIGIN_NOT_ALLOWED')
      expect((await fromForwardedPage(await listeningUrl(trusting))).status).toBe(202)
      expect(upstream.requests).toHaveLength(1)
      expect(await exitCodeOrListening(misspelt)).toBe(1)
      expect(misspelt.output()).toBe(
        'briq-proxy: TRUST_PROXY must be 1 (behind your own reverse proxy) or 0; got "yes".\n',
      )
    } finally {
      for (const started of [plain, trusting, misspelt]) {
        started.child.kill('SIGTERM')
        await started.exited
      }
      await upstream.close()
    }
  })

  it('cuts off a send body dripped a byte at a time once PROXY_REQUEST_TIMEOUT_MS passes', async () => {
    const upstream = await startFakeUpstream((_req, res) =>
      json(res, 202, { success: true, data: { status: 'pending' } }),
    )
    const started = run({
      BRIQ_API_KEY: TEST_KEY,
      BRIQ_UPSTREAM: upstream.url,
      PROXY_ALLOW_ANONYMOUS: '1',
      PORT: '0',
      PROXY_HEADERS_TIMEOUT_MS: '50',
      PROXY_REQUEST_TIMEOUT_MS: '100',
    })
    try {
      const received = await dripRequestUntilClosed(
        await listeningUrl(started),
        'POST /api/briq/v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\n' +
          'Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{',
      )
      expect(received).toMatch(CUT_OFF_ANSWER)
      expect(upstream.requests).toHaveLength(0)
    } finally {
      started.child.kill('SIGTERM')
      await started.exited
      await upstream.close()
    }
  })

  describe('running', () => {
    let upstream: FakeUpstream
    let server: Run
    let url: string
    beforeAll(async () => {
      upstream = await startFakeUpstream((_req, res) => json(res, 202, { success: true, data: { status: 'pending' } }))
      server = run({ BRIQ_API_KEY: TEST_KEY, BRIQ_UPSTREAM: upstream.url, PROXY_TOKEN: 'bin-token', PORT: '0' })
      url = await listeningUrl(server)
    })
    afterAll(async () => {
      server.child.kill('SIGTERM')
      await server.exited
      await upstream.close()
    })

    it('forwards an authorized send under /api/briq and logs it without the key', async () => {
      const response = await fetch(`${url}/api/briq/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { Authorization: 'Bearer bin-token', 'Content-Type': 'application/json' },
        body: JSON.stringify(VALID_SEND),
      })
      expect(response.status).toBe(202)
      expect(upstream.requests.at(-1)?.headers['x-api-key']).toBe(TEST_KEY)
      await expect.poll(() => server.output()).toMatch(/POST \/api\/briq\/v1\/whatsapp\/messages\/interactive → 202/)
    })

    it('refuses a missing or wrong token, and anything outside /api/briq', async () => {
      const senders = `${url}/api/briq/v1/whatsapp/senders`
      expect((await fetch(senders)).status).toBe(401)
      expect((await fetch(senders, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
      expect(
        (await fetch(`${url}/v1/whatsapp/senders`, { headers: { Authorization: 'Bearer bin-token' } })).status,
      ).toBe(404)
    })

    it('refuses a request whose Host is not a loopback name, as a DNS-rebinding page would send', async () => {
      const headers = {
        Authorization: 'Bearer bin-token',
        Host: 'rebind.attacker.example',
        Origin: 'http://rebind.attacker.example',
      }
      const response = await rawRequest(url, 'GET', '/api/briq/v1/whatsapp/senders', headers)
      expect(response.status).toBe(403)
      expect(JSON.parse(response.body).errors[0].code).toBe('PROXY_HOST_NOT_ALLOWED')
      const local = await rawRequest(url, 'GET', '/api/briq/v1/whatsapp/senders', {
        ...headers,
        Host: 'localhost',
        Origin: 'http://localhost',
      })
      expect(local.status).toBe(202)
    })

    it('answers CONNECT with 405 in the envelope instead of dropping the socket', async () => {
      const received = await writeUntilServerCloses(
        url,
        'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n',
      )
      expect(received).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/)
      expect(received).toMatch(/\r\nAllow: GET, POST, OPTIONS\r\n/)
      expect(received).toContain('"code":"PROXY_METHOD_NOT_ALLOWED"')
    })

    // The proxy cuts the key out of its log events; PROXY_TOKEN, which only the bin knows, a
    // caller may put in a path too (an endpoint written with it), and the log line printed it.
    it('logs no PROXY_TOKEN a caller put in the path', async () => {
      const response = await fetch(`${url}/api/briq/v1/whatsapp/messages/bin-token`, {
        headers: { Authorization: 'Bearer bin-token' },
      })
      expect(response.status).toBe(202)
      await expect.poll(() => server.output()).toMatch(/GET \/api\/briq\/v1\/whatsapp\/messages\/\[redacted\] → 202/)
      expect(server.output().replaceAll('Bearer $PROXY_TOKEN', '')).not.toMatch(/bin-token/i)
    })

    // Node's own refusals reach no handler; an operator hears of them in the log all the same.
    it('logs what node refuses before the proxy runs, without the token, the key or a body', async () => {
      const [notHttp = ''] = await pipelinedAnswers(url, `NOT HTTP ${TEST_KEY}\r\n\r\n`, 1)
      expect(notHttp).toMatch(/^HTTP\/1\.1 400 /)
      const [expectation = ''] = await pipelinedAnswers(
        url,
        'POST /api/briq/bin-token?to=255712345678 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer bin-token\r\n' +
          `Expect: 200-ok\r\nContent-Length: ${TEST_KEY.length}\r\n\r\n${TEST_KEY}`,
        1,
      )
      expect(expectation).toMatch(/^HTTP\/1\.1 417 /)
      const idOf = (answer: string) => /\r\nX-Request-Id: ([^\r]+)/i.exec(answer)?.[1]
      await expect.poll(() => server.output()).toContain(`[${idOf(expectation)}]`)
      await expect.poll(() => server.output()).toContain(`[${idOf(notHttp)}]`)
      expect(server.output()).toMatch(
        new RegExp(
          `- - → 400 [\\d.]+ ms refused before the proxy: The request is not valid HTTP/1\\.1 \\[${idOf(notHttp)}\\]`,
        ),
      )
      expect(server.output()).toMatch(
        /POST \/api\/briq\/\[redacted\] → 417 [\d.]+ ms refused before the proxy: Expect: "200-ok" cannot be met/,
      )
      expect(server.output()).not.toContain('255712345678')
      expect(server.output()).not.toContain(TEST_KEY)
      expect(server.output().replaceAll('Bearer $PROXY_TOKEN', '')).not.toMatch(/bin-token/i)
    })

    it('prints its URL but never the key', () => {
      expect(server.output()).toContain(`${url}/api/briq`)
      expect(server.output()).not.toContain(TEST_KEY)
    })
  })
})
