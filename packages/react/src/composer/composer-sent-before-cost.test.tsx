import { createSendController, forgetSends, type Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

const KEY = 'crm:ticket-80'
const SENT_KEY = `${KEY}:sent`
const REQUEST = { to: FIXTURE_PHONES.open, interactive: FEEDBACK_INTERACTIVE as Interactive }

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

// Counts the reads of the sends kept beside the draft (the draft's own reads are another matter).
function countSentReads() {
  const getItem = Storage.prototype.getItem
  let reads = 0
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
    if (key === SENT_KEY) reads++
    return getItem.call(this, key)
  })
  return () => reads
}

function composer() {
  return render(
    <StrictMode>
      <InteractiveComposer
        client={createMockClient().client}
        sendMode="inline"
        persistKey={KEY}
        defaultValue={FEEDBACK_INTERACTIVE as Interactive}
        defaultTo={FIXTURE_PHONES.open}
      />
    </StrictMode>,
  )
}

const note = () => document.querySelector('[data-sent-before]')

// The send step asks core on every render whether its message went before; with persistKey that
// read and parsed localStorage on every keystroke in the composer.
describe('the send step says "already sent" from persistKey at no cost per keystroke', () => {
  it('reads the kept sends once while typing, and again only when they change', async () => {
    // A page before this one sent it (a reload).
    await createSendController(createMockClient().client, { persist: { key: KEY } }).send(REQUEST)
    const reads = countSentReads()
    const user = userEvent.setup()
    composer()
    await waitFor(() => expect(note()).toHaveAttribute('data-sent-before', 'sent'))
    const settled = reads()

    const recipient = screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
    await user.type(recipient, '{Backspace}{Backspace}99')
    expect(note()).toBeNull()
    await user.type(recipient, '{Backspace}{Backspace}78')
    expect(recipient).toHaveValue(FIXTURE_PHONES.open)
    expect(note()).toHaveAttribute('data-sent-before', 'sent')
    expect(reads()).toBe(settled)

    // forgetSends (an in-page mock made anew): the note goes at once, and the storage is read again.
    act(() => forgetSends(undefined, { key: KEY }))
    expect(note()).toBeNull()
    expect(reads()).toBeGreaterThan(settled)
  })

  it('says at once what another tab sent (its storage event), and reads it once', async () => {
    const reads = countSentReads()
    composer()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled())
    expect(note()).toBeNull()
    const before = reads()
    // Another tab's send: written there, told here by a `storage` event (a page's own writes fire none).
    const theirs = createMockClient().client
    const elsewhere = new Map<string, string>()
    await createSendController(theirs, {
      persist: {
        key: KEY,
        storage: {
          getItem: (key) => elsewhere.get(key) ?? null,
          setItem: (key, value) => void elsewhere.set(key, value),
        },
      },
    }).send(REQUEST)
    const newValue = elsewhere.get(SENT_KEY) ?? null
    localStorage.setItem(SENT_KEY, newValue ?? '')
    expect(note()).toBeNull()
    act(
      () =>
        void window.dispatchEvent(new StorageEvent('storage', { key: SENT_KEY, newValue, storageArea: localStorage })),
    )
    expect(note()).toHaveAttribute('data-sent-before', 'sent')
    // Each of the two lookups (sent, then maybe sent) no longer reads its own.
    expect(reads()).toBe(before + 1)
  })
})
