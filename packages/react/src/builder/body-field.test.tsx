import { createDraft, LIMITS } from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { InteractiveBuilder } from './interactive-builder.tsx'

const body = () => screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement

function select(start: number, end: number) {
  body().focus()
  body().setSelectionRange(start, end)
}

describe('Body text', () => {
  it('counts characters live as core does ("812 / 1024"), in its accessible description', () => {
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), body: { text: 'x'.repeat(812) } }} />)
    expect(screen.getByText('812 / 1024')).toBeInTheDocument()
    expect(body()).toHaveAccessibleDescription(/812 of 1024 characters/)
    // Emoji count one each (code points), like the validator.
    fireEvent.change(body(), { target: { value: 'Karibu 😀' } })
    expect(screen.getByText('8 / 1024')).toBeInTheDocument()
  })

  it("past the limit: the counter is marked and the field invalid, with core's message", () => {
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    fireEvent.change(body(), { target: { value: 'a'.repeat(LIMITS.body.text.max + 1) } })
    expect(screen.getByText('1025 / 1024').parentElement).toHaveAttribute('data-over')
    expect(body()).toHaveAttribute('aria-invalid', 'true')
    expect(body()).toHaveAccessibleDescription(/Error: .*1025 characters; WhatsApp allows 1024/)
  })

  it('takes the limit from the validation options (a list body may be 4096 with extendedListBody)', () => {
    render(
      <BriqProvider endpoint="/api" validation={{ extendedListBody: true }}>
        <InteractiveBuilder defaultValue={createDraft('list')} />
      </BriqProvider>,
    )
    expect(screen.getByText('26 / 4096')).toBeInTheDocument()
  })

  it('the toolbar wraps the selection in WhatsApp markers and keeps it selected; again unwraps', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), body: { text: 'Karibu sana' } }} />)
    const toolbar = screen.getByRole('toolbar', { name: 'Text style' })
    select(7, 11)
    await user.click(within(toolbar).getByRole('button', { name: 'Bold' }))
    expect(body()).toHaveValue('Karibu *sana*')
    expect(body()).toHaveFocus()
    expect([body().selectionStart, body().selectionEnd]).toEqual([8, 12])
    await user.click(within(toolbar).getByRole('button', { name: 'Bold' }))
    expect(body()).toHaveValue('Karibu sana')
    select(0, 6)
    await user.click(within(toolbar).getByRole('button', { name: 'Italic' }))
    expect(body()).toHaveValue('_Karibu_ sana')
    select(9, 13)
    await user.click(within(toolbar).getByRole('button', { name: 'Strikethrough' }))
    expect(body()).toHaveValue('_Karibu_ ~sana~')
    select(0, 8)
    await user.click(within(toolbar).getByRole('button', { name: 'Monospace' }))
    expect(body()).toHaveValue('```_Karibu_``` ~sana~')
    // A caret between words inserts an empty pair with the caret inside.
    select(14, 14)
    await user.click(within(toolbar).getByRole('button', { name: 'Bold' }))
    expect(body()).toHaveValue('```_Karibu_```** ~sana~')
    expect([body().selectionStart, body().selectionEnd]).toEqual([15, 15])
  })

  it('Ctrl/Cmd+B and +I (and Shift+X, Shift+M) style the selection; each is one undo step', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), body: { text: 'Karibu sana' } }} />)
    select(7, 11)
    await user.keyboard('{Control>}b{/Control}')
    expect(body()).toHaveValue('Karibu *sana*')
    select(0, 6)
    await user.keyboard('{Meta>}i{/Meta}')
    expect(body()).toHaveValue('_Karibu_ *sana*')
    select(1, 7)
    await user.keyboard('{Control>}{Shift>}x{/Shift}{/Control}')
    expect(body()).toHaveValue('_~Karibu~_ *sana*')
    await user.keyboard('{Control>}z{/Control}')
    expect(body()).toHaveValue('_Karibu_ *sana*')
  })

  it('the toolbar is one tab stop; arrow keys move between its buttons', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const toolbar = screen.getByRole('toolbar', { name: 'Text style' })
    const [bold, italic, strike, mono] = within(toolbar).getAllByRole('button')
    expect(bold).toHaveAttribute('tabindex', '0')
    expect(italic).toHaveAttribute('tabindex', '-1')
    bold?.focus()
    await user.keyboard('{ArrowRight}')
    expect(italic).toHaveFocus()
    await user.keyboard('{End}')
    expect(mono).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(bold).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(mono).toHaveFocus()
    expect(strike).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+X Meta+Shift+X')
  })

  it('footer and header text have no toolbar (WhatsApp shows them plain)', () => {
    render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), header: { type: 'text', text: 'Hi' } }} />)
    expect(screen.getAllByRole('toolbar')).toHaveLength(1)
    expect(screen.getByText('2 / 60')).toBeInTheDocument()
  })

  it("names the toolbar apart from its field: a field's label, matched by part, finds its field alone", () => {
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('carousel')} locale="sw" />)
    // Was "Mtindo wa maandishi ya ujumbe", a second match for the body's label wherever labels
    // match by part, as a test's getByLabel does.
    expect(screen.getAllByLabelText('Maandishi ya ujumbe', { exact: false })).toEqual([
      screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }),
    ])
    expect(screen.getAllByLabelText('Maandishi ya kadi 1', { exact: false })).toEqual([
      screen.getByRole('textbox', { name: 'Maandishi ya kadi 1' }),
    ])
    expect(screen.getAllByRole('toolbar', { name: 'Mtindo wa maandishi' })).toHaveLength(3)
    unmount()
    const english = render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    expect(screen.getAllByLabelText('Body text', { exact: false })).toEqual([body()])
    expect(screen.getAllByLabelText('Card 1 text', { exact: false })).toEqual([
      screen.getByRole('textbox', { name: 'Card 1 text' }),
    ])
    expect(screen.getAllByRole('toolbar', { name: 'Text style' })).toHaveLength(3)
    english.unmount()
    // A host's own words may still name the field, lower-cased where it falls mid-sentence (sw).
    const host = render(
      <InteractiveBuilder
        defaultValue={createDraft('button')}
        locale="sw"
        messages={{ 'field.body.text': 'Maandishi ya WhatsApp', 'builder.format.label': 'Mtindo wa {field}' }}
      />,
    )
    expect(screen.getByRole('toolbar', { name: 'Mtindo wa maandishi ya WhatsApp' })).toBeInTheDocument()
    host.unmount()
    render(
      <InteractiveBuilder
        defaultValue={createDraft('button')}
        messages={{ 'builder.format.label': 'Formatting of {field}' }}
      />,
    )
    expect(screen.getByRole('toolbar', { name: 'Formatting of body text' })).toBeInTheDocument()
  })
})
