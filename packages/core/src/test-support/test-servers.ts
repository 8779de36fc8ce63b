import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

/**
 * Real node:http servers for the tests of one file (or `describe`), each on a free loopback
 * port, every one closed after each test with its connections (a client a test leaves open would
 * otherwise keep `close` waiting).
 */
export function testServers(): { listen(server: Server): Promise<{ url: string; port: number }> } {
  const running: Server[] = []
  afterEach(async () => {
    for (const server of running.splice(0)) {
      server.closeAllConnections()
      if (server.listening) await new Promise((resolve) => server.close(resolve))
    }
  })
  return {
    async listen(server) {
      running.push(server)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const { port } = server.address() as AddressInfo
      return { url: `http://127.0.0.1:${port}`, port }
    },
  }
}
