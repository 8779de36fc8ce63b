import { toCurl, toFetchSnippet } from '@briq-interactive/core'
import type { SendRequestBody } from '@briq-interactive/react'
import type { PlaygroundConnection } from '../connection.ts'

/** Where `pnpm mock` (the standalone mock, `briq-mock`) listens by default. */
export const STANDALONE_MOCK_ORIGIN = 'http://127.0.0.1:4010'

/** The mock's public fixture key (packages/mock README): a test value, not a secret. */
export const MOCK_API_KEY = 'mock-api-key'

/** Which snippet. */
export type SnippetKind = 'curl' | 'fetch'

/**
 * The request as code: `request` is the composer's own (`onRequestChange`), the object its Send
 * posts, so the code sends the same body — recipient or conversation, sender and draft. In mock mode the page's mock lives inside the browser, which a terminal
 * cannot reach, so curl targets the standalone mock (`pnpm mock`) with its public key, as its
 * first line says; the fetch snippet carries that key too and runs in this page's console. Against a proxy, core's snippets never print a key or token: when the page
 * sends one (`VITE_BRIQ_PROXY_TOKEN`) they say to add the `Authorization` header; the fetch
 * snippet uses the page's endpoint, so with that header it runs in this page's console.
 */
export function playgroundSnippet(
  kind: SnippetKind,
  request: SendRequestBody,
  connection: PlaygroundConnection,
  origin: string | undefined,
): string {
  if (kind === 'curl' && connection.mode === 'mock') {
    const command = toCurl(request, { endpoint: STANDALONE_MOCK_ORIGIN })
    const withKey = command.replace(
      "-H 'Content-Type: application/json' \\\n",
      `-H 'Content-Type: application/json' \\\n  -H 'X-API-Key: ${MOCK_API_KEY}' \\\n`,
    )
    return [
      `# Sends to the standalone mock: run \`pnpm mock\` first (${STANDALONE_MOCK_ORIGIN}). ${MOCK_API_KEY} is its public test key, not a secret.`,
      withKey,
    ].join('\n')
  }
  if (connection.mode === 'mock') {
    // The page's own mock answers the fetch snippet in this page's console, given its public key.
    const options = origin === undefined ? { endpoint: connection.endpoint } : { endpoint: connection.endpoint, origin }
    const code = toFetchSnippet(request, options)
    return [
      `// Runs in this page's console, against its built-in mock. ${MOCK_API_KEY} is its public test key, not a secret.`,
      code.replace(
        '    "Content-Type": "application/json",\n',
        `    "Content-Type": "application/json",\n    "X-API-Key": "${MOCK_API_KEY}",\n`,
      ),
    ].join('\n')
  }
  // The connection's headers go in so the snippet can say which one it leaves out (the proxy's
  // `Authorization`): printed without a word, the copy would only answer 401.
  const base = { endpoint: connection.endpoint, headers: connection.headers }
  const options = origin === undefined ? base : { ...base, origin }
  return kind === 'curl' ? toCurl(request, options) : toFetchSnippet(request, options)
}
