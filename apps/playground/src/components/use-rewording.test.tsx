import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { APP_TEST_TIMEOUT_MS, renderApp, startTestMock } from '../test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

/** Each change of `region`'s words, with the `aria-live` it had as they changed. */
function liveChanges(region: HTMLElement): { words: string; live: string | null }[] {
  const changes: { words: string; live: string | null }[] = []
  new MutationObserver(() =>
    changes.push({ words: region.textContent ?? '', live: region.getAttribute('aria-live') }),
  ).observe(region, { childList: true, characterData: true, subtree: true })
  return changes
}

describe('a switch of language', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('words the page’s notices again without saying them again; the next notice is said', async () => {
    renderApp()
    const user = userEvent.setup()
    const mockPanel = screen.getByRole('region', { name: 'The mock' })
    const codePanel = screen.getByRole('region', { name: 'Copy as code' })
    await user.click(within(mockPanel).getByRole('button', { name: 'Reset the mock' }))
    await user.click(within(codePanel).getByRole('button', { name: 'Copy as curl' }))
    const reset = within(mockPanel).getByRole('status')
    const copied = within(codePanel).getByRole('status')
    await waitFor(() => expect(reset).toHaveTextContent('The mock is back to its fixtures.'))
    await waitFor(() => expect(copied).toHaveTextContent('Copied the curl code.'))
    expect(reset).toHaveAttribute('aria-live', 'polite')
    const resetChanges = liveChanges(reset)
    const copiedChanges = liveChanges(copied)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sw')
    // Shown in the language chosen, as before; but was said again too, in a live region, as news.
    expect(reset).toHaveTextContent('Mfumo wa majaribio umerudi mwanzo.')
    expect(copied).toHaveTextContent('Msimbo wa curl umenakiliwa.')
    await waitFor(() => expect(reset).toHaveAttribute('aria-live', 'polite'))
    await waitFor(() => expect(copied).toHaveAttribute('aria-live', 'polite'))
    expect(resetChanges.length).toBeGreaterThan(0)
    expect(resetChanges.every(({ live }) => live === 'off')).toBe(true)
    expect(copiedChanges.length).toBeGreaterThan(0)
    expect(copiedChanges.every(({ live }) => live === 'off')).toBe(true)

    // What happens next is news, and said.
    resetChanges.length = 0
    const panel = screen.getByRole('region', { name: 'Mfumo wa majaribio' })
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' }),
      'rate-limited',
    )
    await waitFor(() =>
      expect(reset).toHaveTextContent('Sasa mfumo wa majaribio unajibu hivi: Jumbe nyingi mno kwa wakati mmoja (429).'),
    )
    expect(resetChanges.at(-1)).toEqual({ words: expect.stringContaining('(429)'), live: 'polite' })
  })
})
