import '@briq-interactive/react/styles.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { playgroundCatalogue } from './catalogue/playground-catalogue.ts'
import { connectionFromEnv } from './connection.ts'
import { startingLocale } from './i18n/starting-locale.ts'
import { type MockFailureCause, mockFailureCause } from './mock-failure.ts'
import { pageStorage } from './page-storage.ts'
import { startMock } from './start-mock.ts'
import { pageValidation, searchWithValidation } from './validation/page-validation.ts'

// Named one by one so Vite replaces each at build time (only VITE_* variables reach the page).
const connection = connectionFromEnv({
  VITE_BRIQ_ENDPOINT: import.meta.env.VITE_BRIQ_ENDPOINT,
  VITE_BRIQ_PROXY_TOKEN: import.meta.env.VITE_BRIQ_PROXY_TOKEN,
})
// The mock's flag names in the query (?extended-list-body), else the VITE_BRIQ_* environment.
const initialValidation = pageValidation(location.search, {
  VITE_BRIQ_EXTENDED_LIST_BODY: import.meta.env.VITE_BRIQ_EXTENDED_LIST_BODY,
  VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER: import.meta.env.VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER,
  VITE_BRIQ_CAROUSEL_QUICK_REPLIES: import.meta.env.VITE_BRIQ_CAROUSEL_QUICK_REPLIES,
})
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element to render the playground into')

/**
 * Renders once the mock's worker is active (the first request must not reach the server).
 * Not a top-level await: the mock's chunk imports modules this entry shares, and an entry still
 * evaluating would never let that import finish.
 */
async function start(element: HTMLElement): Promise<void> {
  let mockError: string | undefined
  let mockErrorCause: MockFailureCause | undefined
  let mock: Awaited<ReturnType<typeof startMock>> | undefined
  if (connection.mode === 'mock') {
    try {
      mock = await startMock(initialValidation)
    } catch (error) {
      mockError = error instanceof Error ? error.message : String(error)
      mockErrorCause = mockFailureCause(window)
      console.warn('briq playground: the mock service worker did not start', error)
    }
  }
  createRoot(element).render(
    <StrictMode>
      <App
        connection={connection}
        mockError={mockError}
        mockErrorCause={mockErrorCause}
        catalogue={playgroundCatalogue(location.origin)}
        initialLocale={startingLocale(pageStorage(), navigator.languages)}
        initialValidation={initialValidation}
        onValidationChange={(options) => {
          // A reload or a copied link opens with the same rules; the in-page mock checks by them too.
          history.replaceState(
            history.state,
            '',
            `${location.pathname}${searchWithValidation(location.search, options)}${location.hash}`,
          )
          mock?.setValidation(options)
        }}
      />
    </StrictMode>,
  )
}

void start(root)
