import { readFileSync } from 'node:fs'
import { LIMITS } from '@briq-interactive/core'
import { readingEnv } from '@briq-interactive/core/server'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_MESSAGES, DEFAULT_MAX_STORE_BYTES } from '../options.ts'
import { DEFAULT_SHUTDOWN_GRACE_MS, parseCliArgs, USAGE } from './parse-cli-args.ts'

describe('parseCliArgs', () => {
  it('defaults to port 4010 on 127.0.0.1', () => {
    expect(parseCliArgs([], {})).toEqual({
      kind: 'serve',
      options: { port: 4010, host: '127.0.0.1' },
      shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS,
    })
  })

  it('refuses an empty --host, which node would read as every interface', () => {
    for (const host of ['', ' ']) {
      expect(() => parseCliArgs(['--host', host], {})).toThrow(
        '--host needs an address, such as 127.0.0.1 (the default) or 0.0.0.0; got an empty one',
      )
    }
  })

  it('takes PORT from the environment, --port over it', () => {
    expect(parseCliArgs([], { PORT: '5000' })).toMatchObject({ options: { port: 5000 } })
    expect(parseCliArgs(['--port', '0'], { PORT: '5000' })).toMatchObject({ options: { port: 0 } })
  })

  it('reads every option', () => {
    const command = parseCliArgs(
      [
        '--seed',
        'demo',
        '--tick',
        '0.5',
        '--strict',
        '--open-windows',
        '--scenario',
        'slow-network',
        '--allow-origin',
        'http://a.test',
        '--extended-list-body',
        '--allow-flow-media-header',
        '--carousel-quick-replies',
        '3',
      ],
      {},
    )
    expect(command).toEqual({
      kind: 'serve',
      options: {
        port: 4010,
        host: '127.0.0.1',
        seed: 'demo',
        tick: 0.5,
        strict: true,
        openWindows: true,
        scenario: 'slow-network',
        allowedOrigins: ['http://a.test'],
        validation: { extendedListBody: true, allowFlowMediaHeader: true, carouselQuickReplyMax: 3 },
      },
      shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS,
    })
  })

  it('delivers webhooks to --webhook-url (or $BRIQ_MOCK_WEBHOOK_URL), the secret from the environment only', () => {
    expect(parseCliArgs(['--webhook-url', 'http://127.0.0.1:3000/hook'], {})).toMatchObject({
      options: { webhook: { url: 'http://127.0.0.1:3000/hook' } },
    })
    const env = { BRIQ_MOCK_WEBHOOK_URL: 'https://app.test/hook', BRIQ_MOCK_WEBHOOK_SECRET: 'whsec_x' }
    expect(parseCliArgs([], env)).toMatchObject({
      options: { webhook: { url: 'https://app.test/hook', secret: 'whsec_x' } },
    })
    // An env file's newline is no part of the secret, and a blank one is none ("(signed)" would lie).
    expect(parseCliArgs([], { ...env, BRIQ_MOCK_WEBHOOK_SECRET: 'whsec_x\r\n' })).toMatchObject({
      options: { webhook: { secret: 'whsec_x' } },
    })
    expect(parseCliArgs([], { ...env, BRIQ_MOCK_WEBHOOK_SECRET: ' \n' })).toMatchObject({
      options: { webhook: { secret: undefined } },
    })
    expect(() => parseCliArgs(['--webhook-url', 'app.test/hook'], {})).toThrow(/--webhook-url must be an http\(s\) URL/)
    // fetch refuses credentials in a URL: every delivery would fail, so startup says so, unshown.
    expect(() => parseCliArgs(['--webhook-url', 'https://bot:PW_SECRET@app.test/hook'], {})).toThrow(
      '--webhook-url must not carry a user name or password (fetch will not post to it; a token in its query will do), got https://app.test/hook (its credentials and query not shown)',
    )
    expect(() => parseCliArgs([], { BRIQ_MOCK_WEBHOOK_URL: 'https://bot@app.test/hook' })).toThrow(
      /^BRIQ_MOCK_WEBHOOK_URL must not carry a user name or password/,
    )
    expect(parseCliArgs([], {})).not.toHaveProperty('options.webhook')
  })

  it('counts a variable a flag overrides as read, never warned of as unused', () => {
    const reading = readingEnv({ BRIQ_MOCK_MAX_MESSAGES: '50', BRIQ_MOCK_WEBHOOK_URL: 'http://127.0.0.1:9/hook' })
    const command = parseCliArgs(['--max-messages', '10', '--webhook-url', 'http://127.0.0.1:8/hook'], reading.env)
    expect(command).toMatchObject({ options: { maxMessages: 10, webhook: { url: 'http://127.0.0.1:8/hook' } } })
    expect(reading.unread('BRIQ_MOCK_', 'briq-mock')).toEqual([])
  })

  it('reads the store bounds from flags, or from the environment', () => {
    expect(parseCliArgs(['--max-messages', '500', '--max-store-bytes', '1048576'], {})).toMatchObject({
      options: { maxMessages: 500, maxStoreBytes: 1_048_576 },
    })
    const env = { BRIQ_MOCK_MAX_MESSAGES: '200', BRIQ_MOCK_MAX_STORE_BYTES: '4096' }
    expect(parseCliArgs([], env)).toMatchObject({ options: { maxMessages: 200, maxStoreBytes: 4096 } })
    expect(parseCliArgs(['--max-messages', '300'], env)).toMatchObject({ options: { maxMessages: 300 } })
  })

  it('names the environment variable, not a flag nobody typed, when a variable is wrong', () => {
    const refusals: [Record<string, string>, string][] = [
      [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535, got "70000"'],
      [{ BRIQ_MOCK_MAX_MESSAGES: 'abc' }, 'BRIQ_MOCK_MAX_MESSAGES must be a number ≥ 1, got "abc"'],
      [{ BRIQ_MOCK_MAX_STORE_BYTES: '1.5' }, 'BRIQ_MOCK_MAX_STORE_BYTES must be a whole number, got "1.5"'],
      [
        { BRIQ_MOCK_WRITE_TIMEOUT_MS: '-5' },
        'BRIQ_MOCK_WRITE_TIMEOUT_MS must be a whole number of milliseconds from 1 to 2147483647, got "-5"',
      ],
      [
        { BRIQ_MOCK_WEBHOOK_URL: 'notaurl' },
        'BRIQ_MOCK_WEBHOOK_URL must be an http(s) URL, got a value that is not a web address (not shown, in case it is a secret)',
      ],
    ]
    for (const [env, message] of refusals) expect(() => parseCliArgs([], env)).toThrow(message)
    // A flag over a variable is named as the flag.
    expect(() => parseCliArgs(['--max-messages', 'abc'], { BRIQ_MOCK_MAX_MESSAGES: '5' })).toThrow(
      '--max-messages must be a number ≥ 1, got "abc"',
    )
    // Quoted as every other setting's value is, so a space or an empty value shows.
    expect(() => parseCliArgs(['--max-messages', '2.5 '], {})).toThrow(
      '--max-messages must be a whole number, got "2.5 "',
    )
  })

  it("reads a blank environment variable (an env file's PORT=) as unset, as briq-proxy does", () => {
    const blank = { PORT: '', BRIQ_MOCK_MAX_MESSAGES: ' ', BRIQ_MOCK_WRITE_TIMEOUT_MS: '', BRIQ_MOCK_WEBHOOK_URL: '' }
    const command = parseCliArgs([], blank)
    expect(command).toMatchObject({ kind: 'serve', options: { port: 4010 } })
    expect(command.kind === 'serve' && Object.keys(command.options).sort()).toEqual(['host', 'port'])
    // A blank flag is still a mistake.
    expect(() => parseCliArgs(['--port', ''], {})).toThrow('--port must be an integer from 0 to 65535, got ""')
  })

  it("reads how long requests in flight have to be answered on a stop, 5 s by default (within Docker's 10 s)", () => {
    expect(DEFAULT_SHUTDOWN_GRACE_MS).toBe(5000)
    expect(parseCliArgs(['--shutdown-grace', '0'], {})).toMatchObject({ shutdownGraceMs: 0 })
    expect(parseCliArgs([], { BRIQ_MOCK_SHUTDOWN_GRACE_MS: '2000' })).toMatchObject({ shutdownGraceMs: 2000 })
    expect(parseCliArgs(['--shutdown-grace', '1000'], { BRIQ_MOCK_SHUTDOWN_GRACE_MS: '2000' })).toMatchObject({
      shutdownGraceMs: 1000,
    })
    for (const raw of ['-1', '1.5', 'soon', '3600001']) {
      expect(() => parseCliArgs(['--shutdown-grace', raw], {})).toThrow(
        `--shutdown-grace must be a whole number of milliseconds from 0 to 3600000, got ${JSON.stringify(raw)}`,
      )
    }
    expect(() => parseCliArgs([], { BRIQ_MOCK_SHUTDOWN_GRACE_MS: 'x' })).toThrow(
      'BRIQ_MOCK_SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 3600000, got "x"',
    )
  })

  it('reads how long a client may take to send a request, from flags or the environment', () => {
    expect(parseCliArgs(['--headers-timeout', '5000', '--request-timeout', '10000'], {})).toMatchObject({
      options: { headersTimeoutMs: 5000, requestTimeoutMs: 10_000 },
    })
    const env = { BRIQ_MOCK_HEADERS_TIMEOUT_MS: '2000', BRIQ_MOCK_REQUEST_TIMEOUT_MS: '4000' }
    expect(parseCliArgs([], env)).toMatchObject({ options: { headersTimeoutMs: 2000, requestTimeoutMs: 4000 } })
    expect(parseCliArgs(['--request-timeout', '8000'], env)).toMatchObject({ options: { requestTimeoutMs: 8000 } })
    expect(USAGE).toMatch(/--headers-timeout <ms>.*\n.*default: \$BRIQ_MOCK_HEADERS_TIMEOUT_MS or 15000/)
    expect(USAGE).toMatch(/--request-timeout <ms>.*\n.*default: \$BRIQ_MOCK_REQUEST_TIMEOUT_MS or 30000/)
  })

  it('reads how long a client may take none of an answer, from a flag or the environment', () => {
    expect(parseCliArgs(['--write-timeout', '60000'], {})).toMatchObject({ options: { writeTimeoutMs: 60_000 } })
    const env = { BRIQ_MOCK_WRITE_TIMEOUT_MS: '45000' }
    expect(parseCliArgs([], env)).toMatchObject({ options: { writeTimeoutMs: 45_000 } })
    expect(parseCliArgs(['--write-timeout', '50000'], env)).toMatchObject({ options: { writeTimeoutMs: 50_000 } })
    expect(USAGE).toMatch(/--write-timeout <ms>.*\n.*default: \$BRIQ_MOCK_WRITE_TIMEOUT_MS or 30000/)
  })

  it('reads the keep-alive idle time and the connection limits, from flags or the environment', () => {
    const argv = ['--keep-alive-timeout', '65000', '--max-connections', '4096', '--max-requests-per-socket', '100']
    expect(parseCliArgs(argv, {})).toMatchObject({
      options: { keepAliveTimeoutMs: 65_000, maxConnections: 4096, maxRequestsPerSocket: 100 },
    })
    const env = {
      BRIQ_MOCK_KEEP_ALIVE_TIMEOUT_MS: '2000',
      BRIQ_MOCK_MAX_CONNECTIONS: '64',
      BRIQ_MOCK_MAX_REQUESTS_PER_SOCKET: '10',
    }
    expect(parseCliArgs([], env)).toMatchObject({
      options: { keepAliveTimeoutMs: 2000, maxConnections: 64, maxRequestsPerSocket: 10 },
    })
    expect(parseCliArgs(['--max-connections', '8'], env)).toMatchObject({ options: { maxConnections: 8 } })
    expect(USAGE).toMatch(/--keep-alive-timeout <ms>.*\n.*default: \$BRIQ_MOCK_KEEP_ALIVE_TIMEOUT_MS or 5000/)
    expect(USAGE).toMatch(/--max-connections <n>.*\n.*\n.*default: \$BRIQ_MOCK_MAX_CONNECTIONS or 1024/)
    expect(USAGE).toMatch(/--max-requests-per-socket <n>.*\n.*default: \$BRIQ_MOCK_MAX_REQUESTS_PER_SOCKET or 1000/)
  })

  it.each([
    [
      ['--keep-alive-timeout', '999'],
      '--keep-alive-timeout must be a whole number of milliseconds from 1000 to 3600000, got "999"',
    ],
    [
      ['--keep-alive-timeout', '1e4'],
      '--keep-alive-timeout must be a whole number of milliseconds from 1000 to 3600000, got "1e4"',
    ],
    [['--max-connections', '0'], '--max-connections must be a whole number from 1 to 1000000, got "0"'],
    [['--max-connections', '-1'], '--max-connections must be a whole number from 1 to 1000000, got "-1"'],
    [
      ['--max-requests-per-socket', '2.5'],
      '--max-requests-per-socket must be a whole number from 1 to 1000000, got "2.5"',
    ],
  ])('refuses %j in its own words', (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(message)
  })

  it.each([
    [['--request-timeout', '0']],
    [['--request-timeout', '1.5']],
    [['--headers-timeout', '2147483648']],
    [['--headers-timeout', 'soon']],
    [['--write-timeout', '0']],
  ])('refuses %j: not whole milliseconds a timer can hold', (argv) => {
    expect(() => parseCliArgs(argv, {})).toThrow(
      new RegExp(`^${argv[0]} must be a whole number of milliseconds from 1 to 2147483647, got `),
    )
  })

  it('asks for help', () => {
    expect(parseCliArgs(['-h'], {})).toEqual({ kind: 'help' })
  })

  it.each([
    [['--port', 'abc'], /--port must be an integer from 0 to 65535/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--tick=-1'], /--tick must be a number ≥ 0/],
    [['--scenario', 'chaos'], /--scenario must be one of happy/],
    [['--bogus'], /^Unknown option '--bogus'$/],
    [['--prot', '4010'], /^Unknown option '--prot' \(did you mean --port\?\)$/],
    [['--open-window'], /^Unknown option '--open-window' \(did you mean --open-windows\?\)$/],
    [['--max-messages', '0'], /--max-messages must be a number ≥ 1/],
    [['--max-store-bytes', '1.5'], /--max-store-bytes must be a whole number/],
    [['--carousel-quick-replies', '4'], /--carousel-quick-replies must be 2 or 3/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(message)
  })

  it.each([
    [['--tick', '-1'], '--tick must be a number ≥ 0, got "-1"'],
    [['--port', '-80'], '--port must be an integer from 0 to 65535, got "-80"'],
    [['--max-messages', '-5'], '--max-messages must be a number ≥ 1, got "-5"'],
    [['--max-store-bytes', '-.5'], '--max-store-bytes must be a number ≥ 1, got "-.5"'],
    [['--headers-timeout', '-1000'], '--headers-timeout must be a whole number of milliseconds'],
    [['--request-timeout', '-1'], '--request-timeout must be a whole number of milliseconds'],
    [['--write-timeout', '-1'], '--write-timeout must be a whole number of milliseconds'],
    [['--carousel-quick-replies', '-3'], '--carousel-quick-replies must be 2 or 3, got "-3"'],
  ])('refuses %j, a negative number spaced from its flag, in its own words', (argv, message) => {
    // node's parser would call a value starting with a dash "ambiguous" and ask for --flag=-1.
    expect(() => parseCliArgs(argv, {})).toThrow(message)
  })

  it.each([
    [['--port', '0x10'], '--port must be an integer from 0 to 65535, got "0x10"'],
    [['--port', '1e3'], '--port must be an integer from 0 to 65535, got "1e3"'],
    [['--port', '0b1'], '--port must be an integer from 0 to 65535, got "0b1"'],
    [['--tick', '0x2'], '--tick must be a number ≥ 0, got "0x2"'],
    [['--tick', 'Infinity'], '--tick must be a number ≥ 0, got "Infinity"'],
    [['--max-messages', '1e3'], '--max-messages must be a number ≥ 1, got "1e3"'],
    [['--max-store-bytes', '0x400'], '--max-store-bytes must be a number ≥ 1, got "0x400"'],
    [['--headers-timeout', '1e4'], '--headers-timeout must be a whole number of milliseconds from 1 to 2147483647'],
  ])('refuses %j: numbers are decimal digits, not what Number() reads', (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(message)
  })

  it('reads decimal digits, spaces around them and a decimal --tick as before', () => {
    const env = { PORT: ' 4011 ', BRIQ_MOCK_WRITE_TIMEOUT_MS: '60000' }
    expect(parseCliArgs(['--tick', '.5', '--max-messages', '010'], env)).toMatchObject({
      options: { port: 4011, tick: 0.5, maxMessages: 10, writeTimeoutMs: 60_000 },
    })
    expect(parseCliArgs(['--port', '0', '--tick', '2.'], {})).toMatchObject({ options: { port: 0, tick: 2 } })
  })

  it('still reads a flag after a string flag that was given no value', () => {
    expect(() => parseCliArgs(['--seed', '--strict'], {})).toThrow(/argument is ambiguous/)
  })

  it('names --allow-origin when its value is not an origin, and drops a trailing slash', () => {
    expect(() => parseCliArgs(['--allow-origin', 'localhost:5173'], {})).toThrow(
      '--allow-origin entries must be origins like "http://localhost:5173" (scheme, host, optional port, no path or wildcard); got "localhost:5173"',
    )
    expect(parseCliArgs(['--allow-origin', 'http://localhost:5173/'], {})).toMatchObject({
      options: { allowedOrigins: ['http://localhost:5173'] },
    })
  })

  it('allows every origin only with the plainly named --allow-any-origin, never beside a list', () => {
    expect(parseCliArgs(['--allow-any-origin'], {})).toMatchObject({ options: { allowedOrigins: '*' } })
    expect(() => parseCliArgs(['--allow-any-origin', '--allow-origin', 'http://a.test'], {})).toThrow(
      '--allow-any-origin already allows every origin: drop --allow-origin, or give only --allow-origin',
    )
    // "*" is no origin: every origin takes its own flag, so it is never allowed by a stray glob.
    expect(() => parseCliArgs(['--allow-origin', '*'], {})).toThrow('--allow-origin entries must be origins')
  })

  it('prints the numbers the code uses: the list body limits and the store bounds', () => {
    expect(USAGE).toContain(
      `list bodies up to ${LIMITS.body.listTextExtended.max} characters (the list guide) instead of ${LIMITS.body.text.max}`,
    )
    expect(USAGE).toContain(`$BRIQ_MOCK_MAX_MESSAGES or ${DEFAULT_MAX_MESSAGES})`)
    expect(USAGE).toContain(`$BRIQ_MOCK_MAX_STORE_BYTES or ${DEFAULT_MAX_STORE_BYTES}, 64 MiB)`)
  })
})

describe('USAGE and the README', () => {
  it('list the same flags', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('### `briq-mock` options'))
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| Option')))
    const documented = [...table.matchAll(/^\| `(--[a-z-]+)/gm)].map((match) => match[1])
    const listed = [...USAGE.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)]
      .map((match) => match[1])
      .filter((f) => f !== '--help')
    expect(documented.length).toBeGreaterThan(10)
    expect(documented.sort()).toEqual(listed.sort())
  })

  // `*.localhost` pages (a framework's `app.localhost` dev server) are always answered: the help
  // said only localhost, 127.0.0.1 and [::1], and a reader took --allow-origin to be needed.
  it('name the same pages on this machine as always allowed', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const row = readme.split('\n').find((line) => line.startsWith('| `--allow-origin <o>`'))
    const lines = USAGE.split('\n')
    const help = lines[lines.findIndex((line) => line.startsWith('  --allow-origin <o>')) + 1]
    for (const page of ['localhost', '*.localhost', '127.0.0.1', '[::1]', 'any port']) {
      expect(row).toContain(page)
      expect(help).toContain(page)
    }
  })

  it('say what a seed makes repeatable: ids and fault dice', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain('| `--seed <text>`      | deterministic ids and fault dice')
    expect(USAGE).toContain('--seed <text>        deterministic ids and fault dice')
  })
})
