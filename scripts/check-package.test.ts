import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkTarball, packPackage } from './check-package.ts'
import { createConsumer, type PackedPackage, packedManifest } from './packed-consumer.ts'
import { packedFileProblems } from './packed-files.ts'
import { PUBLISHED_PACKAGES } from './published-packages.ts'

const PACK_TIMEOUT_MS = 180_000

// Built and packed once for every check below.
const out = mkdtempSync(join(tmpdir(), 'bi-pack-'))
const packed = new Map<string, PackedPackage>()
let consumer = ''
beforeAll(() => {
  for (const name of PUBLISHED_PACKAGES) {
    const dir = `packages/${name}`
    // What an earlier build of a since-deleted source leaves behind: a build must not pack it.
    mkdirSync(join(dir, 'dist'), { recursive: true })
    writeFileSync(join(dir, 'dist', 'left-by-an-earlier-build.js'), 'export {}\n')
    packed.set(name, { dir, tarball: packPackage(dir, out) })
  }
  consumer = createConsumer([...packed.values()])
}, PACK_TIMEOUT_MS)
afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  if (consumer) rmSync(consumer, { recursive: true, force: true })
})

describe.each(PUBLISHED_PACKAGES)('@briq-interactive/%s as published', (name) => {
  it('packs with its LICENSE, and passes publint and @arethetypeswrong/cli', { timeout: 120_000 }, () => {
    const { dir, tarball } = packed.get(name)!
    const output = checkTarball(dir, tarball)
    expect(output).toContain('All good!')
    expect(output).toContain(`"@briq-interactive/${name}"`)
    expect(output).toContain('license: MIT, LICENSE packed')
  })

  it('ships no test, fixture, source map, stale build file or checkout path; every import resolves', () => {
    expect(packedFileProblems(join(consumer, 'node_modules', `@briq-interactive/${name}`), `packages/${name}`)).toEqual(
      [],
    )
  })
})

/** Runs tsc in the consumer with one of its tsconfig files, returning what it prints (nothing: no errors). */
function typeCheck(config: string): string {
  const tsc = join(consumer, 'node_modules', 'typescript', 'bin', 'tsc')
  try {
    return execFileSync(process.execPath, [tsc, '-p', config], { cwd: consumer, encoding: 'utf8' })
  } catch (error) {
    return (error as { stdout: string }).stdout
  }
}

/** Runs an ES module in the consumer with this Node, returning what it prints. */
const runIn = (code: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: consumer, encoding: 'utf8' })

const entryPoints = () =>
  PUBLISHED_PACKAGES.flatMap((name) =>
    Object.keys(packedManifest(consumer, `@briq-interactive/${name}`).exports).map((key) =>
      key === '.' ? `@briq-interactive/${name}` : `@briq-interactive/${name}/${key.slice(2)}`,
    ),
  )

