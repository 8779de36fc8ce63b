import { type ChildProcess, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { once } from 'node:events'
import { createServer } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import {
  answersIn,
  pipelinedAnswers,
  type RawClient,
  rawClient,
  writeUntilServerCloses,
} from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { networkUrls } from './network-urls.ts'

const BIN = fileURLToPath(new URL('./briq-mock.ts', import.meta.url))

// Starts the real bin with Node (type stripping, as `pnpm mock` does) and waits for its URL.
async function startBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let output = ''
  child.stdout!.on('data', (chunk) => {
    output += chunk
  })
  child.stderr!.on('data', (chunk) => {
    output += chunk
  })
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      // The banner ends with the "try:" line; wait for all of it.
      const match = /at (http:\/\/\S+)/.exec(output)
      if (match && output.includes('try: curl')) resolve(match[1]!)
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => reject(new Error(`briq-mock exited with ${code}: ${output}`)))
  })
  return { child, url, output: () => output }
}

// Starts the real bin on options it should refuse; `exited` gives its exit code and stderr.
function startRefusedBin(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }))
  return { child, exited }
}

// A send of a button message, with an X-Mock-Fault header when `fault` is not empty.
function sendHead(fault: string): string {
  const body = JSON.stringify({
    to: '255712345678',
    interactive: {
      type: 'button',
      body: { text: 'Karibu' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] },
    },
  })
  return (
    `POST /v1/whatsapp/messages/interactive HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n${fault === '' ? '' : `X-Mock-Fault: ${fault}\r\n`}` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  )
}

// A send with `fault` pipelined behind a read, its last `withheld` bytes not written yet (`rest`):
// once the read's answer comes, the server has read both heads (node parses a chunk whole), so
// the send is in flight.
async function heldSend(url: string, fault: string, withheld = 0): Promise<RawClient & { rest: string }> {
  const send = sendHead(fault)
  const cut = send.length - withheld
  const client = rawClient(url, `GET /__mock/scenario HTTP/1.1\r\nHost: localhost\r\n\r\n${send.slice(0, cut)}`)
  while (client.received() === '') await once(client.socket, 'data')
  return { ...client, rest: send.slice(cut) }
}

// Waits until the bin has printed `text`.
async function waitForOutput(started: { child: ChildProcess; output: () => string }, text: string): Promise<void> {
  while (!started.output().includes(text)) await once(started.child.stdout!, 'data')
}

