import {
  type BriqClient,
  createBriqClient,
  createSendController,
  type SendInteractiveRequest,
  type SendResult,
} from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { FIXTURE_PHONES } from '../fixtures/fixture-ids.ts'
import { DEFAULT_API_KEY } from '../options.ts'

// What a send controller sent, shows and remembers is the message as it was when Send was
// pressed, whatever the caller does to its own object afterwards (a form's state edited in place
// as typing goes on); and the caller's object, one written `as const` included, is never written to.

const mock = createBriqMock({ seed: 'send-controller-copy', clock: 'manual' })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => mock.reset())
afterAll(() => server.close())

const ENDPOINT = 'https://admin.example/api/briq'
const kitClient = () => createBriqClient({ endpoint: ENDPOINT, headers: { 'X-API-Key': DEFAULT_API_KEY } })
const stored = (sent: SendResult) => mock.state().messages.find((message) => message.id === sent.message_id)?.content

/** `value` and everything in it frozen, as a message written `as const` is meant to be. */
function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFrozen(item)
    Object.freeze(value)
  }
  return value
}

describe('a send controller keeps the request as it was pressed', () => {
  it('a draft edited in place after the press changes neither what went, nor the snapshot, nor the callbacks', async () => {
    const onSuccess = vi.fn()
    const sending = createSendController(kitClient(), { onSuccess })
    const pressed = structuredClone(INTERACTIVE_EXAMPLES.list)
    const draft = { to: FIXTURE_PHONES.open as string, interactive: structuredClone(pressed) }
    const sent = sending.send(draft)
    // The form goes on: the person types on in the body and renames a row while Briq answers.
    draft.interactive.body.text = 'Typed after the press'
    draft.interactive.action.sections[0]!.rows[0]!.title = 'Renamed'
    draft.to = FIXTURE_PHONES.closed
    expect(sending.getSnapshot()).toMatchObject({ status: 'pending', request: { to: FIXTURE_PHONES.open } })
    const data = await sent
    expect(stored(data)).toEqual(pressed)
    const shown = sending.getSnapshot()
    expect(shown.request).toEqual({ to: FIXTURE_PHONES.open, interactive: pressed })
    expect(onSuccess).toHaveBeenCalledWith(data, { to: FIXTURE_PHONES.open, interactive: pressed })
    expect(onSuccess.mock.calls[0]?.[1]).toBe(shown.request)
    // What it guards is what went: the message as pressed is already sent; the edited one is new.
    await expect(sending.send({ to: FIXTURE_PHONES.open, interactive: pressed })).rejects.toMatchObject({
      code: 'DUPLICATE_SEND',
    })
    expect(sending.sentBefore({ to: FIXTURE_PHONES.open, interactive: pressed })).toMatchObject({ kind: 'sent' })
    expect(sending.sentBefore(draft)).toBeUndefined()
  })

  it('a client of your own that reads the request later (after fetching a token) still sends the message as pressed', async () => {
    const kit = kitClient()
    let token!: () => void
    const ownClient: BriqClient = {
      ...kit,
      async sendInteractive(request, options) {
        await new Promise<void>((resolve) => {
          token = resolve
        })
        return kit.sendInteractive(request, options)
      },
    }
    const sending = createSendController(ownClient)
    const pressed = structuredClone(INTERACTIVE_EXAMPLES.button)
    const draft: SendInteractiveRequest = { to: FIXTURE_PHONES.open, interactive: structuredClone(pressed) }
    const sent = sending.send(draft)
    draft.interactive = { ...pressed, body: { text: 'Changed while the token was fetched' } }
    token()
    expect(stored(await sent)).toEqual(pressed)
    expect(sending.getSnapshot().request).toEqual({ to: FIXTURE_PHONES.open, interactive: pressed })
  })

  it('takes a message frozen all the way down (as const) without writing to it; the failure keeps it to restore', async () => {
    const sending = createSendController(kitClient())
    const message = deepFrozen({ to: FIXTURE_PHONES.open, interactive: structuredClone(INTERACTIVE_EXAMPLES.carousel) })
    const data = await sending.send(message)
    expect(stored(data)).toEqual(INTERACTIVE_EXAMPLES.carousel)
    // The snapshot's copy is the controller's own: a form may take it back and edit it.
    const kept = sending.getSnapshot().request
    expect(kept).toEqual(message)
    expect(kept).not.toBe(message)
    expect(Object.isFrozen(kept?.interactive)).toBe(false)

    const invalid = deepFrozen({
      to: FIXTURE_PHONES.open,
      interactive: { ...INTERACTIVE_EXAMPLES.button, body: { text: '' } },
    })
    await expect(sending.send(invalid)).rejects.toMatchObject({ kind: 'validation' })
    expect(sending.getSnapshot()).toMatchObject({ status: 'error', request: invalid, maybeSent: false })
  })
})
