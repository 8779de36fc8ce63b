import type { IssuePath } from '@briq-interactive/core'
import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { type ReactNode, useRef, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import type { GoToField } from '../go-to-field.tsx'
import { SendDialog } from '../send-dialog.ts'
import { SendInteractiveDialog } from '../send-interactive-dialog.tsx'
import { startMockServer } from './mock-server.ts'

const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } })
// An empty body and a 30-character Button 2 title.
const twoErrors = {
  type: 'button',
  body: { text: '' },
  action: { buttons: [reply('yes', 'Yes'), reply('later', 'Remind me on some other day ok')] },
}

function Provider({ children }: { children: ReactNode }) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      {children}
    </BriqProvider>
  )
}

/** A host page: its own body field, and the dialog given a way to it. */
function HostPage({ goTo }: { goTo: (path: IssuePath, body: HTMLTextAreaElement | null) => void }) {
  const body = useRef<HTMLTextAreaElement>(null)
  const goToField: GoToField = (path) => (path.join('.') === 'body.text' ? () => goTo(path, body.current) : undefined)
  return (
    <Provider>
      <label>
        Your body field
        <textarea ref={body} />
      </label>
      <SendInteractiveDialog
        interactive={twoErrors}
        defaultTo="0712345678"
        goToField={goToField}
        trigger={<button type="button">Send…</button>}
      />
    </Provider>
  )
}

/** A host that keeps its dialog open when asked to close (a send it waits on, say), until its own button. */
function KeptOpen({ goTo }: { goTo: () => void }) {
  const [open, setOpen] = useState(true)
  return (
    <Provider>
      <button type="button" onClick={() => setOpen(false)}>
        Host closes
      </button>
      <SendInteractiveDialog
        interactive={twoErrors}
        defaultTo="0712345678"
        goToField={(path) => (path.join('.') === 'body.text' ? goTo : undefined)}
        open={open}
        onOpenChange={(next) => {
          if (next) setOpen(true)
        }}
        trigger={<button type="button">Send…</button>}
      />
    </Provider>
  )
}

const errorsOf = (place: HTMLElement) => within(place).getByRole('region', { name: '2 errors to fix before sending' })

/**
 * The send dialog's `goToField`, from a problem with the message to its field in a form beside,
 * against the mock over real `fetch`: run on React 19 and on React 18.3 (its `react18` project).
 */
