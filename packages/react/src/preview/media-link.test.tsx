import { act, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TYPING_PAUSE_MS } from '../dom/typing-pause.ts'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const card = (kind: 'image' | 'video', link: string) => ({
  type: 'button',
  header: { type: kind, [kind]: { link } },
  body: { text: 'Menyu ya leo' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Agiza' } }] },
})
const media = () => document.querySelector('.bi-preview .bi-media-el')
const NOT_YET = 'The media shows here once the link is a full web address'

describe('a media link being typed', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each(['image', 'video'] as const)('loads no %s until the link can be one and typing has paused', (kind) => {
    const typed = 'https://example.com/p.jpg'
    const view = render(<InteractivePreview value={card(kind, '')} time={FIXTURE_TIME} />)
    const srcs = new Set<string>()
    for (let i = 1; i <= typed.length; i++) {
      view.rerender(<InteractivePreview value={card(kind, typed.slice(0, i))} time={FIXTURE_TIME} />)
      const src = media()?.getAttribute('src')
      if (src) srcs.add(src)
      act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS / 4))
    }
    // No key's link was loaded: "https://e", "https://example"… never, the rest not yet.
    expect(srcs).toEqual(new Set())
    expect(screen.getByRole('img', { name: NOT_YET })).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS))
    expect(media()).toHaveAttribute('src', typed)
    expect(screen.queryByRole('img', { name: NOT_YET })).toBeNull()
  })

  it('loads no link that cannot be one, even once typing has paused', () => {
    const view = render(<InteractivePreview value={card('image', '')} time={FIXTURE_TIME} />)
    for (const link of ['https://e', 'https://example', 'https://example.c', 'example.com/p.jpg']) {
      view.rerender(<InteractivePreview value={card('image', link)} time={FIXTURE_TIME} />)
      act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2))
      expect(media(), link).toBeNull()
      expect(screen.getByRole('img', { name: NOT_YET })).toBeInTheDocument()
    }
  })

  it('keeps the last image while a new link is typed, and drops it at once when the link goes', () => {
    const view = render(<InteractivePreview value={card('image', 'https://example.com/a.jpg')} time={FIXTURE_TIME} />)
    expect(media()).toHaveAttribute('src', 'https://example.com/a.jpg')
    view.rerender(<InteractivePreview value={card('image', 'https://example.com/b.jpg')} time={FIXTURE_TIME} />)
    expect(media()).toHaveAttribute('src', 'https://example.com/a.jpg')
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS))
    expect(media()).toHaveAttribute('src', 'https://example.com/b.jpg')
    view.rerender(<InteractivePreview value={card('image', 'https://example.com/b.jpg ')} time={FIXTURE_TIME} />)
    expect(media()).toBeNull()
  })

  it('says in Swahili that the link is not a full web address yet', () => {
    render(<InteractivePreview value={card('image', 'https://mfano')} time={FIXTURE_TIME} locale="sw" />)
    expect(
      screen.getByRole('img', { name: 'Picha au video itaonekana hapa kiungo kikiwa anwani kamili ya wavuti' }),
    ).toBeInTheDocument()
  })
})

describe('a media link as given', () => {
  it('is loaded at once, on the server too, without telling the host which page shows it', () => {
    const html = renderToString(
      <InteractivePreview value={card('image', 'https://example.com/p.jpg')} time={FIXTURE_TIME} />,
    )
    expect(html).toContain('src="https://example.com/p.jpg"')
    expect(html).toContain('referrerPolicy="no-referrer"')
    render(<InteractivePreview value={card('image', 'https://example.com/p.jpg')} time={FIXTURE_TIME} />)
    expect(media()).toHaveAttribute('src', 'https://example.com/p.jpg')
    expect(media()).toHaveAttribute('referrerpolicy', 'no-referrer')
    expect(media()).toHaveAttribute('decoding', 'async')
  })
})
