import { readFileSync } from 'node:fs'
import {
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_REQUESTS_PER_SOCKET,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_WRITE_TIMEOUT_MS,
} from '@briq-interactive/core/node'
import { describe, expect, it } from 'vitest'

/** An example's comments as one line each block, so a phrase may wrap. */
const comments = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => /^\s*\/\/ ?(.*)$/.exec(line)?.[1] ?? '\n')
    .join(' ')
    .replace(/ +/g, ' ')

// Each bound the server gets, as the comment above it must say it: the default, then the option.
const BOUNDS = [
  `${DEFAULT_HEADERS_TIMEOUT_MS / 1000} s for the headers (headersTimeoutMs)`,
  `${DEFAULT_REQUEST_TIMEOUT_MS / 1000} s for the whole request (requestTimeoutMs)`,
  `idle for ${DEFAULT_KEEP_ALIVE_TIMEOUT_MS / 1000} s (keepAliveTimeoutMs)`,
  `${DEFAULT_WRITE_TIMEOUT_MS / 1000} s without a byte of its answer taken (writeTimeoutMs)`,
  `${DEFAULT_MAX_CONNECTIONS} connections (maxConnections`,
  `${DEFAULT_MAX_REQUESTS_PER_SOCKET} requests on each (maxRequestsPerSocket)`,
]

// The proxy's node examples and the embedding app's server, which copies their comment.
const SERVERS = ['express.ts', 'hono-node.ts', '../../../apps/embed-example/server.ts']

describe("the node servers' comment on their bounds", () => {
  it.each(SERVERS)('%s names every bound with its default and option', (file) => {
    const text = comments(file)
    for (const bound of BOUNDS) expect(text).toContain(bound)
  })
})
