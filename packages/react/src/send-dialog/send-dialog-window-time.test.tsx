import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { DEFAULT_API_KEY, FIXTURE_IDS } from '@briq-interactive/mock'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../i18n/messages.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

// The new user's check, on a fixed clock in local time (so any time zone reads the same): at
// 16:54 Amina wrote an hour ago, so her window closes at 15:54 TOMORROW. A bare "15:54" read as
// long closed.
const NOW = new Date(2026, 11, 3, 16, 54)
const { mock } = startMockServer('react-window-time', { startTime: NOW })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

function open(locale: Locale | 'en-US') {
  render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} defaultOpen locale={locale} />
    </BriqProvider>,
  )
}
const sendTo = (name: string) => screen.getByRole('combobox', { name })
const aminaOption = async (name: string) => {
  await waitFor(() => expect(within(sendTo(name)).getAllByRole('option').length).toBeGreaterThan(1))
  return within(sendTo(name)).getByRole('option', { name: /^Amina Juma/ }).textContent
}
const windowNote = () => document.querySelector<HTMLElement>('.bi-send-dialog-window')

describe('the 24-hour window’s closing time names its day', () => {
  it('English: open until 15:54 tomorrow, in the picker and in the hint', async () => {
    open('en')
    expect(await aminaOption('Send to')).toBe('Amina Juma · +255712345678: open until 15:54 tomorrow')
    await userEvent.setup().selectOptions(sendTo('Send to'), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(windowNote()).toHaveTextContent(
      'The customer wrote in the last 24 hours: interactive messages can be sent until 15:54 tomorrow.',
    )
  })

  it('Swahili: wazi hadi kesho saa 15:54', async () => {
    open('sw')
    expect(await aminaOption('Tuma kwa')).toBe('Amina Juma · +255712345678: wazi hadi kesho saa 15:54')
    await userEvent.setup().selectOptions(sendTo('Tuma kwa'), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(windowNote()).toHaveTextContent(
      'Mteja ameandika ndani ya saa 24 zilizopita: ujumbe shirikishi unaweza kutumwa hadi kesho saa 15:54.',
    )
  })

  // As the preview's message time: on the clock of the tag the dialog was given.
  it('English on a 12-hour clock (en-US): open until 3:54 PM tomorrow', async () => {
    open('en-US')
    expect(await aminaOption('Send to')).toBe('Amina Juma · +255712345678: open until 3:54\u00a0PM tomorrow')
    await userEvent.setup().selectOptions(sendTo('Send to'), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    expect(windowNote()?.textContent).toContain('can be sent until 3:54\u00a0PM tomorrow.')
  })

  it('says today once the page is read after midnight (the same window, at 00:05)', async () => {
    vi.setSystemTime(new Date(2026, 11, 4, 0, 5))
    open('en')
    expect(await aminaOption('Send to')).toBe('Amina Juma · +255712345678: open until 15:54 today')
  })
})

describe('the day words follow the clock while the dialog stays open', () => {
  it('"15:54 tomorrow" reads "15:54 today" once midnight passes, in the picker and in the hint', async () => {
    // Timers faked too (advancing with real time, so the mock's answers arrive), to pass midnight.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    vi.setSystemTime(new Date(2026, 11, 3, 23, 59, 30))
    open('en')
    expect(await aminaOption('Send to')).toBe('Amina Juma · +255712345678: open until 15:54 tomorrow')
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .selectOptions(sendTo('Send to'), FIXTURE_IDS.openConversation)
    await waitFor(() =>
      expect(windowNote()).toHaveTextContent(
        'The customer wrote in the last 24 hours: interactive messages can be sent until 15:54 tomorrow.',
      ),
    )
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(windowNote()).toHaveTextContent(
      'The customer wrote in the last 24 hours: interactive messages can be sent until 15:54 today.',
    )
    expect(within(sendTo('Send to')).getByRole('option', { name: /^Amina Juma/ }).textContent).toBe(
      'Amina Juma · +255712345678: open until 15:54 today',
    )
  })
})

describe('the window note once its closing time passes while the dialog stays open', () => {
  it('asks Briq again at "15:54 today" and says the window closed, in the hint and in the picker', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    const minutes = (n: number) => n * 60_000
    // 15:50 the next day: four minutes of the window left.
    const elapsed = new Date(2026, 11, 4, 15, 50).getTime() - NOW.getTime()
    mock.advance(elapsed)
    vi.setSystemTime(new Date(2026, 11, 4, 15, 50))
    open('en')
    expect(await aminaOption('Send to')).toBe('Amina Juma · +255712345678: open until 15:54 today')
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .selectOptions(sendTo('Send to'), FIXTURE_IDS.openConversation)
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'open'))
    mock.advance(minutes(5))
    await act(() => vi.advanceTimersByTimeAsync(minutes(5)))
    await waitFor(() => expect(windowNote()).toHaveAttribute('data-window', 'closed'))
    await waitFor(() =>
      expect(within(sendTo('Send to')).getByRole('option', { name: /^Amina Juma/ }).textContent).toBe(
        'Amina Juma · +255712345678: window closed',
      ),
    )
  })
})
