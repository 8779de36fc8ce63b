import { type BriqClient, BriqError, createSendController, forgetSends, type Interactive } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { hydrateHtml, renderWithoutBrowser } from '../hydration/testing/server-hydration.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { InteractiveComposer, type InteractiveComposerProps } from './interactive-composer.tsx'

afterEach(() => localStorage.clear())

const SENT =
  /^This message was already sent to \+255712345678 at \d\d:\d\d today\. Pressing Send asks before sending it again\.$/
// Send's description: the note, then the 24-hour window's once Briq has said it.
const DESCRIBED =
  /^This message was already sent to \+255712345678 at \d\d:\d\d today\. Pressing Send asks before sending it again\./

function composer(client: BriqClient, props: Partial<InteractiveComposerProps> = {}) {
  return (
    <StrictMode>
      <InteractiveComposer
        client={client}
        sendMode="inline"
        defaultValue={FEEDBACK_INTERACTIVE as Interactive}
        defaultTo={FIXTURE_PHONES.open}
        {...props}
      />
    </StrictMode>
  )
}

const note = () => document.querySelector('[data-sent-before]')
const liveText = () => document.querySelector('.bi-send-dialog-live')?.textContent ?? ''

// Mounted again after its send finished (a route change and back, a reload that brought the
// draft back), the send step showed a plain Send and said "already sent" only once pressed.
describe('the composer says at once, quietly, that the message Send would post was already sent', () => {
  it('after a route change and back: to whom and when, describing Send; a press still asks', async () => {
    const user = userEvent.setup()
    const { client, sends } = createMockClient()
    const first = render(composer(client))
    expect(note()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    // Sent, and on screen as such: no note repeats it.
    expect(note()).toBeNull()
    first.unmount()

    render(composer(client))
    expect(note()?.textContent).toMatch(SENT)
    expect(note()).toHaveAttribute('data-sent-before', 'sent')
    const send = screen.getByRole('button', { name: 'Send' })
    expect(send).toHaveAccessibleDescription(DESCRIBED)
    // Quiet: no alert, and nothing shown as failed.
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Not sent' })).toBeNull()

    // The kit's way to send it again is unchanged: Send asks, "Send again" sends it on purpose.
    await user.click(send)
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(note()).toBeNull()
    expect(sends).toHaveLength(1)
    // Answered with no: back to the note, said politely by the live region.
    await user.keyboard('{Escape}')
    expect(note()?.textContent).toMatch(SENT)
    expect(liveText()).toMatch(SENT)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await user.click(await screen.findByRole('button', { name: 'Send again' }))
    await screen.findByRole('region', { name: 'Message sent' })
    expect(sends).toHaveLength(2)
  })

  it('after a reload with persistKey (a new client), from what was kept beside the draft', async () => {
    const user = userEvent.setup()
    const before = createMockClient()
    const page = render(composer(before.client, { persistKey: 'crm:ticket-51' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    page.unmount()

    render(composer(createMockClient().client, { persistKey: 'crm:ticket-51' }))
    await waitFor(() => expect(note()?.textContent).toMatch(SENT))
    expect(note()).toHaveAttribute('data-sent-before', 'sent')
  })

  it('after another tab cleared the storage, a reload still says it was sent: the record is written back', async () => {
    const user = userEvent.setup()
    const page = render(composer(createMockClient().client, { persistKey: 'crm:ticket-53' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    // Another tab's script clears the whole storage: the builder saves its draft again beside it.
    localStorage.clear()
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage })))
    page.unmount()

    const { client, sends } = createMockClient()
    render(composer(client, { persistKey: 'crm:ticket-53' }))
    await waitFor(() => expect(note()?.textContent).toMatch(SENT))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(sends).toHaveLength(0)
    // forgetSends in another tab (its in-page mock made anew) removes this record alone: it stays gone.
    localStorage.removeItem('crm:ticket-53:sent')
    const forgotten = { key: 'crm:ticket-53:sent', newValue: null, storageArea: localStorage }
    act(() => void window.dispatchEvent(new StorageEvent('storage', forgotten)))
    expect(localStorage.getItem('crm:ticket-53:sent')).toBeNull()
  })

  it('shown again from the back/forward cache after another tab cleared the storage, writes the record back too', async () => {
    const user = userEvent.setup()
    const page = render(composer(createMockClient().client, { persistKey: 'crm:ticket-54' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    // Cleared while this page waits in the cache: no `storage` event comes, then or on return.
    act(() => void window.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true })))
    localStorage.clear()
    act(() => void window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })))
    // The builder saves the draft again: the record of its send must come back with it.
    expect(localStorage.getItem('crm:ticket-54')).not.toBeNull()
    expect(localStorage.getItem('crm:ticket-54:sent')).not.toBeNull()
    page.unmount()

    const { client, sends } = createMockClient()
    render(composer(client, { persistKey: 'crm:ticket-54' }))
    await waitFor(() => expect(note()?.textContent).toMatch(SENT))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(sends).toHaveLength(0)
  })

  it('shown again from the back/forward cache, reads what another tab sent meanwhile: Send asks first', async () => {
    const user = userEvent.setup()
    const { client, sends } = createMockClient()
    render(composer(client, { persistKey: 'crm:ticket-52' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled())
    expect(note()).toBeNull()
    // While this page waits in the cache, another tab sends the message: its write fires no
    // `storage` event here, then or on return.
    act(() => void window.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true })))
    const elsewhere = new Map<string, string>()
    const storage = { getItem: (key: string) => elsewhere.get(key) ?? null, setItem: elsewhere.set.bind(elsewhere) }
    await createSendController(createMockClient().client, { persist: { key: 'crm:ticket-52', storage } }).send({
      to: FIXTURE_PHONES.open,
      interactive: FEEDBACK_INTERACTIVE as Interactive,
    })
    localStorage.setItem('crm:ticket-52:sent', elsewhere.get('crm:ticket-52:sent') ?? '')
    act(() => void window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })))
    expect(note()?.textContent).toMatch(SENT)
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(await screen.findByRole('region', { name: 'Not sent' })).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(sends).toHaveLength(0)
  })

  it('goes when the request differs (another number), and after forgetSends', async () => {
    const user = userEvent.setup()
    const { client } = createMockClient()
    const first = render(composer(client))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    first.unmount()
    render(composer(client))
    expect(note()).not.toBeNull()
    const recipient = screen.getByRole('textbox', { name: "Customer's WhatsApp number" })
    fireEvent.change(recipient, { target: { value: FIXTURE_PHONES.closed } })
    expect(note()).toBeNull()
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAccessibleDescription(/already sent/)
    // The number typed back: the note, said as it comes.
    fireEvent.change(recipient, { target: { value: FIXTURE_PHONES.open } })
    expect(note()?.textContent).toMatch(SENT)
    expect(liveText()).toMatch(SENT)
    // A server that forgot its messages, and the page told so.
    act(() => forgetSends(client))
    expect(note()).toBeNull()
    expect(liveText()).toBe('')
  })

  it('says a try Briq did not confirm (no answer in time) may have gone', async () => {
    const user = userEvent.setup()
    const { client: mockClient } = createMockClient()
    const client: BriqClient = {
      ...mockClient,
      sendInteractive: () => Promise.reject(new BriqError({ kind: 'timeout', message: 'No answer in time' })),
    }
    const first = render(composer(client))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Not confirmed' })
    first.unmount()
    render(composer(client))
    expect(note()).toHaveAttribute('data-sent-before', 'maybe_sent')
    expect(note()?.textContent).toMatch(
      /^A try to send this message to \+255712345678 at \d\d:\d\d today may have reached the customer \(Briq did not confirm it\)\. Pressing Send asks before trying again\.$/,
    )
  })

  // Briq answered the try 500 (it may have passed the message on first): its answer was not lost,
  // it just did not confirm the send, as the held retry's own sentence says.
  it("after Briq's 500, says Briq did not confirm the try, not that its answer was lost, in en and sw", async () => {
    for (const [locale, send, said] of [
      [
        'en',
        'Send',
        /^A try to send this message to \+255712345678 at \d\d:\d\d today may have reached the customer \(Briq did not confirm it\)\. /,
      ],
      [
        'sw',
        'Tuma',
        /^Jaribio la kutuma ujumbe huu kwa \+255712345678 leo saa \d\d:\d\d huenda limemfikia mteja \(Briq haikuthibitisha kuupokea\)\. /,
      ],
    ] as const) {
      const user = userEvent.setup()
      const { client, mock } = createMockClient()
      mock.setScenario('server-error')
      const first = render(composer(client, { locale }))
      await user.click(screen.getByRole('button', { name: send }))
      await screen.findByRole('region', { name: locale === 'en' ? 'Not confirmed' : 'Haijathibitishwa' })
      first.unmount()
      const second = render(composer(client, { locale }))
      expect(note()).toHaveAttribute('data-sent-before', 'maybe_sent')
      expect(note()?.textContent).toMatch(said)
      second.unmount()
    }
  })

  it('in Swahili', async () => {
    const user = userEvent.setup()
    const { client } = createMockClient()
    const first = render(composer(client, { locale: 'sw' }))
    await user.click(screen.getByRole('button', { name: 'Tuma' }))
    await screen.findByRole('region', { name: 'Ujumbe umetumwa' })
    first.unmount()
    render(composer(client, { locale: 'sw' }))
    expect(note()?.textContent).toMatch(
      /^Ujumbe huu ulishatumwa kwa \+255712345678 leo saa \d\d:\d\d\. Ukibonyeza Tuma, utaulizwa kwanza kabla ya kuutuma tena\.$/,
    )
  })

  // A live region inserted with its words is not read out (NVDA, JAWS, VoiceOver): the region
  // must be in the page before the words come into it.
  it('the live region is in the page before the note comes into it, so it is said, in the composer and the dialog', async () => {
    const user = userEvent.setup()
    const { client } = createMockClient()
    const first = render(composer(client))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('region', { name: 'Message sent' })
    first.unmount()

    /** Words that came into a live region already in the page, as they came. */
    const watch = () => {
      const said: string[] = []
      const observer = new MutationObserver((records) => {
        for (const { target } of records) {
          // A change in (or of the children of) a region that was already there.
          const region = (target instanceof Element ? target : target.parentElement)?.closest('[aria-live]')
          if (region) said.push(region.textContent ?? '')
        }
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      return { said, stop: () => observer.disconnect() }
    }
    let live = watch()
    const second = render(composer(client))
    await waitFor(() => expect(live.said.some((words) => SENT.test(words))).toBe(true))
    live.stop()
    second.unmount()

    render(composer(client, { sendMode: 'dialog' }))
    live = watch()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByRole('dialog')
    await waitFor(() => expect(live.said.some((words) => SENT.test(words))).toBe(true))
    live.stop()
  })

  it('in the dialog: opened again after the send, it says so before the press', async () => {
    const user = userEvent.setup()
    const { client, sends } = createMockClient()
    render(composer(client, { sendMode: 'dialog' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    let dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Send' }))
    await within(dialog).findByRole('region', { name: 'Message sent' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(DESCRIBED)
    expect(sends).toHaveLength(1)
  })
})

// Server HTML knows no storage: the note is left out of it, and comes once hydrated.
it('hydrates server HTML without the note, then says it', async () => {
  const { client } = createMockClient()
  await createSendController(client, { persist: { key: 'crm:ticket-60' } }).send({
    to: FIXTURE_PHONES.open,
    interactive: FEEDBACK_INTERACTIVE as Interactive,
  })
  // The server's own client knows nothing of the browser's sends.
  const html = renderWithoutBrowser(composer(createMockClient().client, { persistKey: 'crm:ticket-60' }))
  expect(html).not.toContain('data-sent-before')
  const hydrated = await hydrateHtml(html, composer(client, { persistKey: 'crm:ticket-60' }))
  expect(hydrated.recoverable).toEqual([])
  expect(hydrated.logged).toEqual([])
  await waitFor(() => expect(hydrated.container.querySelector('[data-sent-before]')?.textContent).toMatch(SENT))
  await hydrated.unmount()
})
