import { type SetupWorker, setupWorker } from 'msw/browser'
import { type BriqMock, createBriqMock } from './create-briq-mock.ts'
import type { BriqMockOptions } from './options.ts'

export * from './index.ts'

/** What `createMockWorker` returns. */
export interface MockWorker {
  /** msw's worker: `await worker.start({ onUnhandledFrame: 'bypass' })`. */
  worker: SetupWorker
  /** The mock behind it. */
  mock: BriqMock
}

/**
 * The mock in a service worker, for the playground and Storybook: the page's `fetch` to any
 * `…/v1/whatsapp/…` URL is answered in the browser. Serve msw's `mockServiceWorker.js`
 * (`msw init public`).
 */
export function createMockWorker(options: BriqMockOptions = {}): MockWorker {
  const mock = createBriqMock(options)
  return { worker: setupWorker(...mock.handlers), mock }
}
