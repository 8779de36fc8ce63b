import '../styles.css'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

// What the browser says with no network. (Playwright's setOffline would also cut the test
// runner's own connection to this page.) The fetch below fails for real, with fetch's TypeError.
const goOffline = () => vi.spyOn(Navigator.prototype, 'onLine', 'get').mockReturnValue(false)

it('a send pressed offline is "Not sent", and the same draft goes when the browser is back online', async () => {
  let sends = 0
  render(
    // Nothing listens on port 59999: every fetch fails, offline or not; online it may have sent.
    <BriqProvider
      endpoint="http://127.0.0.1:59999/api/briq"
      fetch={(url, init) => {
        if (init?.method === 'POST') sends++
        return fetch(url, init)
      }}
    >
      <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} defaultOpen defaultTo={FIXTURE_PHONES.open} />
    </BriqProvider>,
  )
  const offline = goOffline()
  const send = page.getByRole('button', { name: 'Send', exact: true })
  await send.click()
  const failure = page.getByRole('region', { name: 'Not sent' })
  await expect.element(failure).toBeVisible()
  expect(failure.element().textContent).toContain('The server could not be reached. Check the connection')
  expect(failure.element().textContent).not.toContain('may already have been sent')
  await expect
    .element(page.getByRole('textbox', { name: "Customer's WhatsApp number" }))
    .toHaveValue(FIXTURE_PHONES.open)

  offline.mockRestore()
  await send.click()
  await expect.poll(() => sends).toBe(2)
  expect(page.getByRole('button', { name: 'Send again' }).query()).toBeNull()
})
