import { createBriqClient } from '@briq-interactive/core'
import { createMockWorker, DEFAULT_API_KEY } from '@briq-interactive/mock/browser'

/**
 * Briq offline in your app's page: msw's service worker answers its requests to
 * `…/v1/whatsapp/…`. Serve msw's worker script first: `npx msw init public --save` (Vite's
 * public folder; run it again after updating this package).
 */
export async function startOfflineBriq() {
  const { worker, mock } = createMockWorker({ openWindows: true })
  await worker.start({ onUnhandledFrame: 'bypass' })
  // No proxy adds a key in front of the worker: send the mock's fixture key (not a secret).
  // In React: <BriqProvider endpoint="/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>.
  const client = createBriqClient({ endpoint: '/api/briq', headers: { 'X-API-Key': DEFAULT_API_KEY } })
  return { worker, mock, client }
}
