import { createMockServer, type MockServer } from '@briq-interactive/mock/node'
import { type RenderResult, render, screen, within } from '@testing-library/react'
import { App, type AppProps } from '../app.tsx'
import type { PlaygroundConnection } from '../connection.ts'
import type { PlaygroundLocale } from '../i18n/translator.ts'

/**
 * A test budget for a whole app rendered in jsdom: about a second alone, but several under a
 * loaded machine, past Vitest's default 5 s (a budget, not a timing assertion).
 */
export const APP_TEST_TIMEOUT_MS = 30_000

/** The mock behind msw/node for one test file: manual clock, fixed ids. */
export function startTestMock(): MockServer {
  return createMockServer({ clock: 'manual', seed: 'playground' })
}

/** jsdom's fetch needs absolute URLs; the mock answers under any origin and prefix. */
export const TEST_CONNECTION: PlaygroundConnection = {
  mode: 'mock',
  endpoint: 'http://playground.test/api/briq',
  headers: { 'X-API-Key': 'mock-api-key' },
}

/** Renders the playground against the test mock, polling every 10 ms, in English unless `locale` says otherwise. */
export function renderApp({
  locale = 'en',
  ...props
}: { locale?: PlaygroundLocale } & Partial<AppProps> = {}): RenderResult {
  return render(<App connection={TEST_CONNECTION} pollIntervalMs={10} initialLocale={locale} {...props} />)
}

/** The phone preview. */
export const preview = (name = 'WhatsApp message preview') => screen.getByRole('region', { name })

/** A reply button inside the preview. */
export const previewButton = (name: string) => within(preview()).getByRole('button', { name })

/** The composer's send form (inline under the preview). */
export const sendForm = (name = 'Send message') => screen.getByRole('form', { name })

/** The recipient field of the send form. */
export const recipient = (name = "Customer's WhatsApp number") => within(sendForm()).getByRole('textbox', { name })
