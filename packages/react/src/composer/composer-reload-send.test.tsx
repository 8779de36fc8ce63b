import { forgetSends, type Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

/** The send step's polite live region. */
const sendLive = () => document.querySelector('.bi-send-dialog-live[aria-live="polite"]')

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

// A reload: the page's client and its send memory are new, and persistKey brings the draft back.
function page(persistKey: string, locale?: 'sw') {
  const { client, sends, mock } = createMockClient()
  const view = render(
    <StrictMode>
      <InteractiveComposer
        client={client}
        sendMode="inline"
        persistKey={persistKey}
        defaultValue={FEEDBACK_INTERACTIVE as Interactive}
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
      />
    </StrictMode>,
  )
  return { client, sends, mock, unmount: view.unmount }
}

describe('the composer remembers its sends beside the draft it persists', () => {
  it('after a reload, the message sent just before asks "already sent" and is not sent again', async () => {
    const user = userEvent.setup()
    const before = page('crm:ticket-42')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(before.sends).toHaveLength(1)
    before.unmount()

    const after = page('crm:ticket-42')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(after.sends).toHaveLength(0)
    // "Send again" still sends it on purpose.
    await user.click(screen.getByRole('button', { name: 'Send again' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(after.sends).toHaveLength(1)
    after.unmount()

    // Another draft's key knows nothing of it.
    const elsewhere = page('crm:ticket-43')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(elsewhere.sends).toHaveLength(1)
  })

  // A server that forgot its messages (an in-page mock reset) and the page told with forgetSends:
  // the "already sent" on screen was about a message that server no longer knows.
  it('after forgetSends, the send step leaves "already sent" and sends the draft again', async () => {
    const user = userEvent.setup()
    const view = page('crm:ticket-44')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')

    view.mock.reset()
    act(() => forgetSends(view.client, { key: 'crm:ticket-44' }))
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()
    expect(localStorage.getItem('crm:ticket-44:sent')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(view.sends).toHaveLength(2)
  })

  // At quota the draft, rewritten at its size, still fits; the new `<key>:sent` does not. After a
  // reload the restored draft's Send would post it again unasked: the person must know now.
  it('says, in sight and politely, when the browser would not store the send (storage full)', async () => {
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key.endsWith(':sent')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    })
    const user = userEvent.setup()
    const view = page('crm:ticket-45')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const sent = await screen.findByRole('region', { name: 'Message sent' })
    const note = 'The browser would not store a record of this send (its storage may be full)'
    expect(sent).toHaveTextContent(note)
    expect(sendLive()).toHaveTextContent(note)
    expect(localStorage.getItem('crm:ticket-45:sent')).toBeNull()
    // The draft itself was saved: `data-persist` is the draft's, and leaving loses no work.
    expect(document.querySelector('[data-persist]')).toHaveAttribute('data-persist', 'saved')
    view.unmount()

    page('crm:ticket-46', 'sw')
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    // One "if" (ukibonyeza), after the reload: two "uki-" clauses in a row read as a run-on.
    const swahili =
      'Kivinjari hakikuhifadhi kumbukumbu ya ujumbe huu uliotumwa (huenda hifadhi yake imejaa): baada ya kupakia upya ukurasa, ukibonyeza Tuma hutaulizwa kwanza kabla ya kuutuma tena.'
    expect(await screen.findByRole('region', { name: 'Ujumbe umetumwa' })).toHaveTextContent(swahili)
    expect(sendLive()).toHaveTextContent(swahili)
  })

  it('says so of a try Briq did not confirm too, as a reload would not hold it (storage full)', async () => {
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key.endsWith(':sent')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    })
    const user = userEvent.setup()
    const view = page('crm:ticket-48')
    view.mock.setScenario('server-error')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    const failed = await screen.findByRole('region', { name: 'Not confirmed' })
    const note = 'The browser would not store a record of this try (its storage may be full)'
    expect(failed).toHaveTextContent(note)
    expect(sendLive()).toHaveTextContent(note)
    view.unmount()

    page('crm:ticket-49', 'sw').mock.setScenario('server-error')
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    const swahili =
      'Kivinjari hakikuhifadhi kumbukumbu ya jaribio hili (huenda hifadhi yake imejaa): baada ya kupakia upya ukurasa, ukibonyeza Tuma hutaulizwa kwanza kabla ya kujaribu tena.'
    expect(await screen.findByRole('region', { name: 'Haijathibitishwa' })).toHaveTextContent(swahili)
    expect(sendLive()).toHaveTextContent(swahili)
  })

  it('says nothing of it when the browser stored the send', async () => {
    const user = userEvent.setup()
    page('crm:ticket-47')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Message sent' })).not.toHaveTextContent('would not store')
    expect(localStorage.getItem('crm:ticket-47:sent')).not.toBeNull()
  })
})
