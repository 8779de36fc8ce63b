import { screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { APP_TEST_TIMEOUT_MS, renderApp, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

// Chromium with site data blocked for http://localhost refuses the worker (msw's start fails on
// localStorage first) on a page already at the address the first sentence sends people to.
const REFUSED = "Failed to read the 'localStorage' property from 'Window': Access is denied for this document."

describe('the alert when the in-page mock did not start', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('sends a page with no service workers to http://localhost or https', async () => {
    renderApp({ mockError: 'navigator.serviceWorker is undefined' })
    const alert = await screen.findByText(/The built-in mock could not start/)
    expect(alert).toHaveTextContent('open the playground at http://localhost or over https')
  })

  it('says to allow site data where the browser refused the worker on a secure page', async () => {
    renderApp({ mockError: REFUSED, mockErrorCause: 'refused' })
    const alert = await screen.findByText(/The built-in mock could not start/)
    expect(alert).toHaveAttribute('role', 'alert')
    expect(alert).toHaveTextContent('allow this site to store data, then reload')
    expect(alert).not.toHaveTextContent('http://localhost')
    expect(alert).toHaveTextContent(REFUSED)
    // Not "Offline: the built-in mock answers inside this browser." beside it: it answers nothing.
    expect(screen.queryByText(/the built-in mock answers inside this browser/)).toBeNull()
  })

  it('says the mock answers in the page only when it started', async () => {
    renderApp()
    expect(await screen.findByText('Offline: the built-in mock answers inside this browser.')).toBeInTheDocument()
  })

  it('says so in Swahili, keeping the browser’s own words marked English', async () => {
    renderApp({ locale: 'sw', mockError: REFUSED, mockErrorCause: 'refused' })
    const alert = await screen.findByText(/Mfumo wa majaribio uliojengwa ndani haukuweza kuanza/)
    expect(alert).toHaveTextContent('ruhusu tovuti hii kuhifadhi data')
    expect(screen.getByText(REFUSED)).toHaveAttribute('lang', 'en')
  })
})
