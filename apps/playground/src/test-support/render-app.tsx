import { createMockServer, type MockServer } from '@briq-interactive/mock/node'
import { fireEvent, type RenderResult, render, screen, within } from '@testing-library/react'
import { App } from '../app.tsx'
import type { PlaygroundConnection } from '../connection.ts'
import type { PlaygroundLocale } from '../i18n/translator.ts'

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
export function renderApp({ locale = 'en' }: { locale?: PlaygroundLocale } = {}): RenderResult {
  return render(<App connection={TEST_CONNECTION} pollIntervalMs={10} initialLocale={locale} />)
}

/** The JSON editor. */
export const editor = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })

/** Replaces the editor's text in one change event (typing `{` would be a user-event key descriptor). */
export function setEditorText(text: string) {
  fireEvent.change(editor(), { target: { value: text } })
}

/** The phone preview. */
export const preview = () => screen.getByRole('region', { name: 'WhatsApp message preview' })

/** A reply button inside the preview. */
export const previewButton = (name: string) => within(preview()).getByRole('button', { name })
