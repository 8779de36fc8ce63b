import { createDraft } from '@briq-interactive/core'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { fourButtons } from './testing/issue-drafts.ts'

const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
const summary = () => screen.getByRole('region', { name: 'Problems' })
const broken = '{"type": "button", "body": {"text": "Karibu"'
const held = 'Fix-its wait until the JSON text parses: they change the message, and would replace that text.'
const replaced = 'Your change in the form replaced the JSON text the form could not use. Undo brings it back.'
const formReplaces =
  'The JSON tab holds text the form cannot use. The form shows the last valid message; a change here replaces that text (Undo brings it back).'
const replacedByDraft = 'A new draft replaced the JSON text the form could not use. Undo brings it back.'

afterEach(() => vi.useRealTimers())

describe('text typed into the JSON tab that does not parse is never replaced unseen', () => {
  it('holds the fix-its while the text does not parse, still listing the issues, and offers them once it parses', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    expect(within(summary()).getByRole('status')).toHaveTextContent('2 errors')
    expect(within(summary()).getByRole('button', { name: /has 4 buttons/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Turn the 4 buttons into a list' })).toBeNull()
    expect(within(summary()).getByText(held)).toBeInTheDocument()
    expect(json()).toHaveValue(broken)
    // Nor beside the field: the form shows the last valid message, not the text being typed.
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(screen.queryByRole('button', { name: 'Turn the 4 buttons into a list' })).toBeNull()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveValue(broken)
    fireEvent.change(json(), { target: { value: JSON.stringify(fourButtons) } })
    expect(within(summary()).queryByText(held)).toBeNull()
    expect(within(summary()).getByRole('button', { name: 'Turn the 4 buttons into a list' })).toBeInTheDocument()
  })

  it('says, on the form and the JSON tab, that a change in the form replaced the text; undo brings it back', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    const form = screen.getByRole('tabpanel', { name: 'Form' })
    expect(within(form).queryByText(replaced)).toBeNull()
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), 'Asante')
    expect(within(form).getByRole('status')).toHaveTextContent(replaced)
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(within(screen.getByRole('tabpanel', { name: 'JSON' })).getByText(replaced)).toBeInTheDocument()
    expect(JSON.parse((json() as HTMLTextAreaElement).value).footer).toEqual({ text: 'Asante' })
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(broken)
    expect(screen.queryByText(replaced)).toBeNull()
  })

  it('says once, in the builder live region, that the Form tab shows the last valid message', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    // The note was inserted with its own live region, so opening the tab said nothing.
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent(formReplaces)
    expect(within(screen.getByRole('tabpanel', { name: 'Form' })).getByText(formReplaces)).toBeVisible()
    const live = [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')]
    expect(live.filter((region) => region.textContent?.includes(formReplaces))).toHaveLength(1)
    // Opened again, it is said again: a new node in the region.
    const first = document.querySelector('.bi-builder-live')?.firstElementChild
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(document.querySelector('.bi-builder-live')?.firstElementChild).not.toBe(first)
    expect(document.querySelector('.bi-builder-live')).toHaveTextContent(formReplaces)
  })

  it('says so after a JSON field of the form replaced it too', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('flow')} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'Screen data (JSON)' }), { target: { value: '{"a": 1}' } })
    expect(within(screen.getByRole('tabpanel', { name: 'Form' })).getByRole('status')).toHaveTextContent(replaced)
  })

  // It parses: the form cannot use it (a WhatsApp text message, not an interactive one).
  it.each([
    ['en', 'Form', 'Body text', replaced],
    [
      'sw',
      'Fomu',
      'Maandishi ya ujumbe',
      'Badiliko lako kwenye fomu limechukua nafasi ya maandishi ya JSON ambayo fomu haikuweza kuyatumia. Tendua huyarudisha.',
    ],
  ] as const)(
    'words a replaced text message pasted in the JSON tab truthfully (%s)',
    async (locale, tab, body, words) => {
      const user = userEvent.setup()
      render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" locale={locale} />)
      fireEvent.change(screen.getByRole('textbox', { name: /JSON/ }), {
        target: { value: '{"type":"text","text":{"body":"hi"}}' },
      })
      await user.click(screen.getByRole('tab', { name: tab }))
      await user.type(screen.getByRole('textbox', { name: body }), 'A')
      expect(within(screen.getByRole('tabpanel', { name: tab })).getByRole('status')).toHaveTextContent(words)
    },
  )

  it('words both notes in Swahili', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={fourButtons} defaultTab="json" locale="sw" />)
    const textbox = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    fireEvent.change(textbox, { target: { value: broken } })
    expect(
      screen.getByText(
        'Marekebisho yanasubiri hadi maandishi ya JSON yasomeke: yanabadilisha ujumbe, na yangechukua nafasi ya maandishi hayo.',
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'Fomu' }))
    await user.type(screen.getByRole('textbox', { name: 'Maandishi ya chini' }), 'A')
    expect(
      screen.getByText(
        'Badiliko lako kwenye fomu limechukua nafasi ya maandishi ya JSON ambayo fomu haikuweza kuyatumia. Tendua huyarudisha.',
      ),
    ).toBeInTheDocument()
  })
})

