import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDemo } from './testing/send-demo.tsx'

afterEach(cleanup)

// No service worker: the client's fetch hands each request straight to the mock. With `hold`,
// sends wait for `answer()`: under way for as long as the test needs, however slow the machine.
function setup({ hold = false } = {}) {
  const mock = createBriqMock({ seed: 'react-send-browser', clock: 'manual' })
  const requests: string[] = []
  const waiting: (() => void)[] = []
  const fetch = async (url: string, init: RequestInit) => {
    const absolute = new URL(url, location.href)
    requests.push(`${init.method} ${absolute.pathname}`)
    if (hold && init.method === 'POST') await new Promise<void>((resolve) => waiting.push(resolve))
    return mock.handle(new Request(absolute, init))
  }
  const answer = () => {
    for (const resolve of waiting.splice(0)) resolve()
  }
  const sent: string[] = []
  render(
    <StrictMode>
      <BriqProvider endpoint="/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }} fetch={fetch}>
        <SendDemo defaultTo={FIXTURE_PHONES.open} locale="sw" onSent={(id) => sent.push(id)} />
      </BriqProvider>
    </StrictMode>,
  )
  return { mock, requests, sent, answer }
}

describe('send hooks in Chromium', () => {
  it('sends once on a double click, follows the status and shows the reply', async () => {
    // Held, the first send is still under way when the second click lands (a fixed latency
    // could run out between the two clicks on a loaded machine).
    const { mock, requests, sent, answer } = setup({ hold: true })
    await userEvent.dblClick(page.getByRole('button', { name: 'Send' }))
    answer()
    await expect.element(page.getByTestId('send-status')).toHaveTextContent('success')
    expect(requests.filter((line) => line.startsWith('POST'))).toEqual([
      'POST /api/briq/v1/whatsapp/messages/interactive',
    ])
    await expect.element(page.getByTestId('delivery')).toHaveTextContent('Kwenye foleni')
    mock.advance(4000)
    await expect.element(page.getByTestId('delivery')).toHaveTextContent('Imesomwa')
    mock.simulateReply(sent[0] ?? '', 'yes')
    await expect.element(page.getByTestId('reply')).toHaveTextContent('Yes')
    await expect.element(page.getByTestId('delivery')).toHaveAttribute('data-polling', 'false')
  })

  it('keeps the typed draft when Briq refuses the send', async () => {
    setup()
    const to = page.getByRole('textbox', { name: 'To' })
    await to.fill(FIXTURE_PHONES.closed)
    await page.getByRole('textbox', { name: 'Message' }).fill('Karibu tena!')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-code', 'WINDOW_CLOSED')
    await expect.element(to).toHaveValue(FIXTURE_PHONES.closed)
    await expect.element(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Karibu tena!')
  })
})
