import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DRAFT_STORAGE_KEY } from './draft/draft-storage.ts'
import { editor, preview, renderApp, setEditorText, startTestMock } from './test-support/render-app.tsx'

const { server } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())

const withTitle = (title: string) =>
  JSON.stringify({
    type: 'button',
    body: { text: 'Tuilete lini?' },
    action: { buttons: [{ type: 'reply', reply: { id: 'today', title } }] },
  })

describe('composing', () => {
  it('starts from the reply-buttons example with no problems, and the preview shows it', () => {
    renderApp()
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    expect(JSON.parse((editor() as HTMLTextAreaElement).value)).toEqual(INTERACTIVE_EXAMPLES.button)
    expect(screen.getByText('No errors: WhatsApp will accept this message.')).toBeInTheDocument()
    expect(within(preview()).getByRole('button', { name: 'Kesho asubuhi' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send to the mock' })).toBeEnabled()
  })

  it("lists core's issues with their paths and blocks the send", () => {
    renderApp()
    setEditorText(withTitle('Nitakuja kuchukua mwenyewe'))
    const problems = screen.getByRole('region', { name: 'Errors' })
    expect(within(problems).getByText('1 error to fix before sending')).toBeInTheDocument()
    const item = within(problems).getByRole('listitem')
    expect(item).toHaveTextContent('interactive.action.buttons[0].reply.title')
    expect(item.textContent).toMatch(/26 characters; WhatsApp allows 20/)
    expect(screen.getByRole('button', { name: 'Send to the mock' })).toBeDisabled()
    expect(screen.getByText('Fix the errors above before sending.')).toBeInTheDocument()
  })

  it('a type from the picker loads its example', async () => {
    renderApp()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'list')
    expect(JSON.parse((editor() as HTMLTextAreaElement).value)).toEqual(INTERACTIVE_EXAMPLES.list)
    expect(within(preview()).getByRole('button', { name: 'Chagua njia' })).toBeInTheDocument()
  })

  it('invalid JSON: line and column shown and announced, the text survives, the last valid draft stays', () => {
    renderApp()
    setEditorText(withTitle('Leo jioni'))
    const broken = '{\n  "type": "button",\n  "body": { "text": "Habari" }\n  "action": {}\n}'
    setEditorText(broken)
    expect(editor()).toHaveValue(broken)
    expect(editor()).toHaveAttribute('aria-invalid', 'true')
    expect(editor()).toHaveAccessibleDescription(/JSON syntax error at line 4, column 3: “"” was not expected there\./)
    const announcement = screen
      .getByText('JSON syntax error at line 4, column 3: “"” was not expected there.')
      .closest('[aria-live]')
    expect(announcement).toHaveAttribute('aria-live', 'polite')
    // The preview and the request keep the last valid JSON, and sending waits for a fix.
    expect(within(preview()).getByRole('button', { name: 'Leo jioni' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send to the mock' })).toBeDisabled()
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? '{}').text).toBe(broken)
  })

  it('the draft (even broken) and the recipient survive a reload', async () => {
    const first = renderApp()
    setEditorText('{ "type": ')
    await userEvent.clear(screen.getByRole('textbox', { name: 'Recipient phone number' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Recipient phone number' }), '+255 787 654 321')
    first.unmount()
    renderApp()
    expect(editor()).toHaveValue('{ "type": ')
    expect(screen.getByRole('textbox', { name: 'Recipient phone number' })).toHaveValue('+255 787 654 321')
    // Nothing valid was typed before the break, so the example stays the last valid draft.
    expect(within(preview()).getByRole('button', { name: 'Leo jioni' })).toBeInTheDocument()
  })

  it("shows the normalised number, or core's reason", async () => {
    renderApp()
    const field = screen.getByRole('textbox', { name: 'Recipient phone number' })
    expect(screen.getByText('Will be sent to +255712345678')).toBeInTheDocument()
    await userEvent.clear(field)
    await userEvent.type(field, '0712 34')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/This number cannot receive messages:/)
    expect(screen.getByRole('button', { name: 'Send to the mock' })).toBeDisabled()
  })

  it('switches every label to Swahili', async () => {
    renderApp()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'sw')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Uwanja wa majaribio wa Briq Interactive')
    expect(screen.getByRole('button', { name: 'Tuma kwa mfumo wa majaribio' })).toBeEnabled()
    expect(screen.getByRole('textbox', { name: 'JSON ya interactive' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Giza' }))
    expect(document.querySelector('.pg-app')).toHaveAttribute('data-theme', 'dark')
    // The preview's own labels are Swahili now too, so it is found by its class.
    expect(document.querySelector('section.bi-preview')).toHaveAttribute('data-theme', 'dark')
  })

  it('a bad file leaves the draft untouched; a good one replaces it', async () => {
    renderApp()
    const before = (editor() as HTMLTextAreaElement).value
    const input = screen.getByLabelText('Open a JSON file', { selector: 'input' })
    await userEvent.upload(input, new File(['{ not json'], 'oda.json', { type: 'application/json' }))
    expect(await screen.findByText(/oda\.json is not valid JSON .*The draft is unchanged\./)).toBeInTheDocument()
    expect(editor()).toHaveValue(before)
    await userEvent.upload(input, new File(['[1, 2]'], 'list.json', { type: 'application/json' }))
    expect(await screen.findByText(/The file must hold one JSON object/)).toBeInTheDocument()
    expect(editor()).toHaveValue(before)

    const request = { to: '255787654321', interactive: INTERACTIVE_EXAMPLES.cta_url }
    await userEvent.upload(input, new File([JSON.stringify(request)], 'tiketi.json', { type: 'application/json' }))
    expect(await screen.findByText('Opened tiketi.json.')).toBeInTheDocument()
    expect(JSON.parse((editor() as HTMLTextAreaElement).value)).toEqual(INTERACTIVE_EXAMPLES.cta_url)
    expect(screen.getByRole('textbox', { name: 'Recipient phone number' })).toHaveValue('255787654321')
  })
})
