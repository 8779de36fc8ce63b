import { createDraft } from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef, StrictMode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const body = () => screen.getByRole('textbox', { name: 'Body text' })

/** A parent holding the draft in its state, with a button that loads another draft. */
function ControlledHost({ seen }: { seen: unknown[] }) {
  const [draft, setDraft] = useState<unknown>(createDraft('button'))
  return (
    <>
      <button type="button" onClick={() => setDraft(createDraft('list'))}>
        Load a list
      </button>
      <InteractiveBuilder
        value={draft}
        onValueChange={(next) => {
          seen.push(next)
          setDraft(next)
        }}
      />
    </>
  )
}

describe('Builder.Root', () => {
  it('works uncontrolled: defaultValue, then onValueChange(draft, result) on every change', () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} onValueChange={onValueChange} />)
    fireEvent.change(body(), { target: { value: '' } })
    const [draft, result] = onValueChange.mock.lastCall ?? []
    expect(draft).toMatchObject({ body: { text: '' } })
    expect(result).toMatchObject({ ok: false, issues: [expect.objectContaining({ path: ['body', 'text'] })] })
  })

  it('starts a new user on reply buttons with starter words in their language', () => {
    render(<InteractiveBuilder locale="sw" />)
    expect(screen.getByRole('combobox', { name: 'Aina ya ujumbe' })).toHaveValue('button')
    expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toHaveValue(
      'Je, ungependa kuthibitisha oda yako?',
    )
    expect(screen.getByRole('textbox', { name: 'Jina la kitufe 1' })).toHaveValue('Ndiyo, thibitisha')
  })

  it('works controlled: shows value, reports changes, and follows a value set from outside as an undoable step', async () => {
    const user = userEvent.setup()
    const seen: unknown[] = []
    render(
      <StrictMode>
        <ControlledHost seen={seen} />
      </StrictMode>,
    )
    fireEvent.change(body(), { target: { value: 'Hi' } })
    expect(body()).toHaveValue('Hi')
    expect(seen).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Load a list' }))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    expect(body()).toHaveValue('Hi')
    expect(seen.at(-1)).toMatchObject({ type: 'button', body: { text: 'Hi' } })
  })

  it('a controlled parent that keeps its value keeps the form on it', () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder value={createDraft('button')} onValueChange={onValueChange} />)
    fireEvent.change(body(), { target: { value: 'Changed' } })
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(body()).toHaveValue('Would you like to confirm your order?')
  })

  it('is in Swahili with locale="sw", with the exact Swahili names', () => {
    render(<InteractiveBuilder defaultValue={createDraft('list')} locale="sw" />)
    expect(screen.getByRole('tab', { name: 'Fomu' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tendua' })).toBeInTheDocument()
    const section = screen.getByRole('group', { name: 'Sehemu 1' })
    expect(within(section).getByRole('textbox', { name: 'Jina la safu 1' })).toBeInTheDocument()
    expect(within(section).getByRole('button', { name: 'Ongeza safu' })).toBeInTheDocument()
    expect(screen.getByText('Safu 3 kati ya 10')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }).closest('[lang]')).toHaveAttribute('lang', 'sw')
  })

  it("words core's issues in the builder's language", () => {
    render(<InteractiveBuilder defaultValue={createDraft('cta_url')} locale="sw" />)
    const url = screen.getByRole('textbox', { name: 'URL ya kitufe' })
    expect(url).toHaveAttribute('aria-invalid', 'true')
    expect(url).toHaveAccessibleDescription(/^Kosa: /)
    expect(url.getAttribute('aria-describedby')).toBeTruthy()
    const description = document.getElementById(url.getAttribute('aria-describedby')?.split(' ')[0] ?? '')
    expect(description?.textContent).not.toMatch(/WhatsApp needs|is empty/)
  })

  it('takes a messages override for any key', () => {
    render(
      <InteractiveBuilder
        defaultValue={createDraft('button')}
        messages={{ 'builder.tab.json': 'Code', 'field.body.text': 'Message' }}
      />,
    )
    expect(screen.getByRole('tab', { name: 'Code' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument()
  })

  it('follows a controlled tab', async () => {
    const user = userEvent.setup()
    const onTabChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('button')} tab="form" onTabChange={onTabChange} />)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(onTabChange).toHaveBeenCalledWith('json')
    expect(screen.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
  })

  it('spreads props onto its element and merges className and onKeyDown; sets the theme', () => {
    const onKeyDown = vi.fn()
    render(
      <Builder.Root
        data-testid="root"
        className="mine"
        onKeyDown={onKeyDown}
        theme="dark"
        defaultValue={createDraft('button')}
      >
        <Builder.Body />
      </Builder.Root>,
    )
    const root = screen.getByTestId('root')
    expect(root).toHaveClass('bi-root', 'bi-builder', 'mine')
    expect(root).toHaveAttribute('data-bi-theme', 'dark')
    fireEvent.keyDown(body(), { key: 'a' })
    expect(onKeyDown).toHaveBeenCalled()
  })

  it('forwards its ref, an object or a callback, to its element', () => {
    const object = createRef<HTMLDivElement>()
    const { unmount } = render(
      <Builder.Root ref={object} data-testid="root" defaultValue={createDraft('button')}>
        <Builder.Body />
      </Builder.Root>,
    )
    expect(object.current).toBe(screen.getByTestId('root'))
    unmount()
    expect(object.current).toBeNull()
    const callback = vi.fn()
    render(
      <Builder.Root ref={callback} data-testid="root" defaultValue={createDraft('button')}>
        <Builder.Body />
      </Builder.Root>,
    )
    expect(callback).toHaveBeenLastCalledWith(screen.getByTestId('root'))
  })

  it('lets a host compose the parts itself (no tabs, preview beside the form)', () => {
    render(
      <Builder.Root defaultValue={createDraft('list')} locale="sw">
        <Builder.Body />
        <Builder.Action />
        <Builder.Preview time="2026-01-01T10:00:00" />
      </Builder.Root>,
    )
    fireEvent.change(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }), {
      target: { value: 'Habari za leo' },
    })
    expect(screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })).toHaveTextContent('Habari za leo')
  })

  it('names the part that is used outside a Root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Builder.Body />)).toThrow('Builder.Body must be inside <Builder.Root>')
  })
})
