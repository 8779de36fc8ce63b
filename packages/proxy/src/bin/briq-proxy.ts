#!/usr/bin/env node
// The runnable Briq proxy: `pnpm proxy` (see packages/proxy/README.md for the environment).
import { droppedConnectionsNotice, stopOnSignals } from '@briq-interactive/core/node'
import { readingEnv } from '@briq-interactive/core/server'
import type { BriqProxyLogEvent } from '../proxy-options.ts'
import { redactApiKey, secretTextRedactor } from '../redact-secret.ts'
import { createLineWriter } from './line-writer.ts'
import { PROXY_USAGE, readProxyArguments } from './proxy-usage.ts'
import { API_BASE_PATH, readServerConfig } from './server-config.ts'
import { shownOrigins } from './shown-origins.ts'
import { startProxyServer } from './start-proxy-server.ts'

const command = readProxyArguments(process.argv.slice(2))
if (command.kind === 'help') {
  console.log(PROXY_USAGE)
  process.exit(0)
}
if (command.kind === 'error') {
  console.error(`briq-proxy: ${command.message}`)
  process.exit(2)
}

// An error quoting a value may quote a secret set in the wrong variable: the key, or the token.
const redactSecrets = (text: string) =>
  redactApiKey(redactApiKey(text, process.env.BRIQ_API_KEY), process.env.PROXY_TOKEN)

// A PROXY_ variable it never read is a typo (PROXY_ALLOWED_ORIGIN): said, never left unnoticed.
const reading = readingEnv(process.env)
const read = readServerConfig(reading.env)
if (!read.ok) {
  console.error(`briq-proxy: ${redactSecrets(read.error)}`)
  process.exit(1)
}
const { config } = read
// BRIQ_ names are shared (BRIQ_WEBHOOK_SECRET is a receiver's): only a near miss of BRIQ_UPSTREAM
// or BRIQ_API_KEY is said, as BRIQ_UPSTREM would send to Briq itself rather than the mock.
const unread = [
  ...reading.unread('PROXY_', 'briq-proxy'),
  ...reading.unread('BRIQ_', 'briq-proxy', { nearMissesOnly: true }),
]
for (const line of unread) console.error(`briq-proxy: warning: ${line}`)

const out = createLineWriter(process.stdout)
const errors = createLineWriter(process.stderr)
const flushLogs = () => {
  out.flush()
  errors.flush()
}

// Nothing below should throw, but if it does, the stack trace printed must not carry the key.
const crash = (error: unknown) => {
  let text: string
  try {
    text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  } catch {
    text = 'an unreadable value was thrown'
  }
  flushLogs()
  console.error(`briq-proxy: crashed: ${redactSecrets(text)}`)
  process.exit(1)
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)

// The proxy takes the key out of its log events; the token, which only the bin knows, is taken
// out here (a caller may put it in the path: an endpoint written with it).
const redactToken = secretTextRedactor(config.token)
const log = (event: BriqProxyLogEvent) => {
  const line = redactToken(
    `${event.method} ${event.path} → ${event.status} ${event.durationMs} ms ${event.message} [${event.requestId}]`,
  )
  if (event.level === 'info') out.write(line)
  else errors.write(line)
}

try {
  const running = await startProxyServer(config, log)
  // A full server refuses connections without a word to the client: the operator hears it here.
  droppedConnectionsNotice(running.server, (line) => errors.write(`briq-proxy: ${line}`), 'PROXY_MAX_CONNECTIONS')
  console.log(`briq-proxy listening on ${running.url}`)
  console.log(`  API:      ${running.url}${API_BASE_PATH}/v1/whatsapp/… → ${config.upstream}`)
  console.log(
    `  auth:     ${config.token === null ? 'NONE (PROXY_ALLOW_ANONYMOUS=1; prototyping only)' : 'Authorization: Bearer $PROXY_TOKEN'}`,
  )
  console.log(`  origins:  ${shownOrigins(config)}`)
  const switches = Object.entries(config.validation).map(([name, value]) => `${name}: ${value}`)
  if (switches.length > 0) console.log(`  checks:   ${switches.join(', ')}`)
  if (config.staticDir) console.log(`  static:   ${config.staticDir} under ${running.url}/`)
  // The first signal forwards nothing more and lets requests in flight finish: a send cut after
  // it left for Briq could not be told sent or not. Past PROXY_SHUTDOWN_GRACE_MS (by default
  // within Docker's 10 s before SIGKILL) those still waiting are told what became of them, then
  // cut. A second signal ends the grace at once.
  stopOnSignals((graceMs) => running.close({ graceMs }), {
    name: 'briq-proxy',
    graceMs: config.shutdownGraceMs,
    graceSetting: 'PROXY_SHUTDOWN_GRACE_MS',
    during: 'forwarding nothing more, answering the requests in flight',
    beforeExit: flushLogs,
    printError: (line) => console.error(redactSecrets(line)),
  })
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`briq-proxy: could not start: ${redactSecrets(message)}`)
  process.exit(1)
}
