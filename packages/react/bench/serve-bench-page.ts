// A bench page in real Chromium: a production build of one of ./*-page served by Vite's preview
// server, and a headless Chromium found the way the tests find it.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { type Browser, chromium } from 'playwright'
import { build, preview } from 'vite'

/** A built bench page, its URL, and the browser to open it in; `close` stops both. */
export interface BenchPage {
  url: string
  browser: Browser
  close(): Promise<void>
}

/** Builds `packages/react/bench/<name>` for production, serves it on loopback and launches Chromium. */
export async function serveBenchPage(name: string): Promise<BenchPage> {
  const here = import.meta.dirname
  // Loaded at run time: scripts/ sits outside this package's TypeScript project.
  const chromiumScript = pathToFileURL(resolve(here, '../../../scripts/chromium-path.ts')).href
  const { chromiumArgs, chromiumPath } = (await import(chromiumScript)) as {
    chromiumArgs: string[]
    chromiumPath(): string
  }
  const root = join(here, name)
  const outDir = resolve(here, '../../../.bench', name)
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    // A bench page (the builder page is ~570 kB) is loaded once from loopback: no chunk to split.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  })
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('Vite preview server reported no local URL')
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  return {
    url,
    browser,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
