import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Finds the Chromium that browser tests drive: `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then one installed by Playwright. Throws with install
 * instructions when none exists, so a browser test never skips silently.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`)
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  const playwrightCache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(playwrightCache)) {
    for (const dir of readdirSync(playwrightCache).sort().reverse()) {
      for (const bin of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-linux/headless_shell']) {
        const candidate = join(playwrightCache, dir, bin)
        if (dir.startsWith('chromium') && existsSync(candidate)) return candidate
      }
    }
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
      '(Debian/Ubuntu) or `pnpm exec playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  )
}

/** Flags for a headless Chromium on a machine with no outside network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
