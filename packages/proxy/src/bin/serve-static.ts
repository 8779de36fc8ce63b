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

/** Why a file is not served: it holds what must not be (`holds`), or it could not be checked. */
export type Withheld = 'holds' | 'unchecked'

/**
 * A check of each file before it is served: `check` reads its bytes (and name) and says why it
 * must not be served, if it must not; a file larger than `maxBytes` is `unchecked` unread.
 */
export interface FileCheck {
  readonly maxBytes: number
  check(bytes: Uint8Array, name: string): Withheld | undefined
}

/**
 * The file's bytes once `withhold` passed them, else why not: a file past its `maxBytes` is
 * never read (a video left in the folder is not read whole on every request), and a check that
 * fails withholds it, not shown to be safe to serve (and a request must never reject where
 * nothing catches it, which would stop the server). Rejects when the file cannot be read.
 */
async function checkedBytes(file: string, withhold: FileCheck): Promise<Buffer | Withheld> {
  if ((await stat(file)).size > withhold.maxBytes) return 'unchecked'
  const bytes = await readFile(file)
  try {
    return withhold.check(bytes, file) ?? bytes
  } catch {
    return 'unchecked'
  }
}

/**
 * The first file `createStaticHandler(rootDir)` would serve that `withhold` refuses (its path
 * under the folder, `assets/index.js`, and why), or null.
 */
export async function servedFileWithheld(
  rootDir: string,
  withhold: FileCheck,
): Promise<{ path: string; withheld: Withheld } | null> {
  const root = await realpath(rootDir)
  for (const entry of await readdir(root, { recursive: true })) {
    const path = `/${entry.split(sep).join('/')}`
    if (neverServed(path)) continue
    const file = await findFile(root, path)
    const checked = file === null ? null : await checkedBytes(file, withhold)
    if (file !== null && typeof checked === 'string') {
      return { path: relative(root, file).split(sep).join('/'), withheld: checked }
    }
  }
  return null
}

/**
 * Serves a built single-page app from `rootDir`: files as they are, and `index.html` for any
 * other GET path without a file extension (client-side routes). Paths are decoded once and must
 * stay inside the folder; dot-files are never served. With `withhold`, each file is read whole
 * and checked as it is served (a file added or rebuilt after startup too), and one it refuses (or
 * could not check) is 403 with `withheldReason`'s words for why: the bytes sent are the bytes
 * checked.
 */
export async function createStaticHandler(
  rootDir: string,
  options: { withhold?: FileCheck | undefined; withheldReason?: Readonly<Record<Withheld, string>> } = {},
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
        const checked = await checkedBytes(target, withhold).catch(() => null)
        if (checked === null) {
          plain(req, res, 404, 'Not found')
          return
        }
        if (typeof checked === 'string') {
          plain(req, res, 403, options.withheldReason?.[checked] ?? 'Not served')
          return
        }
        bytes = checked
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
