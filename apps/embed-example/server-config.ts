import { portSetting } from '@briq-interactive/core/server'
import { readTrustProxy } from '@briq-interactive/proxy/node'

/** Where `pnpm mock` (the standalone mock of Briq) listens by default. */
export const LOCAL_MOCK = 'http://127.0.0.1:4010'

/** The mock's public fixture key (packages/mock README): a test value, not a secret. */
export const MOCK_API_KEY = 'mock-api-key'

/** How the example server runs, read from the environment. */
export interface ServerConfig {
  /** The key the proxy adds; never sent to the browser. */
  apiKey: string
  /** Where the proxy forwards: the mock, or undefined for Briq itself. */
  upstream: string | undefined
  /** True while sending to the mock (no real key given). */
  usingMock: boolean
  /** The admin password (HTTP Basic, user `admin`); undefined: no sign-in (mock only, local only). */
  adminPassword: string | undefined
  /** The interface to listen on. */
  host: string
  /** The port to listen on (0: any free one). */
  port: number
  /** The path prefix the server answers under (`/whatsapp`), or `''` at the root. */
  basePath: string
  /** Whether the page's address comes from `X-Forwarded-Proto`/`-Host` (a reverse proxy of yours). */
  trustProxy: boolean
}

/** Where the server listens when `PORT` is unset. */
const DEFAULT_PORT = 3000

/**
 * `PORT` as a port number: `DEFAULT_PORT` when unset or blank (an env file's `PORT=`), as
 * briq-proxy and briq-mock read theirs, not port 0 (any free one), which `Number('')` would give.
 * Decimal digits only, as theirs: `0x10` or `1e3` is no port, not 16 or 1000.
 * @throws {Error} naming `PORT` for a value that is no port, before the server tries to listen.
 */
function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT
  const port = portSetting(value)
  if (Number.isNaN(port)) {
    throw new Error(`PORT must be a port number from 0 (any free one) to 65535; got "${value}".`)
  }
  return port
}

/** A path prefix of plain segments: what Express's routes take as written. */
const PLAIN_PATH = /^(?:\/[\w.~-]+)+$/

/**
 * `BASE_PATH` without its trailing slash: `''` (the root) when unset, blank or `/`. Set it only
 * when a reverse proxy passes its prefix on (`/whatsapp/…` reaches this server as it was asked);
 * one that strips it needs nothing here.
 * @throws {Error} naming `BASE_PATH` for a value that is not a plain path such as `/whatsapp`.
 */
function readBasePath(value: string | undefined): string {
  const path = value?.trim().replace(/\/+$/, '') ?? ''
  if (path === '') return ''
  if (!PLAIN_PATH.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`BASE_PATH must be a path such as /whatsapp; got "${value}".`)
  }
  return path
}

/**
 * Reads the server's settings. Without `BRIQ_API_KEY` it sends to `pnpm mock` (or
 * `BRIQ_UPSTREAM`) with the mock's public key; with it, to Briq, and then `ADMIN_PASSWORD` is
 * required, so no one reaches your WhatsApp account without signing in.
 * @throws {Error} for a real key without `ADMIN_PASSWORD`, or with one that holds the key, or a
 * `PORT` that is no port, a `BASE_PATH` that is no plain path or a `TRUST_PROXY` other than 1 or
 * 0, naming what to set.
 */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const key = env.BRIQ_API_KEY?.trim()
  const adminPassword = env.ADMIN_PASSWORD?.trim() || undefined
  const port = readPort(env.PORT)
  const basePath = readBasePath(env.BASE_PATH)
  const trusted = readTrustProxy(env)
  if (!trusted.ok) throw new Error(trusted.error)
  const { trustProxy } = trusted
  if (!key) {
    return {
      apiKey: MOCK_API_KEY,
      upstream: env.BRIQ_UPSTREAM?.trim() || LOCAL_MOCK,
      usingMock: true,
      adminPassword,
      // Without a password the page is open: only to this machine.
      host: adminPassword ? (env.HOST ?? '127.0.0.1') : '127.0.0.1',
      port,
      basePath,
      trustProxy,
    }
  }
  if (!adminPassword) {
    throw new Error(
      'ADMIN_PASSWORD is required with BRIQ_API_KEY: the page and /api/briq send WhatsApp messages on your account.',
    )
  }
  // Everyone who signs in knows the password, and their browser keeps it: one that holds the
  // key would hand the key to them.
  if (adminPassword.toLowerCase().includes(key.toLowerCase())) {
    throw new Error(
      'ADMIN_PASSWORD holds BRIQ_API_KEY: everyone who signs in would know the key. Choose a separate password.',
    )
  }
  return {
    apiKey: key,
    upstream: env.BRIQ_UPSTREAM?.trim() || undefined,
    usingMock: false,
    adminPassword,
    host: env.HOST ?? '127.0.0.1',
    port,
    basePath,
    trustProxy,
  }
}
