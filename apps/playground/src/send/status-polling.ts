import type { MessageStatusWatcherOptions } from '@briq-interactive/core'
import type { PlaygroundConnection } from '../connection.ts'

/** How often the mock is asked for the status: it runs inside the page, so asking costs nothing. */
export const MOCK_POLL_INTERVAL_MS = 600

/**
 * The status polling of `useMessageStatus` for a connection. Against the in-browser mock it
 * never slows down, so a reply tapped in the preview minutes later still shows within one
 * interval. Against a real endpoint it keeps core's backoff (a message nobody answers stops
 * costing a request every interval). `intervalMs` replaces the interval (tests pass a short one).
 */
export function statusPolling(mode: PlaygroundConnection['mode'], intervalMs?: number): MessageStatusWatcherOptions {
  if (mode === 'mock') {
    const interval = intervalMs ?? MOCK_POLL_INTERVAL_MS
    return { intervalMs: interval, maxIntervalMs: interval }
  }
  return intervalMs === undefined ? {} : { intervalMs }
}
