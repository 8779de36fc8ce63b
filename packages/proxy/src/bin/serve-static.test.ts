import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRequest } from '../testing/raw-request.ts'
import { createStaticHandler } from './serve-static.ts'

let base: string
let url: string
let server: Server
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'briq-proxy-static-'))
  const root = join(base, 'dist')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>playground</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, '.env'), 'BRIQ_API_KEY=nope')
  await writeFile(join(base, 'secret.txt'), 'outside')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
  server = createServer(await createStaticHandler(root))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(base, { recursive: true, force: true })
})

describe('createStaticHandler', () => {
  it('serves files with their content type', async () => {
    const response = await fetch(`${url}/assets/app.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('falls back to index.html for client-side routes, but not for missing assets', async () => {
    for (const path of ['/', '/compose/buttons', '/assets']) {
      const response = await fetch(`${url}${path}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('playground')
    }
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404)
  })

  it.each([
    '/../secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/link.txt',
    '/.env',
    '/assets/%00.js',
    '/%E0%A4%A.js',
  ])('never serves %s from outside the folder or a dot-file', async (path) => {
    const response = await rawRequest(url, 'GET', path)
    expect(response.body).not.toContain('outside')
    expect(response.body).not.toContain('BRIQ_API_KEY')
    expect([400, 404, 200]).toContain(response.status)
    if (response.status === 200) expect(response.body).toContain('playground')
  })

  it('allows only GET and HEAD', async () => {
    const response = await fetch(`${url}/`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('reads a //host target as a path, never as a host that drops its first segment', async () => {
    const response = await rawRequest(url, 'GET', '//evil.example/assets/app.js')
    expect(response.status).toBe(404)
  })

  it.each([
    ['a small body', 10_000],
    ['a body too big to drain', 3 * 1024 * 1024],
  ])('refusing a POST with %s leaves keep-alive fetch working', async (_name, bytes) => {
    const refused = await fetch(`${url}/`, { method: 'POST', body: 'x'.repeat(bytes) })
    expect(refused.status).toBe(405)
    await refused.arrayBuffer()
    for (let i = 0; i < 3; i++) expect((await fetch(`${url}/assets/app.js`)).status).toBe(200)
  })

  it('refuses a folder without index.html', async () => {
    await expect(createStaticHandler(base)).rejects.toThrow(/has no index.html/)
  })
})

describe('createStaticHandler with withhold', () => {
  it('checks each file as it serves it, one written after startup too: 403 for one it withholds', async () => {
    const root = join(base, 'checked')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>playground</title>')
    const seen: string[] = []
    const handler = await createStaticHandler(root, {
      withhold: {
        maxBytes: 1024,
        check: (bytes, name) => {
          seen.push(name)
          return Buffer.from(bytes).includes('SECRET') ? 'holds' : undefined
        },
      },
      withheldReason: { holds: 'Not served: it holds the secret', unchecked: 'Not served: not checked' },
    })
    const checked = createServer(handler)
    await new Promise<void>((resolve) => checked.listen(0, '127.0.0.1', resolve))
    const at = `http://127.0.0.1:${(checked.address() as AddressInfo).port}`
    try {
      await writeFile(join(root, 'assets', 'late.js'), 'const t = "SECRET"')
      await writeFile(join(root, 'assets', 'fine.js'), 'const t = "public"')
      for (const method of ['GET', 'HEAD']) {
        const refused = await fetch(`${at}/assets/late.js`, { method })
        expect(refused.status).toBe(403)
        if (method === 'GET') expect(await refused.text()).toBe('Not served: it holds the secret')
      }
      const served = await fetch(`${at}/assets/fine.js`)
      expect(served.status).toBe(200)
      expect(await served.text()).toBe('const t = "public"')
      // index.html, also as the page for a client-side route, rewritten with the secret.
      await writeFile(join(root, 'index.html'), '<script>const t = "SECRET"</script>')
      expect((await fetch(`${at}/compose/buttons`)).status).toBe(403)
      expect(seen.every((name) => name.startsWith(root))).toBe(true)
      // A file past the check's size is never read (a video left in the folder, on every
      // request), and said to be unchecked, not to hold the secret.
      await writeFile(join(root, 'assets', 'video.mp4'), Buffer.alloc(1025))
      const large = await fetch(`${at}/assets/video.mp4`)
      expect([large.status, await large.text()]).toEqual([403, 'Not served: not checked'])
      expect(seen.filter((name) => name.endsWith('video.mp4'))).toEqual([])
    } finally {
      await new Promise((resolve) => checked.close(resolve))
    }
  })

  it('withholds a file whose check throws, and goes on serving', async () => {
    const root = join(base, 'failing-check')
    await mkdir(root, { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>playground</title>')
    await writeFile(join(root, 'odd.txt'), 'odd')
    const handler = await createStaticHandler(root, {
      withhold: {
        maxBytes: 1024,
        check: (bytes) => {
          if (Buffer.from(bytes).toString() === 'odd') throw new RangeError('Invalid string length')
          return undefined
        },
      },
    })
    const checked = createServer(handler)
    await new Promise<void>((resolve) => checked.listen(0, '127.0.0.1', resolve))
    const at = `http://127.0.0.1:${(checked.address() as AddressInfo).port}`
    try {
      expect((await fetch(`${at}/odd.txt`)).status).toBe(403)
      expect((await fetch(`${at}/`)).status).toBe(200)
    } finally {
      await new Promise((resolve) => checked.close(resolve))
    }
  })
})
