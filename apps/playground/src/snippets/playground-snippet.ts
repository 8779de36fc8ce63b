import { toCurl, toFetchSnippet } from '@briq-interactive/core'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import type { SendRequestBody } from '@briq-interactive/react'
import type { PlaygroundConnection } from '../connection.ts'

/** Where `pnpm mock` (the standalone mock, `briq-mock`) listens by default. */
export const STANDALONE_MOCK_ORIGIN = 'http://127.0.0.1:4010'

/** Which snippet. */
export type SnippetKind = 'curl' | 'fetch'

/**
 * The request as code: `request` is the composer's own (`onRequestChange`), the object its Send
 * posts, so the code sends the same body — recipient or conversation, sender and draft. In mock
 * mode the page's mock lives inside the browser, which a terminal cannot reach, so curl targets
 * the standalone mock (`pnpm mock`) with its public key, as its first line says; the fetch
 * snippet carries that key too and runs in this page's console. Against a proxy, core's snippets
 * never print a key or token: when the page sends one (`VITE_BRIQ_PROXY_TOKEN`) they say to add
 * the `Authorization` header; the fetch snippet uses the page's endpoint, so with that header it
 * runs in this page's console.
 */
export function playgroundSnippet(
  kind: SnippetKind,
  request: SendRequestBody,
  connection: PlaygroundConnection,
  origin: string | undefined,
): string {
  if (connection.mode === 'mock') {
    const note = `${DEFAULT_API_KEY} is its public test key, not a secret.`
    if (kind === 'curl') {
      const command = toCurl(request, { endpoint: STANDALONE_MOCK_ORIGIN, publicApiKey: DEFAULT_API_KEY })
      return [
        `# Sends to the standalone mock: run \`pnpm mock\` first (${STANDALONE_MOCK_ORIGIN}). ${note}`,
        command,
      ].join('\n')
    }
    // The page's own mock answers the fetch snippet in this page's console, given its public key.
    const base = { endpoint: connection.endpoint, publicApiKey: DEFAULT_API_KEY }
    const code = toFetchSnippet(request, origin === undefined ? base : { ...base, origin })
    return [`// Runs in this page's console, against its built-in mock. ${note}`, code].join('\n')
  }
  // The connection's headers go in so the snippet can say which one it leaves out (the proxy's
  // `Authorization`): printed without a word, the copy would only answer 401.
  const base = { endpoint: connection.endpoint, headers: connection.headers }
  const options = origin === undefined ? base : { ...base, origin }
  return kind === 'curl' ? toCurl(request, options) : toFetchSnippet(request, options)
}
