import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SnippetRequest } from './snippet-options.ts'
import { toCurl } from './to-curl.ts'
import { toFetchSnippet } from './to-fetch-snippet.ts'

// The snippets are run the way a person runs them — the real curl under sh and bash, the fetch
// snippet as an ES module file under Node — against a local server that records what arrives.

interface Received {
  method: string | undefined
  url: string | undefined
  headers: IncomingHttpHeaders
  body: string
}

let server: Server
let origin: string
let received: Received[] = []
let directory: string

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
    })
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body })
      res.writeHead(202, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ success: true, data: { message_id: 'm-1', status: 'pending' } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  directory = await mkdtemp(join(tmpdir(), 'briq-snippets-'))
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(directory, { recursive: true, force: true })
})
beforeEach(() => {
  received = []
})

interface Run {
  code: number
  stdout: string
  stderr: string
}

// Asynchronous on purpose: the server answering the child lives in this process.
function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      resolve({ code, stdout, stderr })
    })
  })
}

const tricky: SnippetRequest = {
  to: '255712345678',
  interactive: {
    type: 'button',
    body: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${HOME} neither shell nor JS may expand
      text: 'It\'s *$5* — `echo hi` $(rm -rf /) ${HOME} "q" \\ !event\nnew line 😀🇹🇿 \u2028 </script>',
    },
    action: { buttons: [{ type: 'reply', reply: { id: "a'b", title: 'Yes 👍' } }] },
  },
}

// bash without start-up files: a machine's ~/.bashrc is not what is under test.
const shells: [string, string[]][] = [
  ['sh', ['-c']],
  ['bash', ['--norc', '--noprofile', '-c']],
]

describe.each(shells)('toCurl run by the real curl under %s', (shell, flags) => {
  it('delivers the exact JSON, the Content-Type and the extra headers to the proxy', async () => {
    const command = toCurl(tricky, {
      endpoint: `${origin}/api/briq`,
      headers: { 'X-Tenant': "shop's $HOME", Authorization: 'Bearer sk-live-secret' },
    })
    expect(command).not.toContain('sk-live-secret')
    const result = await run(shell, [...flags, `${command} --silent --show-error`], {})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ success: true })
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/api/briq/v1/whatsapp/messages/interactive')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers['x-tenant']).toBe("shop's $HOME")
    expect(request?.headers.authorization).toBeUndefined()
    expect(JSON.parse(request?.body ?? '')).toEqual(tricky)
  })

  it('reads a relative endpoint origin from $APP_ORIGIN', async () => {
    const command = toCurl(tricky, { endpoint: '/api/briq' })
    const result = await run(shell, [...flags, `${command} --silent --show-error`], { APP_ORIGIN: origin })
    expect(result.code).toBe(0)
    expect(received.map((request) => request.url)).toEqual(['/api/briq/v1/whatsapp/messages/interactive'])
  })

  it('sends X-API-Key from $BRIQ_API_KEY for Briq and prints no key passed in headers', async () => {
    const command = toCurl(tricky, { target: 'briq', headers: { 'X-API-Key': 'sk-live-secret' } })
    expect(command).not.toContain('sk-live-secret')
    // `curl` becomes a function that prints its arguments: Briq itself is not called from a test.
    const script = `curl() { for arg in "$@"; do printf '%s\\000' "$arg"; done; }\n${command}`
    const result = await run(shell, [...flags, script], { BRIQ_API_KEY: 'key-from-env' })
    expect(result.code).toBe(0)
    const args = result.stdout.split('\0').slice(0, -1)
    expect(args.filter((arg) => /^x-api-key:/i.test(arg))).toEqual(['X-API-Key: key-from-env'])
    expect(JSON.parse(args[args.length - 1] ?? '')).toEqual(tricky)
  })
})

describe('toFetchSnippet run as an ES module by Node', () => {
  async function runModule(code: string, env: Record<string, string>): Promise<Run> {
    const file = join(directory, `snippet-${Math.random().toString(36).slice(2)}.mjs`)
    await writeFile(file, code)
    return run(process.execPath, [file], env)
  }

  it('posts the exact JSON to the proxy and prints the answer', async () => {
    const code = toFetchSnippet(tricky, { endpoint: `${origin}/api/briq`, headers: { Cookie: 'session=secret' } })
    expect(code).not.toContain('session=secret')
    const result = await runModule(code, {})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("message_id: 'm-1'")
    expect(received).toHaveLength(1)
    expect(received[0]?.url).toBe('/api/briq/v1/whatsapp/messages/interactive')
    expect(received[0]?.headers.cookie).toBeUndefined()
    expect(JSON.parse(received[0]?.body ?? '')).toEqual(tricky)
  })

  it('sends X-API-Key from $BRIQ_API_KEY for Briq and prints no key passed in headers', async () => {
    const code = toFetchSnippet(tricky, { target: 'briq', headers: { 'x-api-key': 'sk-live-secret' } })
    expect(code).not.toContain('sk-live-secret')
    expect(code).toContain('$BRIQ_API_KEY')
    // Only the host changes: Briq's URL is pointed at the local server before the snippet runs.
    const redirect = `const realFetch = globalThis.fetch\nglobalThis.fetch = (url, init) => realFetch(url.replace('https://karibu.briq.tz', ${JSON.stringify(origin)}), init)\n`
    const result = await runModule(redirect + code, { BRIQ_API_KEY: 'key-from-env' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(received[0]?.url).toBe('/v1/whatsapp/messages/interactive')
    expect(received[0]?.headers['x-api-key']).toBe('key-from-env')
    expect(JSON.parse(received[0]?.body ?? '')).toEqual(tricky)
  })
})
