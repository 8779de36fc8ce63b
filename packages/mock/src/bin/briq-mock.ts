#!/usr/bin/env node
import { BRIQ_API_KEY_HEADER, listSendersRoute } from '@briq-interactive/core'
import { droppedConnectionsNotice, stopOnSignals } from '@briq-interactive/core/node'
import { isLoopbackBind, readingEnv } from '@briq-interactive/core/server'
import { DEFAULT_API_KEY, DEFAULT_NO_WORKSPACE_KEY } from '../options.ts'
import type { AllowedOrigins } from '../server/cors.ts'
import { serveMock } from '../server/create-http-server.ts'
import { shownWebhookUrl } from '../webhooks/shown-webhook-url.ts'
import { createWebhookFailureLog, type WebhookFailureLog } from '../webhooks/webhook-failure-log.ts'
import { bindsEveryInterface, networkUrls } from './network-urls.ts'
import { LOCAL_PAGES, parseCliArgs, USAGE } from './parse-cli-args.ts'

/** The browser origins the banner says are allowed. */
function shownOrigins(allowed: AllowedOrigins | undefined): string {
  if (allowed === '*') return 'ANY (--allow-any-origin)'
  const local = `this machine (${LOCAL_PAGES})`
  return allowed?.length ? `${local}, ${allowed.join(', ')}` : local
}

// The environment as the flags' defaults read it: a BRIQ_MOCK_ variable it never read is a typo.
const reading = readingEnv(process.env)
let command: ReturnType<typeof parseCliArgs>
try {
  command = parseCliArgs(process.argv.slice(2), reading.env)
} catch (error) {
  console.error(`briq-mock: ${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}

if (command.kind === 'help') {
  console.log(USAGE)
} else {
  for (const line of reading.unread('BRIQ_MOCK_', 'briq-mock')) console.warn(`briq-mock: warning: ${line}`)
  // A route that is down or refuses the signature (401) is said, or the developer sees nothing;
  // summed up while it lasts, or a route slower than statuses move floods the terminal.
  const { webhook } = command.options
  let failures: WebhookFailureLog | undefined
  if (webhook) {
    failures = createWebhookFailureLog({ url: webhook.url, print: (line) => console.warn(`briq-mock: ${line}`) })
    webhook.onFailure = failures.onFailure
    webhook.onDelivered = failures.onDelivered
  }
  // A 408 names the flags the developer set the deadlines with (or their environment variables),
  // a 503 past the requests per connection its flag.
  const running = await serveMock(command.options, {
    timeouts: '--request-timeout, --headers-timeout',
    requestsPerSocket: '--max-requests-per-socket',
  }).catch((error: NodeJS.ErrnoException) => {
    const hint =
      error.code === 'EADDRINUSE'
        ? ` (port ${command.kind === 'serve' ? command.options.port : ''} is in use; try --port 0)`
        : ''
    console.error(`briq-mock: could not start: ${error.message}${hint}`)
    process.exit(1)
  })
  const { options } = command
  // A full server refuses connections without a word to the client: the operator hears it here.
  droppedConnectionsNotice(running.server, (line) => console.warn(`briq-mock: ${line}`), '--max-connections')
  console.log(`briq-mock: Briq Karibu WhatsApp API mock at ${running.url}`)
  // These are the mock's own fixture keys, not secrets: they open nothing but this process.
  console.log(`  ${BRIQ_API_KEY_HEADER}: ${DEFAULT_API_KEY}   (no-workspace key: ${DEFAULT_NO_WORKSPACE_KEY})`)
  console.log(
    `  scenario: ${running.mock.scenario}${options.strict ? ', strict' : ''}${options.openWindows ? ', every window open' : ''}${options.seed !== undefined ? `, seed ${options.seed}` : ''}`,
  )
  if (options.webhook) {
    console.log(
      `  webhooks: ${shownWebhookUrl(options.webhook.url)}${options.webhook.secret ? ' (signed)' : ' (unsigned: no BRIQ_MOCK_WEBHOOK_SECRET)'}`,
    )
  }
  console.log(`  browser origins: ${shownOrigins(options.allowedOrigins)}`)
  if (options.allowedOrigins === '*') {
    console.warn(
      'briq-mock: warning: --allow-any-origin: any web page you visit while this runs can read the messages you compose (/__mock/state) and drive the mock; prefer --allow-origin <origin>',
    )
  }
  if (!isLoopbackBind(options.host ?? '127.0.0.1')) {
    console.warn(
      `briq-mock: listening on ${options.host}, beyond this machine: anyone on your network can call it, whatever the Host header says`,
    )
  }
  const onNetwork = networkUrls(options.host ?? '127.0.0.1', running.port)
  if (onNetwork.length > 0) console.log(`  on your network: ${onNetwork.join(', ')}`)
  // Bound to every interface, the URL above is no place to connect to: this machine's own is.
  const here = bindsEveryInterface(options.host ?? '127.0.0.1') ? `http://127.0.0.1:${running.port}` : running.url
  console.log(`  try: curl ${here}${listSendersRoute.path} -H '${BRIQ_API_KEY_HEADER}: ${DEFAULT_API_KEY}'`)
  // The first signal lets the requests in flight finish, for at most --shutdown-grace: one that
  // arrives meanwhile, and one still unanswered then, is answered 503 MOCK_STOPPING and never
  // carried out, rather than cut with the client left to guess. A second signal ends the grace.
  stopOnSignals((graceMs) => running.close({ graceMs }), {
    name: 'briq-mock',
    graceMs: command.shutdownGraceMs,
    graceSetting: '--shutdown-grace',
    beforeExit: () => failures?.flush(),
  })
}
