import { describe, expect, it } from 'vitest'
import type { BriqClient } from '../client/briq-client.ts'
import { BriqError } from '../client/briq-error.ts'
import type { SendResult } from '../client/responses.ts'
import type { DraftStorage } from '../draft/draft-persistence.ts'
import type { SendInteractiveRequest } from '../schemas/send-request.ts'
import { memoryStorage, scriptedSendClient } from '../test-support/scripted-send-client.ts'
import { SEND_REQUEST } from '../test-support/send-request.ts'
import { REMEMBERED_SEND_MS, rememberedSendsKey } from './remembered-sends.ts'
import { createSendController } from './send-controller.ts'

// The builder's persistKey brings the draft back after a reload: the message sent just before
// it must not go again unasked from the page after.
// A storage at quota: the draft rewritten at its size still fits, a `:sent` entry does not but for
// the first `fits` writes of one.
function atQuota(storage: DraftStorage, fits = 0): DraftStorage {
  let left = fits
  return {
    ...storage,
    setItem: (key, value) => {
      if (key.endsWith(':sent') && left-- <= 0)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      storage.setItem(key, value)
    },
  }
}

describe('a send controller with `persist` remembers its sends across a reload', () => {
  it('refuses a request sent before the reload as a duplicate, with its answer; allowDuplicate sends', async () => {
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    const before = scriptedSendClient()
    await createSendController(before.client, { persist }).send(SEND_REQUEST)
    const after = scriptedSendClient()
    const sending = createSendController(after.client, { persist })
    await expect(sending.send(structuredClone(SEND_REQUEST))).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', data: { message_id: 'm1' } })
    expect(after.sent).toHaveLength(0)
    await sending.send(SEND_REQUEST, { allowDuplicate: true })
    expect(after.sent).toHaveLength(1)
    // Another message, or another number, goes.
    await createSendController(scriptedSendClient().client, { persist }).send({ ...SEND_REQUEST, to: '255787654321' })
  })

  it('still holds a request that may have gone before the reload when sent again on purpose and refused', async () => {
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    const lost = createSendController(scriptedSendClient('lose').client, { persist }).send(SEND_REQUEST)
    await expect(lost).rejects.toMatchObject({ kind: 'timeout' })
    // "Send anyway", answered 422: this try sent nothing, but the lost one may still have gone.
    const refusing = {
      sendInteractive: async () => {
        throw new BriqError({ kind: 'http', status: 422, code: 'VALIDATION_ERROR', message: 'refused' })
      },
    } as unknown as BriqClient
    const again = createSendController(refusing, { persist }).send(SEND_REQUEST, { allowDuplicate: true })
    await expect(again).rejects.toMatchObject({ status: 422 })
    const after = scriptedSendClient()
    const sending = createSendController(after.client, { persist })
    expect(sending.sentBefore(SEND_REQUEST)).toMatchObject({ kind: 'maybe_sent' })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(after.sent).toHaveLength(0)
  })

  it('holds a request that may have gone before the reload (MAYBE_SENT) until sent on purpose', async () => {
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    const before = scriptedSendClient('lose')
    await expect(createSendController(before.client, { persist }).send(SEND_REQUEST)).rejects.toMatchObject({
      kind: 'timeout',
    })
    const after = scriptedSendClient()
    const sending = createSendController(after.client, { persist })
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(sending.getSnapshot().maybeSent).toBe(true)
    await sending.send(SEND_REQUEST, { allowDuplicate: true })
    // Sent on purpose now: after the next reload it is a plain duplicate.
    await expect(
      createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST),
    ).rejects.toMatchObject({
      code: 'DUPLICATE_SEND',
    })
  })

  it('holds a request whose page was closed or reloaded while it was under way (MAYBE_SENT)', async () => {
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    // The page goes before Briq answers: the request may have reached it.
    const closing = {
      sendInteractive: () => new Promise<SendResult>(() => {}),
    } as unknown as BriqClient
    void createSendController(closing, { persist })
      .send(SEND_REQUEST)
      .catch(() => {})
    const after = scriptedSendClient()
    const sending = createSendController(after.client, { persist })
    await expect(sending.send(structuredClone(SEND_REQUEST))).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(after.sent).toHaveLength(0)
  })

  it('while under way, another controller of the page follows it; a refusal that sent nothing is forgotten', async () => {
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    let refuse: (error: BriqError) => void = () => {}
    const sent: SendInteractiveRequest[] = []
    const client = {
      sendInteractive: (request: SendInteractiveRequest) => {
        sent.push(request)
        return new Promise<SendResult>((_resolve, reject) => {
          refuse = reject
        })
      },
    } as unknown as BriqClient
    const first = createSendController(client, { persist }).send(SEND_REQUEST)
    // This page's own send under way is followed, not held as maybe sent.
    const second = createSendController(client, { persist }).send(SEND_REQUEST)
    expect(sent).toHaveLength(1)
    refuse(new BriqError({ kind: 'http', status: 400, code: 'BAD_REQUEST', message: 'refused' }))
    await expect(first).rejects.toMatchObject({ status: 400 })
    await expect(second).rejects.toMatchObject({ status: 400 })
    // Refused: it was not sent, so after a reload it goes unasked.
    const after = scriptedSendClient()
    await createSendController(after.client, { persist }).send(SEND_REQUEST)
    expect(after.sent).toHaveLength(1)
  })

  it('stores no number and no message; forgets after a day; keeps the last 100; another key is apart', async () => {
    let time = 1_000_000
    const now = () => time
    const storage = memoryStorage()
    const persist = { key: 'crm:composer', storage }
    await createSendController(scriptedSendClient().client, { persist, now }).send(SEND_REQUEST)
    const stored = storage.entries.get('crm:composer:sent') ?? ''
    // The one place a page that watches for another tab's sends reads the key from.
    expect(rememberedSendsKey(persist.key)).toBe('crm:composer:sent')
    expect(stored).not.toContain(SEND_REQUEST.to)
    expect(stored).not.toContain(SEND_REQUEST.interactive.body?.text)
    await expect(
      createSendController(scriptedSendClient().client, { persist: { key: 'other', storage }, now }).send(SEND_REQUEST),
    ).resolves.toMatchObject({ message_id: 'm1' })
    time += REMEMBERED_SEND_MS
    await expect(
      createSendController(scriptedSendClient().client, { persist, now }).send(SEND_REQUEST),
    ).resolves.toMatchObject({ message_id: 'm1' })

    const sending = createSendController(scriptedSendClient().client, { persist, now })
    const text = (n: number) => ({
      ...SEND_REQUEST,
      interactive: { ...SEND_REQUEST.interactive, body: { text: `Message ${n}` } },
    })
    for (let n = 0; n <= 100; n++) await sending.send(text(n))
    expect((JSON.parse(storage.entries.get('crm:composer:sent') ?? '{}') as { sends: unknown[] }).sends).toHaveLength(
      100,
    )
    const reloaded = createSendController(scriptedSendClient().client, { persist, now })
    await expect(reloaded.send(text(1))).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    await expect(reloaded.send(text(0))).resolves.toBeDefined()
  })

  it('keeps the last 100 requests, each with its answer and a later try that may have gone', async () => {
    const persist = { key: 'crm:composer', storage: memoryStorage() }
    const page = scriptedSendClient()
    const sending = createSendController(page.client, { persist })
    const text = (n: number) => ({
      ...SEND_REQUEST,
      interactive: { ...SEND_REQUEST.interactive, body: { text: `Message ${n}` } },
    })
    // Each sent, then a "Send again" whose answer was lost: two entries of one request.
    for (let n = 0; n < 100; n++) {
      page.answer('accept')
      await sending.send(text(n))
      page.answer('lose')
      await expect(sending.send(text(n), { allowDuplicate: true })).rejects.toMatchObject({ kind: 'timeout' })
    }
    const stored = () =>
      (JSON.parse(persist.storage.entries.get('crm:composer:sent') ?? '{}') as { sends: unknown[] }).sends
    expect(stored()).toHaveLength(200)
    const reloaded = createSendController(scriptedSendClient().client, { persist })
    expect(reloaded.sentBefore(text(0))).toMatchObject({ kind: 'sent' })
    // A 101st request: the oldest goes, both its entries.
    page.answer('accept')
    await sending.send(text(100))
    expect(stored()).toHaveLength(199)
    expect(reloaded.sentBefore(text(0))).toBeUndefined()
    expect(reloaded.sentBefore(text(1))).toMatchObject({ kind: 'sent' })
  })

  it('writes nothing blind into a storage that throws when read: the other sends it keeps stay', async () => {
    const storage = memoryStorage()
    const persist = { key: 'k', storage }
    await createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST)
    const kept = storage.entries.get('k:sent')
    const unreadable: DraftStorage = {
      ...storage,
      getItem: () => {
        throw new Error('NS_ERROR_STORAGE_BUSY')
      },
    }
    const page = scriptedSendClient()
    await createSendController(page.client, { persist: { key: 'k', storage: unreadable } }).send({
      ...SEND_REQUEST,
      to: '255787654321',
    })
    expect(page.sent).toHaveLength(1)
    expect(storage.entries.get('k:sent')).toBe(kept)
    await expect(
      createSendController(scriptedSendClient().client, { persist }).send(SEND_REQUEST),
    ).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
  })

  it('says when the storage refused to keep the send (full), as a reload would send it again unasked', async () => {
    const storage = memoryStorage()
    const full = atQuota(storage)
    const sending = createSendController(scriptedSendClient().client, { persist: { key: 'k', storage: full } })
    await sending.send(SEND_REQUEST)
    expect(sending.getSnapshot()).toMatchObject({ status: 'success', unremembered: true })
    // The page's own memory still refuses it; a storage that keeps it says nothing.
    await expect(sending.send(SEND_REQUEST)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    const kept = createSendController(scriptedSendClient().client, { persist: { key: 'k', storage } })
    await kept.send(SEND_REQUEST)
    expect(kept.getSnapshot()).toMatchObject({ status: 'success' })
    expect(kept.getSnapshot().unremembered).toBeUndefined()
    // So is a try whose answer was lost: after a reload it would not be held as MAYBE_SENT.
    const lost = createSendController(scriptedSendClient('lose').client, { persist: { key: 'k', storage: full } })
    await expect(lost.send({ ...SEND_REQUEST, to: '255787654321' })).rejects.toMatchObject({ kind: 'timeout' })
    expect(lost.getSnapshot()).toMatchObject({ status: 'error', maybeSent: true, unremembered: true })
  })

  it('says nothing when a record kept from before the answer still makes a reload ask', async () => {
    const storage = memoryStorage()
    // At quota's edge: the small mark written as the request left fits, the answer's entry does not.
    const edge = atQuota(storage, 1)
    const sending = createSendController(scriptedSendClient().client, { persist: { key: 'k', storage: edge } })
    await sending.send(SEND_REQUEST)
    expect(sending.getSnapshot()).toMatchObject({ status: 'success' })
    expect(sending.getSnapshot().unremembered).toBeUndefined()
    // After a reload the mark holds it: Send asks first, as the snapshot let the page say.
    const reloaded = scriptedSendClient()
    await expect(
      createSendController(reloaded.client, { persist: { key: 'k', storage } }).send(SEND_REQUEST),
    ).rejects.toMatchObject({ code: 'MAYBE_SENT' })
    expect(reloaded.sent).toHaveLength(0)
  })

  it('says so in a controller following that send too (a form mounted again while it was under way)', async () => {
    const storage = memoryStorage()
    const full = atQuota(storage)
    const persist = { key: 'k', storage: full }
    for (const answer of ['accept', 'lose'] as const) {
      const page = scriptedSendClient(answer)
      const first = createSendController(page.client, { persist }).send(SEND_REQUEST)
      const again = createSendController(page.client, { persist })
      const following = again.send(structuredClone(SEND_REQUEST))
      await Promise.allSettled([first, following])
      expect(page.sent).toHaveLength(1)
      expect(again.getSnapshot()).toMatchObject({ maybeSent: answer === 'lose', unremembered: true })
    }
    // A storage that keeps it: the follower says nothing of it.
    const page = scriptedSendClient()
    const first = createSendController(page.client, { persist: { key: 'k', storage } }).send(SEND_REQUEST)
    const again = createSendController(page.client, { persist: { key: 'k', storage } })
    await Promise.all([first, again.send(SEND_REQUEST)])
    expect(again.getSnapshot()).toMatchObject({ status: 'success' })
    expect(again.getSnapshot().unremembered).toBeUndefined()
  })

  it('a storage that refuses or holds junk costs nothing but the memory', async () => {
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const page = scriptedSendClient()
    await createSendController(page.client, { persist: { key: 'k', storage: refusing } }).send(SEND_REQUEST)
    const junk = memoryStorage()
    junk.entries.set('k:sent', '{"sends":[{"h":1},"x",null]}')
    await createSendController(page.client, { persist: { key: 'k', storage: junk } }).send({
      ...SEND_REQUEST,
      to: '255787654321',
    })
    expect(page.sent).toHaveLength(2)
  })
})
