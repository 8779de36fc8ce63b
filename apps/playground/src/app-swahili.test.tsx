import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startingLocale } from './i18n/starting-locale.ts'
import { pageStorage } from './page-storage.ts'
import { ENGLISH_FRAGMENTS, englishWordIn, pageWords } from './test-support/english-leaks.ts'
import { APP_TEST_TIMEOUT_MS, renderApp, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const app = () => document.querySelector('.pg-app') as HTMLElement
const form = () => screen.getByRole('form', { name: 'Tuma ujumbe' })
const recipient = () => within(form()).getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
const send = () => within(form()).getByRole('button', { name: 'Tuma' })

/** Asserts the playground reads as Swahili: no English string of its catalogue or the kit's, or an English word. */
function expectSwahiliOnly(): void {
  const words = pageWords(app())
  expect(ENGLISH_FRAGMENTS.filter((fragment) => words.includes(fragment))).toEqual([])
  const word = englishWordIn(words)
  // The English word with the words around it, to find where it is.
  const at = word === undefined ? -1 : words.search(new RegExp(`\\b${word}\\b`))
  expect(at < 0 ? undefined : words.slice(Math.max(0, at - 60), at + 40)).toBeUndefined()
}

describe('the playground in Swahili: no English a clerk would meet', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it('titles the page and sets its language, and follows a switch back to English', async () => {
    renderApp({ locale: 'sw' })
    expect(document.title).toBe('Uwanja wa majaribio wa Briq Interactive')
    expect(document.documentElement.lang).toBe('sw')
    await waitFor(() => expect(within(form()).getAllByRole('option').length).toBeGreaterThan(1))
    expectSwahiliOnly()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lugha' }), 'en')
    expect(document.title).toBe('Briq interactive playground')
    expect(document.documentElement.lang).toBe('en')
    expect(screen.getByRole('tab', { name: 'Form' })).toBeInTheDocument()
    // Kept for the next visit: a reload opens in the language chosen.
    expect(startingLocale(pageStorage(), ['sw'])).toBe('en')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sw')
    expect(startingLocale(pageStorage(), ['en-US'])).toBe('sw')
  })

  it('a closed window, its failure, a scenario and the reset read in Swahili', async () => {
    renderApp({ locale: 'sw' })
    const user = userEvent.setup()
    await user.clear(recipient())
    await user.type(recipient(), '0713 000 001')
    await waitFor(() => expect(form().querySelector('[data-window="closed"]')).not.toBeNull())
    await user.click(send())
    await within(form()).findByRole('region', { name: 'Ujumbe haujatumwa' })
    expectSwahiliOnly()
    const panel = screen.getByRole('region', { name: 'Mfumo wa majaribio' })
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' }),
      'server-error',
    )
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Hitilafu ya seva (500)'))
    expectSwahiliOnly()
  })

  it('the sent message, its status and the customer’s answer read in Swahili', async () => {
    renderApp({ locale: 'sw' })
    const user = userEvent.setup()
    await user.click(send())
    const sent = await within(form()).findByRole('region', { name: 'Ujumbe umetumwa' })
    act(() => mock.advance(4000))
    const preview = screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })
    await user.click(within(preview).getByRole('button', { name: 'Kesho asubuhi' }))
    await within(sent).findByText(/Kesho asubuhi/)
    expectSwahiliOnly()
  })
})