const withFooter = { ...fourButtons, footer: { text: 'From the parent' } }

/** A controlled parent that takes each change and can load a draft of its own. */
function Parent() {
  const [value, setValue] = useState<unknown>(fourButtons)
  return (
    <>
      <button type="button" onClick={() => setValue(withFooter)}>
        Load the saved draft
      </button>
      <InteractiveBuilder value={value} onValueChange={setValue} defaultTab="json" />
    </>
  )
}

describe('a new draft from outside that replaces the JSON text that does not parse says so too', () => {
  it('when a controlled parent sets a new value: on the JSON tab and the form; undo brings the text back', async () => {
    const user = userEvent.setup()
    render(<Parent />)
    fireEvent.change(json(), { target: { value: broken } })
    expect(screen.queryByText(replacedByDraft)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Load the saved draft' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value).footer).toEqual({ text: 'From the parent' })
    expect(json()).toHaveAccessibleDescription(replacedByDraft)
    expect(screen.queryByText(replaced)).toBeNull()
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    expect(within(screen.getByRole('tabpanel', { name: 'Form' })).getByRole('status')).toHaveTextContent(
      replacedByDraft,
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(json()).toHaveValue(broken)
    expect(screen.queryByText(replacedByDraft)).toBeNull()
  })

  it("when the other tab's draft is taken in DraftConflict, worded in Swahili too", () => {
    const key = 'crm:draft'
    localStorage.clear()
    render(<InteractiveBuilder persistKey={key} defaultValue={fourButtons} defaultTab="json" locale="sw" />)
    const textbox = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    fireEvent.change(textbox, { target: { value: broken } })
    const theirs = JSON.stringify({ version: 1, value: withFooter, revision: 5, savedAt: 0, session: 'other-tab' })
    localStorage.setItem(key, theirs)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs }))
    })
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Tumia rasimu ya kichupo kingine' }))
    expect(JSON.parse((textbox as HTMLTextAreaElement).value).footer).toEqual({ text: 'From the parent' })
    expect(textbox).toHaveAccessibleDescription(
      'Rasimu mpya imechukua nafasi ya maandishi ya JSON ambayo fomu haikuweza kuyatumia. Tendua huyarudisha.',
    )
    localStorage.clear()
  })
})

/** A parent that keeps footers in capitals: its answer to each change is that change, upper-cased. */
function CapitalFooters() {
  const [value, setValue] = useState<unknown>(fourButtons)
  const upperFooter = (draft: unknown) => {
    const footer = (draft as { footer?: { text?: unknown } }).footer
    return typeof footer?.text === 'string'
      ? { ...(draft as object), footer: { text: footer.text.toUpperCase() } }
      : draft
  }
  return <InteractiveBuilder value={value} onValueChange={(draft) => setValue(upperFooter(draft))} defaultTab="json" />
}

describe("a controlled parent's own version of a change in the form", () => {
  it('still says the form replaced the JSON text that did not parse; undo brings the text back', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const user = userEvent.setup()
    render(<CapitalFooters />)
    fireEvent.change(json(), { target: { value: broken } })
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), 'Asante')
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('ASANTE')
    expect(within(screen.getByRole('tabpanel', { name: 'Form' })).getByRole('status')).toHaveTextContent(replaced)
    expect(screen.queryByText(replacedByDraft)).toBeNull()
    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    expect(JSON.parse((json() as HTMLTextAreaElement).value).footer).toEqual({ text: 'ASANTE' })
    expect(json()).toHaveAccessibleDescription(replaced)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(broken)
    expect(screen.queryByText(replaced)).toBeNull()
  })
})
