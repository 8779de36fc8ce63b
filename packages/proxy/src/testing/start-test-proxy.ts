import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { boundServer, serverTimeoutOptions } from '@briq-interactive/core/node'
import { SEND_REQUEST } from '@briq-interactive/fixtures'
import { createBriqProxy } from '../create-briq-proxy.ts'
import { toNodeHandler } from '../node/to-node-handler.ts'
import type { BriqProxyLogEvent, BriqProxyOptions } from '../proxy-options.ts'

/** A distinctive key, so a leak anywhere is easy to find. */
export const TEST_KEY = 'briq_live_SECRET_K3Y_7f3a9c1e5d'

/** The proxy served over real HTTP on loopback, with its log events collected. */
export interface TestProxy {
  url: string
  logs: BriqProxyLogEvent[]
  close(): Promise<void>
}

/** Starts `createBriqProxy` behind `toNodeHandler` on 127.0.0.1, port 0, wired as its JSDoc says. */
export async function startTestProxy(options: Partial<BriqProxyOptions> & { upstream: string }): Promise<TestProxy> {
  const logs: BriqProxyLogEvent[] = []
  const handler = createBriqProxy({
    apiKey: TEST_KEY,
    allowAnonymous: true,
    log: (event) => logs.push(event),
    ...options,
  })
  const server = createServer(serverTimeoutOptions(), toNodeHandler(handler))
  boundServer(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A send body core accepts: the workspace's standard send request. */
export const VALID_SEND = SEND_REQUEST

/** Everything a caller could see in a response: status line, headers and body. */
export async function responseText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  return `${response.status}\n${headers}\n\n${await response.text()}`
}