// Each test starts the bin as a Node process that loads the kit from TypeScript: on a loaded
// 2-core machine one start took over Vitest's 5 s default, so these wait as long as spawnSync does.
describe('briq-mock bin', { timeout: 30_000 }, () => {
  let child: ChildProcess | undefined
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    child = undefined
  })

  it('says once on stderr that it is full, naming --max-connections, and serves the next caller', async () => {
    const started = await startBin(['--max-connections', '1'])
    child = started.child
    const { port } = new URL(started.url)
    const silent = connect(Number(port), '127.0.0.1')
    silent.on('error', () => {})
    await once(silent, 'connect')
    // Accepted in order: the second connection finds the server full, is refused, and the
    // silent one, holding a socket with no request, is closed to make room.
    const refused = connect(Number(port), '127.0.0.1')
    refused.on('error', () => {})
    await Promise.all([once(refused, 'close'), once(silent, 'close')])
    while (!started.output().includes('--max-connections allows')) await once(started.child.stderr!, 'data')
    expect(started.output()).toContain(
      'briq-mock: 1 connections are open, the most --max-connections allows: refused 1 new one (idle ones are closed to make room)',
    )
    const res = await fetch(`${started.url}/v1/whatsapp/senders`, { headers: { 'x-api-key': 'mock-api-key' } })
    expect(res.status).toBe(200)
  })

  it('serves the API, prints the URL and the mock key, and exits 0 on SIGTERM', async () => {
    const started = await startBin(['--seed', 'bin', '--scenario', 'window-closed'])
    child = started.child
    expect(started.output()).toContain('X-API-Key: mock-api-key')
    const res = await fetch(`${started.url}/v1/whatsapp/senders`, { headers: { 'x-api-key': 'mock-api-key' } })
    expect(res.status).toBe(200)
    const scenario = await fetch(`${started.url}/__mock/scenario`).then((r) => r.json())
    expect(scenario.data.scenario).toBe('window-closed')
    started.child.kill('SIGTERM')
    const [code] = await once(started.child, 'exit')
    expect(code).toBe(0)
  }, 20_000)

  it('on SIGTERM finishes a send in flight, answers one arriving meanwhile 503 MOCK_STOPPING with Connection: close, and exits 0', async () => {
    // A grace no loaded machine runs out of before the test writes (no latency to outlast either).
    const started = await startBin(['--seed', 'bin', '--shutdown-grace', '20000'])
    child = started.child
    // A send whose body is still arriving when the signal comes.
    const sending = await heldSend(started.url, '', 10)
    started.child.kill('SIGTERM')
    await waitForOutput(
      started,
      'stopping: answering the requests in flight (at most 20 s, --shutdown-grace; SIGTERM again stops now)',
    )
    // Its body comes whole, and behind it a send written once the stop began: never handled.
    sending.socket.write(sending.rest + sendHead(''))
    const [[code]] = await Promise.all([once(started.child, 'exit'), sending.closed])
    expect(code).toBe(0)
    const [, held, late, more] = answersIn(sending.received())
    expect(held).toMatch(/^HTTP\/1\.1 202 [\s\S]*"status":"pending"/)
    expect(late).toMatch(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"MOCK_STOPPING"/)
    expect(more).toBeUndefined()
  })

  it('on a second signal answers a send still in flight 503 MOCK_STOPPING at once, and exits 0', async () => {
    // A grace past the test's time: only the second signal can end it.
    const started = await startBin(['--seed', 'bin', '--shutdown-grace', '60000'])
    child = started.child
    const sending = await heldSend(started.url, 'latency=60000')
    started.child.kill('SIGINT')
    await waitForOutput(started, 'SIGINT, stopping:')
    started.child.kill('SIGTERM')
    const [[code]] = await Promise.all([once(started.child, 'exit'), sending.closed])
    expect(code).toBe(0)
    expect(started.output()).toContain('briq-mock: SIGTERM again, stopping now')
    expect(answersIn(sending.received()).slice(1)).toEqual([
      expect.stringMatching(/^HTTP\/1\.1 503 [\s\S]*\r\nConnection: close\r\n[\s\S]*"code":"MOCK_STOPPING"/),
    ])
  })

  it('names its flags in the 408 of a request not received in time', async () => {
    const started = await startBin(['--headers-timeout', '50', '--request-timeout', '100'])
    child = started.child
    const received = await writeUntilServerCloses(started.url, 'GET / HTTP/1.1\r\nHost: localhost\r\n')
    expect(received).toMatch(/^HTTP\/1\.1 408 /)
    expect(received).toContain('"The request was not received in time (--request-timeout, --headers-timeout)"')
  }, 20_000)

  it('names its flag in the 503 of a request pipelined past --max-requests-per-socket', async () => {
    const started = await startBin(['--max-requests-per-socket', '1'])
    child = started.child
    const get = 'GET /v1/whatsapp/senders HTTP/1.1\r\nHost: localhost\r\nX-API-Key: mock-api-key\r\n\r\n'
    const [served, refused] = await pipelinedAnswers(started.url, get + get, 2)
    expect(served).toMatch(/^HTTP\/1\.1 200 /)
    expect(refused).toMatch(/^HTTP\/1\.1 503 /)
    expect(refused).toContain(
      '"This connection has carried the 1 request it may (--max-requests-per-socket), so this one was not handled; send it again on a new connection"',
    )
  }, 20_000)

  it('checks sends with the validation options given by flag (--extended-list-body)', async () => {
    const started = await startBin(['--strict', '--extended-list-body'])
    child = started.child
    const longList = {
      type: 'list',
      body: { text: 'a'.repeat(2000) },
      action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
    }
    const res = await fetch(`${started.url}/v1/whatsapp/messages/interactive`, {
      method: 'POST',
      headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
      body: JSON.stringify({ to: '255712345678', interactive: longList }),
    })
    expect(res.status).toBe(202)
  }, 20_000)

  it('posts signed status events to --webhook-url on its own clock', async () => {
    const secret = 'whsec_bin_secret_0123456789'
    const events: string[] = []
    let done: () => void = () => {}
    const all = new Promise<void>((resolve) => {
      done = resolve
    })
    const receiver = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => {
        body += chunk
      })
      request.on('end', () => {
        const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
        events.push(request.headers['x-briq-signature'] === expected ? JSON.parse(body).event : 'bad signature')
        response.end()
        if (events.length === 3) done()
      })
    })
    receiver.listen(0, '127.0.0.1')
    await once(receiver, 'listening')
    try {
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
      const started = await startBin(['--webhook-url', hook, '--tick', '0.01'], { BRIQ_MOCK_WEBHOOK_SECRET: secret })
      child = started.child
      expect(started.output()).toContain(`webhooks: ${hook} (signed)`)
      const res = await fetch(`${started.url}/v1/whatsapp/messages/interactive`, {
        method: 'POST',
        headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
        body: JSON.stringify({
          to: '255712345678',
          interactive: {
            type: 'button',
            body: { text: 'Karibu' },
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
          },
        }),
      })
      expect(res.status).toBe(202)
      // Nothing polls the mock: its own timer moves the status and posts each event.
      await all
      expect(events).toEqual(['whatsapp.sent', 'whatsapp.delivered', 'whatsapp.read'])
    } finally {
      receiver.close()
    }
  }, 20_000)

  it('prints the first failed webhook in full, sums up the rest, and says when they succeed again', async () => {
    let status = 500
    let posts = 0
    let waitingFor = 0
    let reached: () => void = () => {}
    const receiver = createServer((request, response) => {
      request.resume()
      request.on('end', () => {
        response.statusCode = status
        response.end()
        if (++posts === waitingFor) reached()
      })
    })
    const postsReach = (count: number) =>
      new Promise<void>((resolve) => {
        waitingFor = count
        reached = resolve
        if (posts >= count) resolve()
      })
    receiver.listen(0, '127.0.0.1')
    await once(receiver, 'listening')
    try {
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
      const started = await startBin(['--webhook-url', hook, '--tick', '0.001'])
      child = started.child
      const sendOne = async () => {
        const res = await fetch(`${started.url}/v1/whatsapp/messages/interactive`, {
          method: 'POST',
          headers: { 'x-api-key': 'mock-api-key', 'content-type': 'application/json' },
          body: JSON.stringify({
            to: '255712345678',
            interactive: {
              type: 'button',
              body: { text: 'Karibu' },
              action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] },
            },
          }),
        })
        expect(res.status).toBe(202)
      }
      // Five sends, fifteen events, every one answered 500: one line for the first, not fifteen.
      for (let i = 0; i < 5; i++) await sendOne()
      await postsReach(15)
      status = 204
      await sendOne()
      await expect
        .poll(started.output)
        .toContain(`briq-mock: webhook deliveries to ${hook} succeed again, after 15 failed`)
      const output = started.output()
      expect(output.match(/was answered 500/g)).toHaveLength(1)
      expect(output).toMatch(
        new RegExp(`briq-mock: 14 more webhook deliveries to ${hook} failed in the last \\d+ s: 14 answered 500\n`),
      )
    } finally {
      receiver.close()
    }
  }, 20_000)

  it('exits 2 with the usage on a bad option', async () => {
    const refused = startRefusedBin(['--scenario', 'chaos'])
    child = refused.child
    const { code, stderr } = await refused.exited
    expect(code).toBe(2)
    expect(stderr).toContain('--scenario must be one of')
    expect(stderr).toContain('Usage: briq-mock')
  }, 20_000)

  // The banner hides a webhook URL's credentials and query (they end up in logs and
  // screenshots); a refused one must not print them either, nor a value that is no URL at all
  // (the secret, set in BRIQ_MOCK_WEBHOOK_URL by mistake).
  it.each([
    [
      'a URL of another scheme with credentials and a token',
      ['--webhook-url', 'ftp://bot:PW_SECRET@hooks.example/h?token=TOK_SECRET'],
      {},
      'ftp://hooks.example/h (its credentials and query not shown)',
    ],
    [
      'a URL without its scheme',
      ['--webhook-url', 'hooks.example/h?token=TOK_SECRET'],
      {},
      'a value that is not a web address',
    ],
    [
      'the secret in the URL variable',
      [],
      { BRIQ_MOCK_WEBHOOK_URL: 'whsec_TOK_SECRET' },
      'a value that is not a web address',
    ],
  ])(
    'refuses %s as the webhook URL without printing its secrets',
    async (_shape, args, env, shown) => {
      const refused = startRefusedBin(args, env)
      child = refused.child
      const { code, stderr } = await refused.exited
      expect(code).toBe(2)
      expect(stderr).toContain(`must be an http(s) URL, got ${shown}`)
      expect(stderr).not.toMatch(/PW_SECRET|TOK_SECRET|bot:/)
    },
    20_000,
  )

  it('answers pages on this machine only by default, and says so', async () => {
    const started = await startBin([])
    child = started.child
    expect(started.output()).toContain(
      'browser origins: this machine (localhost, *.localhost, 127.0.0.1, [::1], any port)',
    )
    expect(started.output()).not.toContain('warning')
    const state = (origin: string) => fetch(`${started.url}/__mock/state`, { headers: { origin } })
    expect((await state('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    )
    expect((await state('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    const reset = await fetch(`${started.url}/__mock/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    })
    expect(reset.status).toBe(403)
  })

  it('bound to every interface, offers a URL to try on this machine and those on the network', async () => {
    const started = await startBin(['--host', '0.0.0.0'])
    child = started.child
    const port = new URL(started.url).port
    const tried = /try: curl (http:\/\/\S+)\/v1\/whatsapp\/senders/.exec(started.output())
    expect(tried?.[1]).toBe(`http://127.0.0.1:${port}`)
    const res = await fetch(`${tried?.[1]}/v1/whatsapp/senders`, { headers: { 'x-api-key': 'mock-api-key' } })
    expect(res.status).toBe(200)
    // This machine's own addresses, whatever they are here (none on a machine with loopback only).
    const network = networkUrls('0.0.0.0', Number(port))
    const lines = started.output().split('\n')
    expect(lines.filter((line) => line.startsWith('  on your network:'))).toEqual(
      network.length > 0 ? [`  on your network: ${network.join(', ')}`] : [],
    )
  })

  it('warns at startup when told to allow any origin', async () => {
    const started = await startBin(['--allow-any-origin'])
    child = started.child
    expect(started.output()).toContain('browser origins: ANY (--allow-any-origin)')
    const state = await fetch(`${started.url}/__mock/state`, { headers: { origin: 'https://evil.example' } })
    expect(state.headers.get('access-control-allow-origin')).toBe('https://evil.example')
    // The warning goes to stderr, which may land just after the banner.
    await expect.poll(started.output).toContain('briq-mock: warning: --allow-any-origin: any web page you visit')
  })

  // BRIQ_MOCK_MAX_MESSAGE read as unset would leave the default bound in force without a word.
  it('warns at startup of a BRIQ_MOCK_ variable it does not use, naming the one meant', async () => {
    const started = await startBin([], { BRIQ_MOCK_MAX_MESSAGE: '5' })
    child = started.child
    await expect
      .poll(started.output)
      .toContain(
        'briq-mock: warning: BRIQ_MOCK_MAX_MESSAGE is set, but briq-mock did not use it (did you mean BRIQ_MOCK_MAX_MESSAGES?): it is ignored.',
      )
  })
})
