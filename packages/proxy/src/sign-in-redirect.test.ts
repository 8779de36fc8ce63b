import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BriqError,
  createBriqClient,
  createSendController,
  requestFailureReason,
  type SendInteractiveRequest,
  sendFailureReason,
} from '@briq-interactive/core'
import { type MockHttpServer, startMockHttpServer } from '@briq-interactive/mock/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startTestProxy, type TestProxy, VALID_SEND } from './testing/start-test-proxy.ts'

// An `authorize` may answer with its own Response, such as a redirect to the host's sign-in
// page when a session has expired. fetch follows it, and the page it lands on is no answer to
// the send: the message never left the proxy, so the kit's client must not call it maybe sent.
// A web page, as where fetch follows it (outside one the client follows no redirect).
let mock: MockHttpServer
let proxy: TestProxy
let signIn: Server
let signInUrl: string
beforeAll(async () => {
  signIn = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>Sign in</title><form method="post"></form>')
  })
  await new Promise<void>((resolve) => signIn.listen(0, '127.0.0.1', resolve))
  signInUrl = `http://127.0.0.1:${(signIn.address() as AddressInfo).port}/login`
  mock = await startMockHttpServer({ port: 0, seed: 'sign-in-redirect', clock: 'manual' })
  proxy = await startTestProxy({
    upstream: mock.url,
    basePath: '/api/briq',
    allowAnonymous: false,
    authorize: () => Response.redirect(signInUrl, 302),
  })
  vi.stubGlobal('location', new URL(`${proxy.url}/admin`))
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await proxy.close()
  await mock.close()
  signIn.closeAllConnections()
  await new Promise((resolve) => signIn.close(resolve))
})

const client = () => createBriqClient({ endpoint: `${proxy.url}/api/briq`, retry: false })
const send: SendInteractiveRequest = VALID_SEND

describe("createBriqClient when the proxy's authorize redirects to a sign-in page", () => {
  it('reports the send as redirected and not sent, never as a maybe-sent unreadable answer', async () => {
    const before = mock.mock.state().totalMessages
    const error = await client()
      .sendInteractive(send)
      .catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED', status: undefined })
    expect((error as BriqError).message).toBe(
      `POST /v1/whatsapp/messages/interactive was redirected to ${signInUrl}, whose answer is not Briq's (a sign-in page?)`,
    )
    // Said as what it most likely is (core's `redirected`), not a bare "The message was not sent."
    expect(sendFailureReason(error as BriqError)).toEqual({ reason: 'redirected' })
    expect(mock.mock.state().totalMessages).toBe(before)
  })

  it('leaves the send controller free to send again once signed in (no MAYBE_SENT hold)', async () => {
    const controller = createSendController(client())
    await controller.send(send).catch(() => undefined)
    expect(controller.getSnapshot()).toMatchObject({ status: 'error', maybeSent: false })
  })

  it('reports a read the same way', async () => {
    const error = await client()
      .listSenders()
      .catch((reason: unknown) => reason)
    expect(error).toMatchObject({ kind: 'http', code: 'REDIRECTED', status: undefined })
    expect(requestFailureReason(error as BriqError)).toEqual({ reason: 'redirected' })
  })
})
