import { describe, expect, it, vi } from 'vitest'
import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { memoryStorage, scriptedSendClient } from '../test-support/scripted-send-client.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { forgetSends } from './forget-sends.ts'
import { REMEMBERED_SEND_MS } from './remembered-sends.ts'
import { createSendController } from './send-controller.ts'

// The same request written with its keys in another order, as a draft read back from storage is.
const reordered = (request: SendInteractiveRequest): SendInteractiveRequest =>
  JSON.parse(JSON.stringify({ interactive: request.interactive, to: request.to }))

// A form mounted again after its send (a route change and back, a reload) shows a plain Send: the
// controller says what it would refuse it over before the press, from the same memory the press reads.
describe('SendController.sentBefore', () => {
  it('says when an identical request was sent and Briq’s answer, from any controller of the client', async () => {
    let time = 1_000
    const now = () => time
    const page = scriptedSendClient()
    const first = createSendController(page.client, { now })
    expect(first.sentBefore(SEND_REQUEST)).toBeUndefined()
    time = 5_000
    await first.send(SEND_REQUEST)
    const expected = { kind: 'sent', at: 5_000, data: { message_id: 'm1', status: 'pending' } }
    expect(first.sentBefore(reordered(SEND_REQUEST))).toMatchObject(expected)
    // The composer mounted again: a new controller of the same client.
    const again = createSendController(page.client, { now })
    expect(again.sentBefore(SEND_REQUEST)).toMatchObject(expected)
    // Another number, another message, another client (another tenant): nothing.
    expect(again.sentBefore({ ...SEND_REQUEST, to: '255787654321' })).toBeUndefined()
    expect(createSendController(scriptedSendClient().client).sentBefore(SEND_REQUEST)).toBeUndefined()
    // Exactly what the press is refused over.
    await expect(again.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(page.sent).toHaveLength(1)
    // Sent again on purpose: the newest answer, and its time.
    time = 9_000
    await again.send(SEND_REQUEST, { allowDuplicate: true })
    expect(first.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent', at: 9_000, data: { message_id: 'm2' } })
  })

  it('says a request may have gone (its answer lost), and when; nothing for one refused before it left', async () => {
    let time = 2_000
    const page = scriptedSendClient()
    const sending = createSendController(page.client, { now: () => time })
    page.answer('lose')
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ kind: 'timeout' })
    expect(sending.sentBefore(SEND_REQUEST)).toEqual({ kind: 'maybe_sent', at: 2_000 })
    time = 3_000
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    // The hold made no request and changes nothing.
    expect(sending.sentBefore(SEND_REQUEST)).toEqual({ kind: 'maybe_sent', at: 2_000 })
    const client = {
      sendInteractive: () => Promise.reject(new BriqError({ kind: 'http', status: 400, message: 'refused' })),
    } as unknown as BriqClient
    await expect(createSendController(client).send(SEND_REQUEST)).rejects.toMatchObject({ status: 400 })
    expect(createSendController(client).sentBefore(SEND_REQUEST)).toBeUndefined()
  })

  it('after a reload (persist), reads the page before’s sends, with their time and answer', async () => {
    let time = 10_000
    const now = () => time
    const persist = { key: 'crm:ticket-7', storage: memoryStorage() }
    const before = scriptedSendClient()
    await createSendController(before.client, { persist, now }).send(SEND_REQUEST)
    before.answer('lose')
    const other = { ...SEND_REQUEST, to: '255787654321' }
    time = 11_000
    await expect(createSendController(before.client, { persist, now }).send(other)).rejects.toBeDefined()

    time = 20_000
    const after = createSendController(scriptedSendClient().client, { persist, now })
    expect(after.sentBefore(reordered(SEND_REQUEST))).toMatchObject({
      kind: 'sent',
      at: 10_000,
      data: { message_id: 'm1' },
    })
    expect(after.sentBefore(other)).toEqual({ kind: 'maybe_sent', at: 11_000 })
    // A day on, the window it went in has closed: forgotten, as the press forgets it.
    time = 10_000 + REMEMBERED_SEND_MS
    expect(after.sentBefore(SEND_REQUEST)).toBeUndefined()
  })

  it('a request under way is not "maybe sent" for this page (a send follows it); settled, it is said', async () => {
    const persist = { key: 'k', storage: memoryStorage() }
    let accept: (data: SendResult) => void = () => {}
    const client = {
      sendInteractive: () =>
        new Promise<SendResult>((resolve) => {
          accept = resolve
        }),
    } as unknown as BriqClient
    const sending = createSendController(client, { persist, now: () => 7 })
    const pending = sending.send(SEND_REQUEST)
    const beside = createSendController(client, { persist, now: () => 7 })
    expect(beside.sentBefore(SEND_REQUEST)).toBeUndefined()
    accept({ message_id: 'm9', status: 'pending', provider_message_id: null })
    await pending
    expect(beside.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent', at: 7, data: { message_id: 'm9' } })
  })

  it('an idle controller’s subscribers are told when a send of the client settles, and on forgetSends', async () => {
    const page = scriptedSendClient()
    const idle = createSendController(page.client)
    const told = vi.fn()
    idle.subscribe(told)
    const before = idle.getSnapshot()
    await createSendController(page.client).send(SEND_REQUEST)
    expect(told).toHaveBeenCalledTimes(1)
    expect(idle.getSnapshot()).not.toBe(before)
    expect(idle.getSnapshot()).toMatchObject({ status: 'idle' })
    expect(idle.sentBefore(SEND_REQUEST)).toBeDefined()
    forgetSends(page.client)
    expect(told).toHaveBeenCalledTimes(2)
    expect(idle.sentBefore(SEND_REQUEST)).toBeUndefined()
  })
})

// "Send again" after a finished send, whose answer is then lost: the message that went still
// went. The page remembers it (a DUPLICATE_SEND with its message id); a reload must too, rather
// than keep only "maybe sent" and lose the id and the time of the send that did go out.
// Two clients (two composers with their own client, a tenant switch) keeping sends under one key:
// what one sends, or forgetSends drops, changes what the other's idle form says.
describe('the sends kept beside a draft, watched', () => {
  it('an idle subscriber is told when another client’s controller writes them, and when they are dropped', async () => {
    const persist = { key: 'crm:ticket-12', storage: memoryStorage() }
    const mine = createSendController(scriptedSendClient().client, { persist })
    const told = vi.fn()
    const unsubscribe = mine.subscribe(told)
    expect(mine.sentBefore(SEND_REQUEST)).toBeUndefined()
    // Told of each write: the try under way (kept as maybe sent until it settles), then its answer.
    await createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST)
    expect(told).toHaveBeenCalledTimes(2)
    expect(mine.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent', data: { message_id: 'm1' } })
    forgetSends(undefined, persist)
    expect(told).toHaveBeenCalledTimes(3)
    expect(mine.sentBefore(SEND_REQUEST)).toBeUndefined()
    unsubscribe()
    await createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST)
    expect(told).toHaveBeenCalledTimes(3)
  })

  it('a host’s own storage, which may change unseen, is read at each look', async () => {
    const persist = { key: 'crm:ticket-13', storage: memoryStorage() }
    const mine = createSendController(scriptedSendClient().client, { persist })
    mine.subscribe(() => {})
    expect(mine.sentBefore(SEND_REQUEST)).toBeUndefined()
    // Written behind the kit's back (no event tells of it): still seen.
    await createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST)
    const written = persist.storage.entries.get('crm:ticket-13:sent') ?? ''
    persist.storage.entries.clear()
    expect(mine.sentBefore(SEND_REQUEST)).toBeUndefined()
    persist.storage.entries.set('crm:ticket-13:sent', written)
    expect(mine.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent' })
  })
})

