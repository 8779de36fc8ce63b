import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { PlaygroundConnection } from '../connection.ts'
import { SnippetPanel } from './snippet-panel.tsx'

const connection: PlaygroundConnection = { mode: 'proxy', endpoint: 'https://shop.example/api/briq', headers: {} }
const request = { to: '255712345678', interactive: INTERACTIVE_EXAMPLES.button }

describe('SnippetPanel', () => {
  it('says "copied" again on every press, not only the first', async () => {
    const user = userEvent.setup()
    render(<SnippetPanel request={request} connection={connection} />)
    const status = screen.getByRole('status')
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }))
    await waitFor(() => expect(status).toHaveTextContent('Copied the curl code.'))
    const first = status.firstElementChild
    expect(first).toHaveTextContent('Copied the curl code.')
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }))
    // A screen reader speaks a polite region again only when its content is replaced: the same
    // words left in place said nothing, so a second press seemed to do nothing.
    await waitFor(() => expect(status.firstElementChild).not.toBe(first))
    expect(status).toHaveTextContent('Copied the curl code.')
    expect(await navigator.clipboard.readText()).toMatch(/^(# .*\n)*curl -X POST /)
  })

  // "Code for this request" kept the code copied before the body or the number changed, beside
  // "Copied the curl code.": a new user read the old message as this one.
  it('shows the code of the request as it is now; "copied" goes once the clipboard holds another', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<SnippetPanel request={request} connection={connection} />)
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent('Copied the curl code.'))
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code for this request' })
    expect(code).toHaveValue(await navigator.clipboard.readText())

    const changed = {
      ...request,
      to: '255713000001',
      interactive: { ...request.interactive, body: { text: 'Karibu tena' } },
    }
    rerender(<SnippetPanel request={changed} connection={connection} />)
    expect(code.value).toMatch(/^(# .*\n)*curl -X POST /)
    expect(code.value).toContain('"text": "Karibu tena"')
    expect(code.value).toContain('"to": "255713000001"')
    expect(status).toHaveTextContent('')
    // Copied again, it is said again; back to the request copied, the clipboard holds it again.
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }))
    await waitFor(() => expect(status).toHaveTextContent('Copied the curl code.'))
    expect(code).toHaveValue(await navigator.clipboard.readText())
  })

  // Undo back to the request copied said "Copied the curl code." again (and a screen reader read
  // it out) though nothing was copied: "copied" means this press copied it, once.
  it('does not say "copied" again when the request comes back to the one copied', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<SnippetPanel request={request} connection={connection} />)
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent('Copied the curl code.'))
    const edited = { ...request, interactive: { ...request.interactive, body: { text: 'Karibu tena' } } }
    rerender(<SnippetPanel request={edited} connection={connection} />)
    expect(status).toHaveTextContent('')
    rerender(<SnippetPanel request={request} connection={connection} />)
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code for this request' })
    expect(code).toHaveValue(await navigator.clipboard.readText())
    expect(status).toBeEmptyDOMElement()
  })
})
