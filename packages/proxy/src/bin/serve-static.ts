import { createReadStream } from 'node:fs'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, relative, resolve, sep } from 'node:path'
import { settleRequestBody } from '@briq-interactive/core/node'
import { requestUrl } from '@briq-interactive/core/server'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

// Whatever body came with a refused request is drained or the connection closed, never left on it.
function plain(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  void settleRequestBody(req, res, 0).then(() => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' })
    res.end(text)
  })
}

async function findFile(root: string, relative: string): Promise<string | null> {
  const candidate = resolve(root, `.${relative}`)
  if (candidate !== root && !candidate.startsWith(root + sep)) return null
  try {
    const real = await realpath(candidate)
    // A symlink inside the folder must not lead outside it.
    if (real !== root && !real.startsWith(root + sep)) return null
    const info = await stat(real)
    if (info.isFile()) return real
    if (info.isDirectory()) return findFile(root, join(relative, 'index.html'))
  } catch {}
  return null
}

// A path the handler never serves: a dot-file or dot-folder anywhere in it, a NUL or a backslash.
const neverServed = (pathname: string) =>
  pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').some((part) => part.startsWith('.'))

/** A check of a file's bytes and name: true when the file must not be served. */
export type WithheldFile = (bytes: Uint8Array, name: string) => boolean

// A check that fails withholds the file: it was not shown to be safe to serve (and a request
// must never reject where nothing catches it, which would stop the server).
function withheld(withhold: WithheldFile, bytes: Uint8Array, name: string): boolean {
  try {
    return withhold(bytes, name)
  } catch {
    return true
  }
}

/**
 * The first file `createStaticHandler(rootDir)` would serve that `withhold` refuses (its path
 * under the folder, `assets/index.js`), or null.
 */
export async function servedFileWithheld(rootDir: string, withhold: WithheldFile): Promise<string | null> {
  const root = await realpath(rootDir)
  for (const entry of await readdir(root, { recursive: true })) {
    const path = `/${entry.split(sep).join('/')}`
    if (neverServed(path)) continue
    const file = await findFile(root, path)
    if (file !== null && withhold(await readFile(file), file)) return relative(root, file).split(sep).join('/')
  }
  return null
}

/**
 * Serves a built single-page app from `rootDir`: files as they are, and `index.html` for any
 * other GET path without a file extension (client-side routes). Paths are decoded once and must
 * stay inside the folder; dot-files are never served. With `withhold`, each file is read whole
 * and checked as it is served (a file added or rebuilt after startup too), and one it refuses (or
 * whose check throws) is 403: the bytes sent are the bytes checked.
 */
export async function createStaticHandler(
  rootDir: string,
  options: { withhold?: WithheldFile | undefined; withheldReason?: string } = {},
): Promise<(req: IncomingMessage, res: ServerResponse) => void> {
  const { withhold } = options
  const root = await realpath(rootDir)
  const index = await findFile(root, '/index.html')
  if (index === null) throw new Error(`PROXY_STATIC_DIR ${rootDir} has no index.html; build the playground first.`)
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      plain(req, res, 405, 'Method not allowed')
      return
    }
    let pathname: string
    try {
      // Appended, not resolved: a target such as //other/x is a path here, never a host.
      pathname = decodeURIComponent(requestUrl('http://static', req.url ?? '/').pathname)
    } catch {
      plain(req, res, 400, 'Bad path')
      return
    }
    if (neverServed(pathname)) {
      plain(req, res, 404, 'Not found')
      return
    }
    void findFile(root, pathname).then(async (file) => {
      const target = file ?? (extname(pathname) === '' ? index : null)
      if (target === null) {
        plain(req, res, 404, 'Not found')
        return
      }
      let bytes: Buffer | null = null
      if (withhold) {
        try {
          bytes = await readFile(target)
        } catch {
          plain(req, res, 404, 'Not found')
          return
        }
        if (withheld(withhold, bytes, target)) {
          plain(req, res, 403, options.withheldReason ?? 'Not served')
          return
        }
      }
      const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
      res.writeHead(200, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'cache-control': target === index ? 'no-cache' : 'public, max-age=300',
      })
      if (req.method === 'HEAD') res.end()
      else if (bytes !== null) res.end(bytes)
      else
        createReadStream(target)
          .on('error', () => res.destroy())
          .pipe(res)
    })
  }
}
