import { writeUntilServerCloses } from '@briq-interactive/test-sockets'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeUpstream, json, startFakeUpstream } from '../testing/fake-upstream.ts'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy.ts'

let upstream: FakeUpstream | undefined
let proxy: TestProxy | undefined
afterEach(async () => {
  await Promise.all([proxy?.close(), upstream?.close()])
  proxy = undefined
  upstream = undefined
})

describe('toNodeHandler against pipelined requests', () => {
  it('forwards the requests of one write one at a time, and answers each in order', async () => {
    let waiting = 0
    let most = 0
    upstream = await startFakeUpstream((request, res) => {
      most = Math.max(most, ++waiting)
      // Held a moment, so requests forwarded together would overlap here.
      setTimeout(() => {
        waiting--
        json(res, 200, { success: true, data: request.url })
      }, 20)
    })
    proxy = await startTestProxy({ upstream: upstream.url })
    const get = (i: number) => `GET /v1/whatsapp/messages?limit=${i + 1} HTTP/1.1\r\nHost: localhost\r\n`
    const requests = Array.from({ length: 20 }, (_, i) => `${get(i)}${i === 19 ? 'Connection: close\r\n' : ''}\r\n`)
    const received = await writeUntilServerCloses(proxy.url, requests.join(''))
    const answered = [...received.matchAll(/"data":"\/v1\/whatsapp\/messages\?limit=(\d+)"/g)].map((match) => match[1])
    expect(answered).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)))
    expect(most).toBe(1)
  })
})
