import { format } from 'node:util'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from '../send-dialog/send-interactive-dialog.tsx'
import { invalidDraft } from '../send-dialog/testing/fixtures.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

const ID_REFERENCES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'aria-owns']

/** The outermost kit root around `element` (a builder inside a composer belongs to the composer). */
function kitRootOf(element: Element): Element | null {
  let root = element.closest('.bi-root')
  while (root?.parentElement?.closest('.bi-root')) root = root.parentElement.closest('.bi-root')
  return root
}

/** Every id reference on the page whose target is missing or in another kit root, as `attribute=id`. */
function crossedReferences(): string[] {
  const crossed: string[] = []
  for (const attribute of ID_REFERENCES) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
        const target = document.getElementById(id)
        if (!target || kitRootOf(target) !== kitRootOf(element)) crossed.push(`${attribute}=${id}`)
      }
    }
  }
  return crossed
}

function duplicateIds(): string[] {
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
  return ids.filter((id, index) => ids.indexOf(id) !== index)
}

// Both dialogs stay open while the test clicks around them (a click outside would close them).
const stayOpen = () => {}
const asInteractive = (value: unknown) => value as SendInteractiveDialogProps['interactive']

// An admin page with two of everything, inside its own <form> (a ticket being edited): every id
// the kit writes is unique, every label and description points into its own component, and
// no button of the kit's submits the host's form (HTML's default button type is submit).
describe('two send dialogs and two composers on one page, in a host’s <form> (jsdom)', () => {
  it('ids unique, references kept inside their own component, every button the host’s form owns is type="button"', async () => {
    const { client } = createMockClient()
    // The inline composers' send steps are no forms (HTML cannot nest one in the host's): React
    // has no nesting to warn of, and nothing is logged.
    const error = vi.spyOn(console, 'error')
    render(
      <form aria-label="Ticket">
        <InteractiveComposer client={client} defaultValue={asInteractive(invalidDraft)} sendMode="inline" />
        <InteractiveComposer
          client={client}
          defaultValue={asInteractive(INTERACTIVE_EXAMPLES.list)}
          sendMode="inline"
        />
        <SendInteractiveDialog client={client} interactive={asInteractive(invalidDraft)} open onOpenChange={stayOpen} />
        <SendInteractiveDialog
          client={client}
          interactive={asInteractive(INTERACTIVE_EXAMPLES.list)}
          open
          onOpenChange={stayOpen}
        />
        <button type="submit">Save ticket</button>
      </form>,
    )
    // Two modal dialogs open at once: each makes the rest of the page aria-hidden and
    // pointer-events: none, so the queries and clicks here reach past that on purpose.
    const user = userEvent.setup({ pointerEventsCheck: 0 })
    // An error on each dialog's recipient field (described by its message) and each inline one.
    for (const field of screen.getAllByRole('textbox', { name: "Customer's WhatsApp number", hidden: true })) {
      await user.type(field, '12')
    }
    for (const send of screen.getAllByRole('button', { name: 'Send', hidden: true })) await user.click(send)
    // The JSON tab of the second builder, with its own buttons.
    const second = document.querySelectorAll<HTMLElement>('.bi-builder')[1] as HTMLElement
    await user.click(within(second).getByRole('tab', { name: 'JSON', hidden: true }))
    expect(screen.getAllByRole('dialog', { hidden: true })).toHaveLength(2)
    expect(document.querySelectorAll('[aria-invalid="true"][aria-describedby]').length).toBeGreaterThanOrEqual(4)

    expect(duplicateIds()).toEqual([])
    expect(crossedReferences()).toEqual([])
    const host = screen.getByRole('form', { name: 'Ticket', hidden: true })
    const submitsHost = [...document.querySelectorAll('button')].filter(
      (button) => button.form === host && button.type !== 'button' && button.textContent !== 'Save ticket',
    )
    expect(submitsHost.map((button) => button.outerHTML)).toEqual([])
    expect(document.querySelectorAll('form form')).toHaveLength(0)
    expect(error.mock.calls.map((call) => format(...call))).toEqual([])
    error.mockRestore()
  })
})