export function describeGoToField(): void {
  const { server } = startMockServer('react-send-dialog-go-to-field')
  // The react18 project has no automatic cleanup.
  afterEach(cleanup)
  describe('SendDialog: goToField, from a problem with the message to its field in a form beside', () => {
    it('without it (no form beside), the problems are text only', async () => {
      render(
        <Provider>
          <SendInteractiveDialog interactive={twoErrors} defaultOpen />
        </Provider>,
      )
      expect(within(errorsOf(screen.getByRole('dialog'))).queryByRole('button')).toBeNull()
    })

    it('offers a button for each path it answers, runs it once the dialog has closed, and focus stays there', async () => {
      const seen: { path: IssuePath; dialogOpen: boolean }[] = []
      const goTo = vi.fn((path: IssuePath, body: HTMLTextAreaElement | null) => {
        seen.push({ path, dialogOpen: screen.queryByRole('dialog') !== null })
        body?.focus()
      })
      render(<HostPage goTo={goTo} />)
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Send…' }))
      const errors = errorsOf(screen.getByRole('dialog'))
      // The title's field is not in the host's form: that problem stays text.
      expect(
        within(errors)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Go to Body text'])
      await user.click(within(errors).getByRole('button', { name: 'Go to Body text' }))
      await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
      expect(seen).toEqual([{ path: ['body', 'text'], dialogOpen: false }])
      expect(screen.getByRole('textbox', { name: 'Your body field' })).toHaveFocus()
      // Not the trigger, where the dialog would give focus back, once Radix's own give-back has run.
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(screen.getByRole('textbox', { name: 'Your body field' })).toHaveFocus()
    })

    it('closing the dialog another way afterwards runs nothing, and focus goes back to its trigger', async () => {
      const goTo = vi.fn()
      render(<HostPage goTo={goTo} />)
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Send…' }))
      await user.keyboard('{Escape}')
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(goTo).not.toHaveBeenCalled()
      expect(screen.getByRole('button', { name: 'Send…' })).toHaveFocus()
    })

    it('a host that keeps its dialog open: the go-to is dropped, not run when the dialog closes later', async () => {
      const goTo = vi.fn()
      render(<KeptOpen goTo={goTo} />)
      const user = userEvent.setup()
      await user.click(within(errorsOf(screen.getByRole('dialog'))).getByRole('button', { name: 'Go to Body text' }))
      expect(screen.getByRole('dialog')).toBeInTheDocument()
      // Later, and for a reason of its own, the host closes it: focus goes back to the trigger.
      fireEvent.click(screen.getByRole('button', { name: 'Host closes', hidden: true }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(goTo).not.toHaveBeenCalled()
      expect(screen.getByRole('button', { name: 'Send…' })).toHaveFocus()
    })

    it('parts laid out inline run it at once', async () => {
      const action = vi.fn()
      render(
        <Provider>
          <SendDialog.Root interactive={twoErrors} defaultTo="0712345678" goToField={() => action}>
            <SendDialog.Form aria-label="Send inline">
              <SendDialog.Issues />
              <SendDialog.Actions />
            </SendDialog.Form>
          </SendDialog.Root>
        </Provider>,
      )
      const errors = errorsOf(screen.getByRole('form', { name: 'Send inline' }))
      await userEvent.setup().click(within(errors).getByRole('button', { name: 'Go to Button 2 title' }))
      expect(action).toHaveBeenCalledTimes(1)
      expect(screen.getByRole('form', { name: 'Send inline' })).toBeInTheDocument()
    })

    it("Briq's own refusal naming a field (its words, not the kit's sentence) offers to go to it", async () => {
      server.use(
        http.post('*/v1/whatsapp/messages/interactive', () =>
          HttpResponse.json(
            {
              success: false,
              data: null,
              errors: [
                {
                  code: 'VALIDATION_ERROR',
                  message: 'String should have at most 10 characters',
                  field: 'interactive.body.text',
                },
              ],
              request_id: 'req-1',
            },
            { status: 422 },
          ),
        ),
      )
      const action = vi.fn()
      const valid = { type: 'button', body: { text: 'Karibu tena dukani' }, action: { buttons: [reply('yes', 'Yes')] } }
      render(
        <Provider>
          <SendDialog.Root
            interactive={valid}
            defaultTo="0712345678"
            goToField={(path) => (path[0] === 'body' ? action : undefined)}
          >
            <SendDialog.Form aria-label="Send inline">
              <SendDialog.Issues />
              <SendDialog.Status />
              <SendDialog.Actions />
            </SendDialog.Form>
          </SendDialog.Root>
        </Provider>,
      )
      const user = userEvent.setup()
      await user.click(screen.getByRole('button', { name: 'Send' }))
      const failure = await screen.findByRole('region', { name: 'Not sent' })
      expect(failure).toHaveTextContent('String should have at most 10 characters')
      await user.click(within(failure).getByRole('button', { name: 'Go to Body text' }))
      expect(action).toHaveBeenCalledTimes(1)
    })

    it('offers nothing for the request outside the message (the recipient is the dialog’s own field)', async () => {
      const goToField = vi.fn<GoToField>(() => () => {})
      render(
        <Provider>
          <SendInteractiveDialog
            interactive={twoErrors}
            defaultOpen
            defaultTo="0712345678"
            sender="x"
            goToField={goToField}
          />
        </Provider>,
      )
      expect([...new Set(goToField.mock.calls.map(([path]) => path.join('.')))].sort()).toEqual([
        'action.buttons.1.reply.title',
        'body.text',
      ])
    })
  })
}
