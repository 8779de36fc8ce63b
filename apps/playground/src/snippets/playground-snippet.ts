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
 * first line says. Against a proxy, core's snippets never print a key; the fetch snippet uses
 * the page's endpoint, so it runs in this page's console.
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
  const options = origin === undefined ? { endpoint: connection.endpoint } : { endpoint: connection.endpoint, origin }
  return kind === 'curl' ? toCurl(request, options) : toFetchSnippet(request, options)
}
