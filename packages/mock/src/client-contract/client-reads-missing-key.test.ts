import {
  BRIQ_API_ORIGIN,
  BriqError,
  coreMessagesSw,
  createBriqClient,
  describeRequestFailure,
  describeSendFailure,
  requestFailureReason,
  sendFailureReason,
} from '@briq-interactive/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type MockHttpServer, startMockHttpServer } from '../server/create-http-server.ts'
import { buttonInteractive } from '../test-support/interactives.ts'

// A page calling the mock (or Briq) directly, without the proxy that adds the key: checking the
// key would not help, going through the proxy does.
let running: MockHttpServer | undefined
afterEach(async () => {
  vi.unstubAllGlobals()
  await running?.close()
  running = undefined
})

const failure = (pending: Promise<unknown>) =>
  pending.then(
    () => expect.unreachable('the call succeeded'),
    (failed: unknown) => failed as BriqError,
  )

describe("core's client reading a 401 for a missing X-API-Key", () => {
  it('says the page must go through the proxy, in English and Swahili', async () => {
    running = await startMockHttpServer({ port: 0 })
    const client = createBriqClient({ endpoint: running.url, retry: false })
    const error = await failure(client.sendInteractive({ to: '255712345678', interactive: buttonInteractive() }))
    expect(error).toBeInstanceOf(BriqError)
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    expect(sendFailureReason(error)).toEqual({ reason: 'unauthorized', keyMissing: true })
    expect(describeSendFailure(error)).toBe(
      "No API key reached Briq (HTTP 401): this page called Briq, or the mock, directly rather than through your server's proxy, which adds the key, so the message was not sent. Whoever set up this page should point it at the proxy's URL.",
    )
    expect(describeSendFailure(error, coreMessagesSw)).toBe(
      'Hakuna ufunguo wa API uliofika Briq (HTTP 401): ukurasa huu uliita Briq, au mock, moja kwa moja badala ya kupitia proksi ya seva yako, ambayo huongeza ufunguo, kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa huu auelekeze kwenye URL ya proksi.',
    )
    const listing = await failure(client.listSenders())
    expect(requestFailureReason(listing)).toEqual({ reason: 'unauthorized', keyMissing: true })
    expect(describeRequestFailure(listing)).toBe(
      "no API key reached Briq (HTTP 401): this page must call it through your server's proxy, which adds the key",
    )
    expect(describeRequestFailure(listing, coreMessagesSw)).toBe(
      'hakuna ufunguo wa API uliofika Briq (HTTP 401): ukurasa huu uiite kupitia proksi ya seva yako, ambayo huongeza ufunguo',
    )
  })

  it('knows no key went to Briq’s own API without reading the words (here the mock serves it)', async () => {
    running = await startMockHttpServer({ port: 0 })
    const { url } = running
    // The runtime's own fetch (a fetch given may add a key itself), Briq's origin served by the mock.
    const realFetch = globalThis.fetch
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(input.replace(BRIQ_API_ORIGIN, url), init))
    const client = createBriqClient({ endpoint: BRIQ_API_ORIGIN, retry: false })
    const error = await failure(client.sendInteractive({ to: '255712345678', interactive: buttonInteractive() }))
    expect(error).toMatchObject({ status: 401, keySent: false })
    expect(sendFailureReason(error)).toEqual({ reason: 'unauthorized', keyMissing: true })
    // Straight at the mock, the client cannot tell what a server between would add: the mock's words say.
    const direct = await failure(createBriqClient({ endpoint: url, retry: false }).listSenders())
    expect(direct.keySent).toBeUndefined()
    expect(requestFailureReason(direct)).toEqual({ reason: 'unauthorized', keyMissing: true })
  })

  it('still says the key was refused when a wrong key came', async () => {
    running = await startMockHttpServer({ port: 0 })
    const client = createBriqClient({ endpoint: running.url, headers: { 'X-API-Key': 'not-the-key' }, retry: false })
    const error = await failure(client.sendInteractive({ to: '255712345678', interactive: buttonInteractive() }))
    expect(error.keySent).toBe(true)
    expect(sendFailureReason(error)).toEqual({ reason: 'unauthorized' })
    expect(describeSendFailure(error)).toMatch(/^Briq refused the API key, /)
    expect(describeRequestFailure(await failure(client.listSenders()))).toBe('the API key was refused')
  })
})
