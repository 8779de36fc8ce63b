import { act, fireEvent, render, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { liveWords } from '../testing/live-words.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { withFreshStorage } from './testing/fresh-storage.ts'

// A campaign's row and its side panel: two builders of one page with one persistKey, mounted
// together under StrictMode (effects run twice), over a draft stored before.
const KEY = 'crm:campaign-3'
const bodies = () => screen.getAllByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement[]
const said = () => [...document.querySelectorAll('.bi-builder-live')].map(liveWords)

withFreshStorage()

describe('two builders of one page with one persistKey, in StrictMode', () => {
  it('restore the stored draft said once for the page, follow each other and ask nothing', () => {
    const before = render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.change(bodies()[0] as HTMLElement, { target: { value: 'Stored before' } })
    before.unmount()
    render(
      <StrictMode>
        <InteractiveBuilder persistKey={KEY} />
        <InteractiveBuilder persistKey={KEY} />
      </StrictMode>,
    )
    act(() => vi.advanceTimersByTime(100))
    expect(bodies().map((body) => body.value)).toEqual(['Stored before', 'Stored before'])
    // One draft restored, one sentence: a screen reader would read both regions.
    expect(said()).toEqual(['Your last draft was restored', ''])
    fireEvent.change(bodies()[0] as HTMLElement, { target: { value: 'Typed in one' } })
    act(() => vi.advanceTimersByTime(500))
    fireEvent.change(bodies()[1] as HTMLElement, { target: { value: 'Typed in the other' } })
    act(() => vi.advanceTimersByTime(500))
    expect(bodies().map((body) => body.value)).toEqual(['Typed in the other', 'Typed in the other'])
    expect(screen.queryByRole('button', { name: 'Keep this draft' })).toBeNull()
    fireEvent.click(screen.getAllByRole('button', { name: 'Undo' })[1] as HTMLElement)
    act(() => vi.advanceTimersByTime(500))
    expect(bodies().map((body) => body.value)).toEqual(['Typed in one', 'Typed in one'])
    expect(screen.queryByRole('button', { name: 'Keep this draft' })).toBeNull()
  })

  it('a builder opened later beside one showing the draft restores it in silence', () => {
    const before = render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.change(bodies()[0] as HTMLElement, { target: { value: 'Stored before' } })
    before.unmount()
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    act(() => vi.advanceTimersByTime(100))
    expect(said()).toEqual(['Your last draft was restored'])
    // Said and gone.
    act(() => vi.advanceTimersByTime(8000))
    view.rerender(
      <>
        <InteractiveBuilder persistKey={KEY} />
        <InteractiveBuilder persistKey={KEY} />
      </>,
    )
    act(() => vi.advanceTimersByTime(100))
    expect(bodies().map((body) => body.value)).toEqual(['Stored before', 'Stored before'])
    expect(said()).toEqual(['', ''])
  })
})
