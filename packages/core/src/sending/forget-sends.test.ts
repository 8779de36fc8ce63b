import { describe, expect, it, vi } from 'vitest'
import type { DraftStorage } from '../draft/draft-persistence.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { memoryStorage, scriptedSendClient } from '../test-support/scripted-send-client.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { forgetSends } from './forget-sends.ts'
import { createSendController } from './send-controller.ts'

const to = (number: string): SendInteractiveRequest => ({ ...SEND_REQUEST, to: number })

// An in-page mock made anew (a reload, its reset) knows none of the messages sent before: the
// page must not say "already sent" about one its server has never seen.
describe('forgetSends', () => {
  it('forgets what one client sent and maybe sent; another client keeps its memory', async () => {
    const page = scriptedSendClient()
    const other = scriptedSendClient()
    const sending = createSendController(page.client)
    await sending.send(SEND_REQUEST)
    page.answer('lose')
    await expect(sending.send(to('255787654321'))).rejects.toMatchObject({ kind: 'timeout' })
    await createSendController(other.client).send(SEND_REQUEST)

    forgetSends(page.client)
    page.answer('accept')
    await expect(sending.send(SEND_REQUEST)).resolves.toMatchObject({ message_id: 'm3' })
    await expect(createSendController(page.client).send(to('255787654321'))).resolves.toMatchObject({
      message_id: 'm4',
    })
    expect(page.sent).toHaveLength(4)
    await expect(createSendController(other.client).send(SEND_REQUEST)).rejects.toMatchObject({
      code: 'DUPLICATE_SEND',
    })
    expect(other.sent).toHaveLength(1)
  })

  it('removes what is kept for a reload under `<key>:sent`, and only that key', async () => {
    const storage = memoryStorage({ removable: true })
    storage.entries.set('crm:composer', '{"draft":"kept"}')
    const page = scriptedSendClient()
    await createSendController(page.client, { persist: { key: 'crm:composer', storage } }).send(SEND_REQUEST)
    await createSendController(page.client, { persist: { key: 'crm:other', storage } }).send(to('255787654321'))
    expect(storage.entries.has('crm:composer:sent')).toBe(true)

    forgetSends(page.client, { key: 'crm:composer', storage })
    expect(storage.entries.has('crm:composer:sent')).toBe(false)
    expect(storage.entries.get('crm:composer')).toBe('{"draft":"kept"}')
    expect(storage.entries.has('crm:other:sent')).toBe(true)
    // After a reload (a new client), the key forgotten lets the message go; the other still holds.
    const reloaded = scriptedSendClient()
    await expect(
      createSendController(reloaded.client, { persist: { key: 'crm:composer', storage } }).send(SEND_REQUEST),
    ).resolves.toMatchObject({ message_id: 'm1' })
    await expect(
      createSendController(reloaded.client, { persist: { key: 'crm:other', storage } }).send(to('255787654321')),
    ).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
  })

  it('with no client, removes only what is kept under the key: the page memory stays', async () => {
    const storage = memoryStorage({ removable: true })
    const persist = { key: 'crm:composer', storage }
    const page = scriptedSendClient()
    const sending = createSendController(page.client, { persist })
    await sending.send(SEND_REQUEST)
    forgetSends(undefined, persist)
    expect(storage.entries.has('crm:composer:sent')).toBe(false)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    await expect(
      createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST),
    ).resolves.toBeDefined()
  })

  it('empties the entry of a storage that cannot remove, and never throws on one that refuses', async () => {
    const entries = new Map<string, string>()
    const storage: DraftStorage = {
      getItem: (key) => entries.get(key) ?? null,
      setItem: (k, v) => void entries.set(k, v),
    }
    await createSendController(scriptedSendClient().client, { persist: { key: 'k', storage } }).send(SEND_REQUEST)
    forgetSends(scriptedSendClient().client, { key: 'k', storage })
    await expect(
      createSendController(scriptedSendClient().client, { persist: { key: 'k', storage } }).send(SEND_REQUEST),
    ).resolves.toBeDefined()
    const refusing: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('SecurityError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(() => forgetSends(scriptedSendClient().client, { key: 'k', storage: refusing })).not.toThrow()
  })

  it('takes back a refusal made from memory on screen, and tells the subscribers', async () => {
    const page = scriptedSendClient()
    const sending = createSendController(page.client)
    const shown = vi.fn()
    sending.subscribe(shown)
    await sending.send(SEND_REQUEST)
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    shown.mockClear()
    forgetSends(page.client)
    expect(shown).toHaveBeenCalled()
    expect(sending.getSnapshot()).toMatchObject({ status: 'idle', maybeSent: false })
    expect(sending.getSnapshot().error).toBeUndefined()

    // A send that failed at Briq stays as it was: it happened.
    page.answer('lose')
    await expect(sending.send(to('255787654321'))).rejects.toMatchObject({ kind: 'timeout' })
    const failed = sending.getSnapshot()
    forgetSends(page.client)
    expect(sending.getSnapshot()).toBe(failed)
  })

  it('ends the hold a Retry-After began, on every controller of the client', async () => {
    let time = 1_000
    const now = () => time
    const page = scriptedSendClient('throttle')
    const first = createSendController(page.client, { now })
    const second = createSendController(page.client, { now })
    second.subscribe(() => {})
    await expect(first.send(SEND_REQUEST)).rejects.toMatchObject({ status: 429 })
    page.answer('accept')
    time += 1_000
    await expect(second.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(second.getSnapshot().hold).toBeDefined()

    forgetSends(page.client)
    expect(second.getSnapshot()).toMatchObject({ status: 'idle' })
    expect(second.getSnapshot().hold).toBeUndefined()
    await expect(first.send(to('255787654321'))).resolves.toMatchObject({ message_id: 'm2' })
  })
})
