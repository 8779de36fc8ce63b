import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import './test-support/create-root.ts'
// The real entry, in Chromium: it starts the mock's service worker (the script is served from
// .storybook/public, the browser project's publicDir), then renders the playground. Imported
// statically (after create-root) so Vite pre-bundles react-dom/client with the rest.
import './main.tsx'

// The worker stays registered after this file on purpose: a page that loads under an active
// registration is controlled from its first request, while a page that registers msw's worker
// after another page unregistered it gets the lingering worker back without a `clients.claim()`
// and stays uncontrolled (Chromium), so its mocked requests would reach the dev server.

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  )
}

describe('the playground entry in Chromium', () => {
  it('renders under the mock service worker', async () => {
    await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent('Briq interactive playground')
    expect(navigator.serviceWorker.controller?.scriptURL).toBe(`${location.origin}/mockServiceWorker.js`)
    await expect.element(page.getByText('Offline: the built-in mock answers inside this browser.')).toBeVisible()
  })

  it('axe finds no violations on the main screen, light and dark', async () => {
    const app = document.querySelector('.pg-app')!
    expect(await violations(app)).toEqual([])
    await page.getByRole('radio', { name: 'Dark' }).click()
    await expect.element(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(await violations(app)).toEqual([])
    await page.getByRole('radio', { name: 'System' }).click()
  })

  it('sends through the service worker, and the customer reply comes back', async () => {
    await page.getByRole('button', { name: 'Send to the mock' }).click()
    await expect.element(page.getByTestId('message-id')).toMatchTextContent(/^[0-9a-f-]{36}$/)
    await page
      .getByRole('region', { name: 'WhatsApp message preview' })
      .getByRole('button', { name: 'Leo jioni' })
      .click()
    await expect.element(page.getByText('The customer answered “Leo jioni” (id deliver_today).')).toBeVisible()
    await expect.element(page.getByText('Read by the customer', { exact: true }).first()).toBeVisible()
  })

  it('refuses the same message again (DUPLICATE_SEND) and sends it on purpose with "send it again anyway"', async () => {
    const first = document.querySelector('[data-testid="message-id"]')?.textContent ?? ''
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    await page.getByRole('button', { name: 'Send to the mock' }).click()
    const alert = page.getByRole('alert')
    await expect
      .element(alert)
      .toMatchTextContent(/^Not sent \(DUPLICATE_SEND\)This exact message was already sent to this customer/)
    await expect.element(page.getByTestId('message-id')).toHaveTextContent(first)
    expect(await violations(document.querySelector('.pg-app')!)).toEqual([])

    await alert.getByRole('button', { name: 'Send it again anyway' }).click()
    await expect.element(page.getByTestId('message-id')).not.toHaveTextContent(first)
    await expect.element(page.getByTestId('message-id')).toMatchTextContent(/^[0-9a-f-]{36}$/)
    expect(document.querySelector('[role="alert"]')).toBeNull()
    await expect.element(page.getByText('Pending (queued at Briq)', { exact: true }).first()).toBeVisible()
  })
})
