/**
 * Starts the mock's service worker, so the page's fetch to `…/v1/whatsapp/…` and `…/__mock/…`
 * is answered inside the browser. Imported lazily: with `VITE_BRIQ_ENDPOINT` set, msw and the
 * mock are never loaded. The worker script is served by msw's Vite plugin (vite.config.ts).
 */
export async function startMock(): Promise<void> {
  const { createMockWorker } = await import('@briq-interactive/mock/browser')
  const { worker } = createMockWorker()
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' })
}
