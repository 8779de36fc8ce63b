import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const message = (text: string) => ({
  type: 'button',
  body: { text },
  action: { buttons: [{ type: 'reply', reply: { id: 'sawa', title: 'Sawa' } }] },
})
const body = () => document.querySelector('.bi-preview .bi-body') as HTMLElement
// 900 characters: a sentence of 45 repeated 20 times, with a word only at the very end.
const long = `${'Karibu dukani, tuna bidhaa mpya kila wiki! '.repeat(20).slice(0, 880)}MWISHO-WA-UJUMBE.`

// WhatsApp Web shortens a message text of 845 characters or more to its first 768, an ellipsis
// and "Read more" (its ExpandableText); the preview shows the body as the customer first sees it.
describe('a long body behind "Read more"', () => {
  it('shows the first 768 characters, an ellipsis and a Read more button', () => {
    render(<InteractivePreview value={message(long)} time={FIXTURE_TIME} />)
    expect(long.length).toBeGreaterThanOrEqual(845)
    expect(body().textContent).toContain(`${long.slice(0, 768)}\u2026 Read more`)
    expect(body()).not.toHaveTextContent('MWISHO-WA-UJUMBE')
    expect(screen.getByRole('button', { name: 'Read more' })).toBeInTheDocument()
  })

  it('shows the whole text once Read more is pressed, reading on from the body', async () => {
    const user = userEvent.setup()
    render(<InteractivePreview value={message(long)} time={FIXTURE_TIME} />)
    await user.click(screen.getByRole('button', { name: 'Read more' }))
    expect(body()).toHaveTextContent('MWISHO-WA-UJUMBE.')
    expect(body().textContent).not.toContain('\u2026')
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull()
    expect(body()).toHaveFocus()
  })

  it('stays open while the body is edited', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<InteractivePreview value={message(long)} time={FIXTURE_TIME} />)
    await user.click(screen.getByRole('button', { name: 'Read more' }))
    rerender(<InteractivePreview value={message(`${long} Asante!`)} time={FIXTURE_TIME} />)
    expect(body()).toHaveTextContent('MWISHO-WA-UJUMBE. Asante!')
  })

  it('shows a text of 844 characters whole', () => {
    render(<InteractivePreview value={message('a'.repeat(844))} time={FIXTURE_TIME} />)
    expect(body()).toHaveTextContent('a'.repeat(844))
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull()
  })

  it('shows a body past its limit whole, its mark in sight', () => {
    render(<InteractivePreview value={message('b'.repeat(1100))} time={FIXTURE_TIME} />)
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull()
    expect(body().querySelector('mark[data-overflow]')).toHaveTextContent('b'.repeat(76))
  })

  it('keeps a link the cut would split whole, linked to its own address', () => {
    const url = 'https://briq.tz/ofa/wiki-hii-tu'
    render(
      <InteractivePreview value={message(`${'a '.repeat(376)}Soma ${url} ${'b'.repeat(100)}`)} time={FIXTURE_TIME} />,
    )
    expect(screen.getByRole('button', { name: 'Read more' })).toBeInTheDocument()
    expect([...body().querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([url])
    expect(screen.getByRole('link', { name: url })).toBeInTheDocument()
  })

  it('prints whole (paper has no Read more to press), and is cut again after', () => {
    render(<InteractivePreview value={message(long)} time={FIXTURE_TIME} />)
    act(() => {
      fireEvent(window, new Event('beforeprint'))
    })
    expect(body()).toHaveTextContent('MWISHO-WA-UJUMBE.')
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull()
    act(() => {
      fireEvent(window, new Event('afterprint'))
    })
    expect(body()).not.toHaveTextContent('MWISHO-WA-UJUMBE')
    expect(screen.getByRole('button', { name: 'Read more' })).toBeInTheDocument()
  })

  it('says Read more in Swahili', () => {
    render(<InteractivePreview value={message(long)} time={FIXTURE_TIME} locale="sw" />)
    expect(screen.getByRole('button', { name: 'Soma zaidi' })).toBeInTheDocument()
  })

  it('keeps a style the cut splits, formatted up to the cut, its markers unseen', () => {
    for (const [marker, tag] of [
      ['*', 'strong'],
      ['_', 'em'],
      ['~', 's'],
      ['```', 'code'],
    ] as const) {
      const before = 'a '.repeat(380)
      const text = `${before}${marker}ofa ya wiki hii tu, njoo leo${marker} ${'b'.repeat(100)}`
      const { unmount } = render(<InteractivePreview value={message(text)} time={FIXTURE_TIME} />)
      expect(screen.getByRole('button', { name: 'Read more' })).toBeInTheDocument()
      const styled = body().querySelector(tag)
      // The text shown is cut after 768 characters of the source, markers counted.
      expect(styled?.textContent).toBe(text.slice(before.length + marker.length, 768))
      expect(body().textContent).not.toContain(marker)
      unmount()
    }
  })

  it('keeps a number the reader’s country links whole, linked to its own address', () => {
    const text = `${'a '.repeat(380)}Piga 0712 345 678 leo ${'b'.repeat(100)}`
    render(<InteractivePreview value={message(text)} time={FIXTURE_TIME} countryCode="255" />)
    expect(screen.getByRole('link', { name: '0712 345 678' })).toHaveAttribute('href', 'tel:+255712345678')
    expect(body().textContent).toContain('0712 345 678\u2026 Read more')
  })
})
