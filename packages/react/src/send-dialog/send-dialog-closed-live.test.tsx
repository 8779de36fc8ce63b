import { act, isInaccessible, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCEMENT_MS } from '../dom/announcement-time.ts'
import { getTranslator, type SendTranslate } from '../i18n/messages.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { SendDialogClosedLive } from './send-dialog-closed-live.tsx'

afterEach(() => {
  vi.useRealTimers()
})

const t = getTranslator('en') as SendTranslate
const live = (
  open: boolean,
  status: UseSendInteractiveResult['status'],
  failure = 'Not sent: Briq refused it.',
  translate = t,
) => (
  <SendDialogClosedLive
    open={open}
    sending={{ status } as UseSendInteractiveResult}
    live={failure}
    lang="en"
    t={translate}
  />
)

// A send's outcome said beside the trigger once its dialog was closed mid-send stayed on the
// host's page: a swipe met "Accepted by Briq" (or why it failed) long after it was said.
describe('the live region beside the trigger of a dialog closed mid-send', () => {
  it.each([
    ['success', 'Accepted by Briq'],
    ['error', 'Not sent: Briq refused it.'],
  ] as const)('takes its words (%s) out of the reading order once said', async (status, said) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { rerender } = render(live(true, 'pending'))
    rerender(live(false, 'pending'))
    const region = screen.getByRole('status')
    expect(region.textContent).toBe('')
    rerender(live(false, status))
    // The words are seen changing as a mutation, after the render.
    await act(async () => {})
    const words = () => region.firstElementChild as HTMLElement
    expect(words()).toHaveTextContent(said)
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_MS - 1))
    expect(isInaccessible(words())).toBe(false)
    act(() => vi.advanceTimersByTime(1))
    expect(isInaccessible(words())).toBe(true)
    // The region stays (it is where the next outcome is said); only its words left.
    expect(screen.getByRole('status')).toBe(region)
  })

  it('says "Accepted by Briq" once: a change of language after it says nothing again', async () => {
    // Its words were worked out on every render: a locale changed after the send changed them,
    // and the region said the outcome again, in Swahili under the English it was marked as.
    const { rerender } = render(live(true, 'pending'))
    rerender(live(false, 'pending'))
    rerender(live(false, 'success'))
    await act(async () => {})
    const region = screen.getByRole('status')
    const words = region.firstElementChild
    rerender(live(false, 'success', undefined, getTranslator('sw') as SendTranslate))
    await act(async () => {})
    expect(region.firstElementChild).toBe(words)
    expect(region).toHaveTextContent('Accepted by Briq')
    expect(region).toHaveAttribute('lang', 'en')
  })
})
