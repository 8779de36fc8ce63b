import type { ValidateOptions } from '@briq-interactive/core'
import type { BriqMock } from '@briq-interactive/mock/browser'

/**
 * Starts the mock's service worker, so the page's fetch to `…/v1/whatsapp/…` and `…/__mock/…`
 * is answered inside the browser, sends checked with `validation` as the page's builder checks
 * them (the returned mock's `setValidation` follows a switch). Imported lazily: with `VITE_BRIQ_ENDPOINT` set, msw and the
 * mock are never loaded. The worker script is served by msw's Vite plugin (vite.config.ts).
 */
export async function startMock(validation: ValidateOptions = {}): Promise<BriqMock> {
  const { createMockWorker } = await import('@briq-interactive/mock/browser')
  const { worker, mock } = createMockWorker({ validation })
  // msw's plugin puts the worker under Vite's `base` (dist/mockServiceWorker.js), but msw looks for
  // `/mockServiceWorker.js` unless told: a build for `--base /tools/composer/` would find no worker.
  const url = `${import.meta.env.BASE_URL}mockServiceWorker.js`
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url } })
  return mock
}