describe('a lost "Send again" keeps the record of the send that went', () => {
  it('after a reload, it is still refused as sent, with the first send’s answer and time', async () => {
    let time = 1_000
    const now = () => time
    const persist = { key: 'crm:ticket-9', storage: memoryStorage() }
    const page = scriptedSendClient()
    const sending = createSendController(page.client, { persist, now })
    await sending.send(SEND_REQUEST)
    page.answer('lose')
    time = 2_000
    await expect(sending.send(SEND_REQUEST, { allowDuplicate: true })).rejects.toMatchObject({ kind: 'timeout' })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(sending.getSnapshot().data).toMatchObject({ message_id: 'm1' })

    time = 3_000
    const after = scriptedSendClient()
    const reloaded = createSendController(after.client, { persist, now })
    expect(reloaded.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent', at: 1_000, data: { message_id: 'm1' } })
    await expect(reloaded.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(reloaded.getSnapshot().data).toMatchObject({ message_id: 'm1' })
    expect(after.sent).toHaveLength(0)
  })

  it('the try that may have gone is kept too: once the first send is a day old, it still holds', async () => {
    let time = 0
    const now = () => time
    const persist = { key: 'crm:ticket-10', storage: memoryStorage() }
    const page = scriptedSendClient()
    await createSendController(page.client, { persist, now }).send(SEND_REQUEST)
    page.answer('lose')
    time = REMEMBERED_SEND_MS - 1_000
    await expect(
      createSendController(page.client, { persist, now }).send(SEND_REQUEST, { allowDuplicate: true }),
    ).rejects.toMatchObject({ kind: 'timeout' })

    time = REMEMBERED_SEND_MS + 1_000
    const reloaded = createSendController(scriptedSendClient().client, { persist, now })
    expect(reloaded.sentBefore(SEND_REQUEST)).toEqual({ kind: 'maybe_sent', at: REMEMBERED_SEND_MS - 1_000 })
    await expect(reloaded.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    // Sent on purpose, and accepted: one answer, the newest, and nothing maybe sent.
    await reloaded.send(SEND_REQUEST, { allowDuplicate: true })
    const stored = JSON.parse(persist.storage.entries.get('crm:ticket-10:sent') ?? '{}') as { sends: unknown[] }
    expect(stored.sends).toHaveLength(1)
    expect(reloaded.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'sent', data: { message_id: 'm1' } })
  })
})