describe('a fresh project that installs the four tarballs', () => {
  it('imports every JavaScript entry point in Node, with the names the README and design document', {
    timeout: 30_000,
  }, () => {
    // msw/browser refuses Node (its exports map it to null there), so the mock's /browser entry
    // is for bundlers only; its types are checked below.
    const modules = entryPoints().filter((entry) => !/\.(css|json)$/.test(entry) && !entry.endsWith('/browser'))
    const found = JSON.parse(
      runIn(`
        const found = {}
        for (const entry of ${JSON.stringify(modules)}) found[entry] = Object.keys(await import(entry))
        console.log(JSON.stringify(found))`),
    ) as Record<string, string[]>
    expect(Object.keys(found).sort()).toEqual(
      [
        '@briq-interactive/core',
        '@briq-interactive/core/node',
        '@briq-interactive/core/server',
        '@briq-interactive/mock',
        '@briq-interactive/mock/node',
        '@briq-interactive/proxy',
        '@briq-interactive/proxy/node',
        '@briq-interactive/react',
      ].sort(),
    )
    expect(found['@briq-interactive/core']).toEqual(
      expect.arrayContaining([
        'LIMITS',
        'interactiveSchema',
        'sendInteractiveRequestSchema',
        'validateInteractive',
        'validateSendRequest',
        'normalizePhone',
        'parseFormatting',
        'createBriqClient',
        'BriqError',
        'toCurl',
        'toFetchSnippet',
      ]),
    )
    expect(found['@briq-interactive/react']).toEqual(
      expect.arrayContaining([
        'BriqProvider',
        'useBriqClient',
        'useSendInteractive',
        'useMessageStatus',
        'InteractivePreview',
        'InteractiveBuilder',
        'SendInteractiveDialog',
        'InteractiveComposer',
      ]),
    )
    expect(found['@briq-interactive/mock']).toContain('createBriqMock')
    expect(found['@briq-interactive/mock/node']).toEqual(
      expect.arrayContaining(['createMockServer', 'startMockHttpServer']),
    )
    expect(found['@briq-interactive/proxy']).toEqual(
      expect.arrayContaining(['createBriqProxy', 'verifyWebhookSignature']),
    )
    expect(found['@briq-interactive/proxy/node']).toContain('toNodeHandler')
    for (const [entry, names] of Object.entries(found)) expect(names.length, entry).toBeGreaterThan(0)
  })

  it('loads every JavaScript entry point with require() too, as CommonJS code on Node 22.12+ does', {
    timeout: 30_000,
  }, () => {
    const modules = entryPoints().filter((entry) => !/\.(css|json)$/.test(entry) && !entry.endsWith('/browser'))
    const found = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=commonjs',
          '-e',
          `console.log(JSON.stringify(${JSON.stringify(modules)}.map((entry) => Object.keys(require(entry)).length)))`,
        ],
        { cwd: consumer, encoding: 'utf8' },
      ),
    ) as number[]
    expect(found).toHaveLength(modules.length)
    for (const count of found) expect(count).toBeGreaterThan(0)
  })

  it('resolves the stylesheet and the JSON Schema by their exported names', () => {
    const { styles, schema } = JSON.parse(
      runIn(`
        const schema = await import('@briq-interactive/core/interactive.schema.json', { with: { type: 'json' } })
        console.log(JSON.stringify({ styles: import.meta.resolve('@briq-interactive/react/styles.css'), schema: schema.default.title }))`),
    ) as { styles: string; schema: string }
    expect(readFileSync(fileURLToPath(styles), 'utf8')).toContain('.bi-root')
    expect(schema).toMatch(/WhatsApp interactive message/)
  })

  it.each([
    ['bundler', 'esnext'],
    ['nodenext', 'nodenext'],
    ['node16', 'node16'],
  ])(
    'type-checks a consumer of every entry, the stylesheet included, under moduleResolution %s',
    { timeout: 60_000 },
    (resolution, module) => {
      writeFileSync(
        join(consumer, 'consumer.tsx'),
        `import { BriqError, createBriqClient, type Interactive, LIMITS, normalizePhone, parseFormatting, toCurl, toFetchSnippet, validateInteractive, validateSendRequest, type ValidationResult } from '@briq-interactive/core'
import { boundServer, serverTimeoutOptions } from '@briq-interactive/core/node'
import type * as CoreServer from '@briq-interactive/core/server'
import { createBriqMock } from '@briq-interactive/mock'
import type { createMockWorker } from '@briq-interactive/mock/browser'
import { createMockServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { createBriqProxy, verifyWebhookSignature } from '@briq-interactive/proxy'
import { toNodeHandler } from '@briq-interactive/proxy/node'
import { BriqProvider, InteractiveComposer, InteractivePreview, SendInteractiveDialog, useMessageStatus, useSendInteractive } from '@briq-interactive/react'
import '@briq-interactive/react/styles.css'

const draft: Interactive = { type: 'button', body: { text: 'Karibu' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] } }
const checked: ValidationResult = validateInteractive(draft)
export const facts = [checked.ok, validateSendRequest({ to: '255712345678', interactive: draft }).ok, LIMITS, normalizePhone('0712 345 678'), parseFormatting('*hi*'), toCurl, toFetchSnippet, BriqError, boundServer, serverTimeoutOptions]
export const client = createBriqClient({ endpoint: '/api/briq', timeoutMs: 10_000 })
export const servers = [createBriqMock({ seed: 'x' }).handlers, createMockServer, startMockHttpServer, toNodeHandler, verifyWebhookSignature]
export const proxy: (request: Request) => Promise<Response> = createBriqProxy({ apiKey: 'mock-api-key', basePath: '/api/briq', allowAnonymous: true })
export type Worker = ReturnType<typeof createMockWorker>
export type Server = typeof CoreServer

function Send() {
  const { send, isPending, data } = useSendInteractive()
  const status = useMessageStatus(data?.message_id)
  return <button type="button" aria-disabled={isPending} onClick={() => send({ to: '255712345678', interactive: draft })}>{status.status ?? 'Send'}</button>
}
export const page = (
  <BriqProvider endpoint="/api/briq">
    <InteractiveComposer endpoint="/api/briq" locale="sw" onSent={(result) => result.message_id} />
    <InteractivePreview value={draft} theme="dark" />
    <SendInteractiveDialog interactive={draft} trigger={<button type="button">Send…</button>} />
    <Send />
  </BriqProvider>
)
`,
      )
      writeFileSync(
        join(consumer, `tsconfig.${resolution}.json`),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module,
            moduleResolution: resolution,
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            // The packed declarations are checked too, not only their use.
            skipLibCheck: false,
            types: ['node'],
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            verbatimModuleSyntax: true,
          },
          files: ['consumer.tsx'],
        }),
      )
      expect(typeCheck(`tsconfig.${resolution}.json`)).toBe('')
    },
  )

  it('type-checks the browser entries without Node’s types, as a front end without @types/node', {
    timeout: 60_000,
  }, () => {
    writeFileSync(
      join(consumer, 'browser.tsx'),
      `import { createBriqClient, type Interactive, validateInteractive } from '@briq-interactive/core'
import { createBriqMock } from '@briq-interactive/mock'
import { createMockWorker } from '@briq-interactive/mock/browser'
import { BriqProvider, InteractiveComposer } from '@briq-interactive/react'
import '@briq-interactive/react/styles.css'

const draft: Interactive = { type: 'button', body: { text: 'Karibu' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] } }
export const facts = [validateInteractive(draft).ok, createBriqClient({ endpoint: '/api/briq' }), createBriqMock, createMockWorker]
export const page = <BriqProvider endpoint="/api/briq"><InteractiveComposer endpoint="/api/briq" /></BriqProvider>
`,
    )
    writeFileSync(
      join(consumer, 'tsconfig.browser.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // No @types/node: a packed declaration that needs Node's types fails here.
          types: [],
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          verbatimModuleSyntax: true,
        },
        files: ['browser.tsx'],
      }),
    )
    expect(typeCheck('tsconfig.browser.json')).toBe('')
  })

  it('type-checks the server entries without the DOM library, as a Node server project', { timeout: 60_000 }, () => {
    // The mock's /node entry is left out: msw's own declarations need the DOM library.
    writeFileSync(
      join(consumer, 'server.ts'),
      `import { createBriqClient, type RequestOptions } from '@briq-interactive/core'
import { boundServer, serverTimeoutOptions } from '@briq-interactive/core/node'
import type * as CoreServer from '@briq-interactive/core/server'
import { bearerTokenAuthorize, createBriqProxy } from '@briq-interactive/proxy'
import { toNodeHandler } from '@briq-interactive/proxy/node'

export const handler = toNodeHandler(createBriqProxy({ apiKey: 'mock-api-key', authorize: bearerTokenAuthorize('a-proxy-token') }))
export const client = createBriqClient({ endpoint: 'http://127.0.0.1:8787/api/briq', headers: () => ({ Authorization: 'Bearer a-proxy-token' }) })
export const perCall: RequestOptions = { headers: [['X-Request-Id', 'request-0001']] }
export const bounds = [boundServer, serverTimeoutOptions]
export type Server = typeof CoreServer
`,
    )
    writeFileSync(
      join(consumer, 'tsconfig.server.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          // No DOM: a packed declaration naming a DOM-only type (HeadersInit) fails here.
          types: ['node'],
          lib: ['ES2023'],
          verbatimModuleSyntax: true,
        },
        files: ['server.ts'],
      }),
    )
    expect(typeCheck('tsconfig.server.json')).toBe('')
  })

  it('type-checks a CommonJS file’s require() of the packages under module nodenext, not node16, as the README says', {
    timeout: 60_000,
  }, () => {
    writeFileSync(
      join(consumer, 'server.cts'),
      `import { createBriqProxy } from '@briq-interactive/proxy'
import { toNodeHandler } from '@briq-interactive/proxy/node'
export const handler = toNodeHandler(createBriqProxy({ apiKey: 'mock-api-key', allowAnonymous: true }))
`,
    )
    for (const module of ['nodenext', 'node16']) {
      writeFileSync(
        join(consumer, `tsconfig.cjs-${module}.json`),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module,
            moduleResolution: module,
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: ['node'],
            lib: ['ES2023'],
          },
          files: ['server.cts'],
        }),
      )
    }
    expect(typeCheck('tsconfig.cjs-nodenext.json')).toBe('')
    expect(typeCheck('tsconfig.cjs-node16.json')).toContain('TS1479')
  })

  it('bundles with Vite: unused modules are dropped, the stylesheet is kept', { timeout: 60_000 }, async () => {
    const { build } = await import('vite')
    const bundle = async (code: string) => {
      const root = mkdtempSync(join(consumer, 'vite-'))
      writeFileSync(join(root, 'main.js'), code)
      writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>')
      const result = (await build({ root, configFile: false, logLevel: 'silent', build: { write: false } })) as {
        output: { fileName: string; type: string; code?: string; source?: string | Uint8Array }[]
      }
      const files = result.output.filter((file) => !file.fileName.endsWith('.html'))
      const text = (ext: string) =>
        files
          .filter((file) => file.fileName.endsWith(ext))
          .map((file) => file.code ?? String(file.source))
          .join('')
      return { js: text('.js'), css: text('.css') }
    }
    // Only what is imported and used reaches the bundle ("sideEffects": false).
    const nothing = await bundle(`import '@briq-interactive/react'\nimport '@briq-interactive/core'`)
    expect(nothing.js.length).toBeLessThan(1_000)
    const limits = await bundle(`import { LIMITS } from '@briq-interactive/core'\nconsole.log(LIMITS)`)
    expect(limits.js.length).toBeLessThan(4_000)
    // A stylesheet imported for its effect stays (react's "sideEffects": ["*.css"]).
    const styles = await bundle(`import '@briq-interactive/react/styles.css'`)
    expect(styles.css).toContain('.bi-root')
  })

  it('renders the React components on the server, where there is no window or document', () => {
    const html = runIn(`
      import { createElement as h } from 'react'
      import { renderToString } from 'react-dom/server'
      import { InteractiveComposer, InteractivePreview } from '@briq-interactive/react'
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present')
      const draft = { type: 'button', body: { text: 'Karibu *sana*' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Ndiyo' } }] } }
      console.log(renderToString(h(InteractivePreview, { value: draft })))
      console.log(renderToString(h(InteractiveComposer, { endpoint: '/api/briq', locale: 'sw', persistKey: 'draft', defaultValue: draft })))`)
    expect(html).toContain('aria-label="WhatsApp message preview"')
    expect(html).toContain('<strong')
    expect(html).toMatch(/class="[^"]*bi-composer[^"]*"/)
    expect(html).toContain('lang="sw"')
  })

  it('starts the mock’s briq-mock bin from the tarball, and it answers', { timeout: 30_000 }, async () => {
    const manifest = packedManifest(consumer, '@briq-interactive/mock')
    const bin = join(consumer, 'node_modules', '@briq-interactive/mock', manifest.bin!['briq-mock']!)
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    const child = spawn(process.execPath, [bin, '--port', '0'], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((found, failed) => {
        let printed = ''
        child.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString()
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(printed)
          if (match) found(match[0])
        })
        child.stderr.on('data', (chunk: Buffer) => {
          printed += chunk.toString()
        })
        child.once('exit', (code) => failed(new Error(`briq-mock exited (${code}):\n${printed}`)))
      })
      const response = await fetch(`${url}/v1/whatsapp/senders`, { headers: { 'X-API-Key': 'mock-api-key' } })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(expect.arrayContaining([expect.objectContaining({ is_default: true })]))
    } finally {
      child.kill('SIGTERM')
    }
  })
})
