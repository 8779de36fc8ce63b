import { act, fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { withFreshStorage } from './testing/fresh-storage.ts'

const KEY = 'shop:draft'
withFreshStorage()

/** Every announcement the builder's live region makes while `run` goes, with its language. */
async function announcements(run: () => void): Promise<[string, string | null][]> {
  const said: [string, string | null][] = []
  const observer = new MutationObserver(() => {
    const live = document.querySelector('.bi-builder-live')
    const words = live?.firstElementChild
    if (!(words instanceof HTMLElement) || words.hidden || words.textContent === '') return
    const entry: [string, string | null] = [words.textContent ?? '', live?.getAttribute('lang') ?? null]
    if (said.at(-1)?.[0] !== entry[0]) said.push(entry)
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  run()
  await act(async () => {
    vi.advanceTimersByTime(1000)
  })
  observer.disconnect()
  return said
}

// Reloaded with JSON text the form cannot use, the builder said "The JSON tab holds text…" and
// then, a frame later, "Your last draft was restored": two notices back to back, the first
// cut short by the second. Now one, the restored draft first.
describe('a reload with JSON text that does not parse', () => {
  for (const [locale, restored, replaces] of [
    ['en', 'Your last draft was restored.', 'The JSON tab holds text the form cannot use.'],
    ['sw', 'Rasimu yako ya mwisho imerejeshwa.', 'Kichupo cha JSON kina maandishi ambayo fomu haiwezi kuyatumia.'],
  ] as const) {
    it(`says the restored draft and the JSON text once, joined (${locale})`, async () => {
      const first = render(<InteractiveBuilder persistKey={KEY} defaultTab="json" locale={locale} />)
      fireEvent.change(document.querySelector('textarea') as HTMLTextAreaElement, { target: { value: '{"type": ' } })
      act(() => vi.advanceTimersByTime(500))
      first.unmount()
      const said = await announcements(() => render(<InteractiveBuilder persistKey={KEY} locale={locale} />))
      expect(said).toHaveLength(1)
      expect(said[0]?.[0]).toMatch(new RegExp(`^${restored.replace('.', '\\.')} ${replaces.replace('.', '\\.')}`))
      expect(said[0]?.[1]).toBe(locale)
    })
  }

  it('a plain restored draft is said alone, once', async () => {
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.change(document.querySelector('textarea') as HTMLTextAreaElement, { target: { value: 'Habari' } })
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    const said = await announcements(() => render(<InteractiveBuilder persistKey={KEY} />))
    expect(said).toEqual([['Your last draft was restored', 'en']])
  })
})
