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
const sendForm = () => page.getByRole('form', { name: 'Send message' })

describe('the playground entry in Chromium', () => {
  it('renders the composer under the mock service worker', async () => {
    await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent('Briq interactive playground')
    expect(navigator.serviceWorker.controller?.scriptURL).toBe(`${location.origin}/mockServiceWorker.js`)
    await expect.element(page.getByText('Offline: the built-in mock answers inside this browser.')).toBeVisible()
    await expect.element(page.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
  })

  it('axe finds no violations on the main screen, light and dark', async () => {
    const app = document.querySelector('.pg-app')!
    expect(await violations(app)).toEqual([])
    await page.getByRole('radio', { name: 'Dark' }).click()
    await expect.element(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(await violations(app)).toEqual([])
    await page.getByRole('radio', { name: 'System' }).click()
  })

  it('one palette per theme for the page and the kit, and one --bi-* variable re-themes both', async () => {
    const app = document.querySelector('.pg-app') as HTMLElement
    const panel = () => getComputedStyle(document.querySelector('.pg-panel') as Element).backgroundColor
    const builderField = () => getComputedStyle(document.querySelector('.bi-builder textarea') as Element).color
    await page.getByRole('radio', { name: 'Light' }).click()
    expect(getComputedStyle(app).backgroundColor).toBe('rgb(244, 246, 248)')
    expect(panel()).toBe('rgb(255, 255, 255)')
    await page.getByRole('radio', { name: 'Dark' }).click()
    expect(getComputedStyle(app).backgroundColor).toBe('rgb(15, 20, 25)')
    expect(getComputedStyle(app).color).toBe('rgb(230, 237, 243)')
    app.style.setProperty('--bi-surface', 'rgb(1, 2, 3)')
    app.style.setProperty('--bi-text', 'rgb(4, 5, 6)')
    expect(panel()).toBe('rgb(1, 2, 3)')
    expect(getComputedStyle(app).color).toBe('rgb(4, 5, 6)')
    expect(builderField()).toBe('rgb(4, 5, 6)')
    app.style.removeProperty('--bi-surface')
    app.style.removeProperty('--bi-text')
    await page.getByRole('radio', { name: 'System' }).click()
  })

  it('sends through the service worker, and the customer’s tap comes back in words and as a bubble', async () => {
    await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
    const sent = page.getByRole('region', { name: 'Message sent' })
    await expect.element(sent).toBeVisible()
    await page
      .getByRole('region', { name: 'WhatsApp message preview' })
      .getByRole('button', { name: 'Leo jioni' })
      .click()
    await expect.element(sent.getByText('The customer replied: Leo jioni')).toBeVisible()
    await expect
      .poll(() => document.querySelector('.bi-preview .bi-bubble[data-direction="out"]')?.textContent ?? '')
      .toContain('Leo jioni')
    expect(await violations(document.querySelector('.pg-app')!)).toEqual([])
  })

  it('keeps a validation rule switched in the page in its URL, so a reload opens with it', async () => {
    const extended = page.getByRole('checkbox', { name: /^List body up to 4096 characters/ })
    await extended.click()
    await expect.element(extended).toBeChecked()
    expect(new URLSearchParams(location.search).get('extended-list-body')).toBe('1')
    await extended.click()
    await expect.element(extended).not.toBeChecked()
    expect(location.search).not.toContain('extended-list-body')
  })

  it('through the service worker, a dropped connection and an HTML answer are failures the kit explains; the draft stays', async () => {
    const picker = page.getByRole('combobox', { name: 'How the mock answers' })
    const body = page.getByRole('textbox', { name: 'Body text' })
    const failure = sendForm().getByRole('region', { name: 'Not confirmed' })
    for (const [scenario, label, sentence] of [
      ['network-error', 'No connection (network error)', 'The server could not be reached, the connection broke'],
      [
        'invalid-response',
        'An answer that is not Briq’s (invalid response)',
        "A web page came back (HTTP 200) instead of Briq's answer",
      ],
    ] as const) {
      await picker.selectOptions(scenario)
      await expect.element(page.getByText(`The mock now answers as: ${label}.`)).toBeVisible()
      // A new text each time: the same message again would be refused as a duplicate before any request.
      await body.fill(`Checking the ${scenario} answer`)
      await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(failure).toMatchTextContent(sentence)
      await expect.element(body).toHaveValue(`Checking the ${scenario} answer`)
    }
    await picker.selectOptions('happy')
    await expect.element(page.getByText('The mock now answers as: Everything works.')).toBeVisible()
  })
})
