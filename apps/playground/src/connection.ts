import { BRIQ_API_KEY_HEADER } from '@briq-interactive/core'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
/** Where the playground sends, decided once at start-up. */
export interface PlaygroundConnection {
  /**
   * `mock`: the in-browser mock answers; `proxy`: your briq-proxy answers (which may forward to
   * `pnpm mock`, as the README shows; the page itself never sends a Briq key, even the mock's).
   */
  mode: 'mock' | 'proxy'
  /** The client's endpoint: `/api/briq` for the mock, else `VITE_BRIQ_ENDPOINT`. */
  endpoint: string
  /** Headers every call carries. */
  headers: Record<string, string>
}

/** The endpoint the in-browser mock is reached under (it answers under any prefix). */
export const MOCK_ENDPOINT = '/api/briq'

/** The environment variables the playground reads (Vite exposes `VITE_*` to the page). */
export interface PlaygroundEnv {
  /** Send here instead of to the in-browser mock, e.g. `http://localhost:8787/api/briq`. */
  VITE_BRIQ_ENDPOINT?: string | undefined
  /** Sent as `Authorization: Bearer …` to that endpoint (briq-proxy's PROXY_TOKEN; never Briq's API key). */
  VITE_BRIQ_PROXY_TOKEN?: string | undefined
}

/** Reads the connection from the environment: the mock unless `VITE_BRIQ_ENDPOINT` is set. */
export function connectionFromEnv(env: PlaygroundEnv): PlaygroundConnection {
  const endpoint = env.VITE_BRIQ_ENDPOINT?.trim()
  if (!endpoint) {
    // The mock's fixture key: public and documented in the mock's README, not a secret. A real Briq
    // key never reaches the browser; in proxy mode the proxy adds it.
    return { mode: 'mock', endpoint: MOCK_ENDPOINT, headers: { [BRIQ_API_KEY_HEADER]: DEFAULT_API_KEY } }
  }
  const token = env.VITE_BRIQ_PROXY_TOKEN?.trim()
  return { mode: 'proxy', endpoint, headers: token ? { Authorization: `Bearer ${token}` } : {} }
}
