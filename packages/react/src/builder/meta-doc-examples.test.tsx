import { ACCEPTED_META_DOC_EXAMPLES, META_DOC_EXAMPLES, type MetaDocExample } from '@briq-interactive/fixtures'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { captureDownloads } from './testing/capture-downloads.ts'

afterEach(() => vi.restoreAllMocks())

// The three shapes a file holds one in: the bare object, Briq's send request, Meta's whole message.
const FILE_SHAPES = {
  bare: (interactive: Record<string, unknown>) => interactive,
  'a Briq send request': (interactive: Record<string, unknown>) => ({ to: '255712345678', interactive }),
  "Meta's whole message": (interactive: Record<string, unknown>) => ({
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: '+16505551234',
    type: 'interactive',
    interactive,
  }),
  // Call button messages guide: `recipient` (a business-scoped user id) beside or instead of `to`;
  // Messages API reference: `context` quotes the message replied to.
  "Meta's whole message with recipient and context": (interactive: Record<string, unknown>) => ({
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    recipient: 'US.13491208655302741918',
    context: { message_id: 'wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA' },
    type: 'interactive',
    interactive,
  }),
}
type Shape = keyof typeof FILE_SHAPES
const shapes = Object.entries(FILE_SHAPES) as [Shape, (typeof FILE_SHAPES)[Shape]][]

// What opening each shape says: the business-scoped user id is no number to send to, and a
// builder with no send step takes no recipient.
const OPENED_NOTE: Record<Shape, string> = {
  bare: 'Opened meta.json',
  'a Briq send request': 'Opened meta.json. Left out, as the draft keeps only the interactive object: "to".',
  "Meta's whole message": 'Opened meta.json. Left out, as the draft keeps only the interactive object: "to".',
  "Meta's whole message with recipient and context":
    'Opened meta.json. Left out, as the draft keeps only the interactive object: "recipient" and "context".',
}

// Every example in every shape would be slow: each takes the next shape, opened as a file or
// pasted into the JSON tab by turns.
const cases = ACCEPTED_META_DOC_EXAMPLES.map((example, i) => {
  const [shape, wrap] = shapes[i % shapes.length] as (typeof shapes)[number]
  const how = Math.floor(i / shapes.length) % 2 === 0 ? 'opened' : 'pasted'
  return [example.name, how, shape, wrap, example] as const
})

describe("Meta's documented examples through the builder: opened, edited on the form, exported", () => {
  it.each(cases)('%s (%s as %s)', async (_name, how, shape, wrap, example: MetaDocExample) => {
    const user = userEvent.setup()
    const downloads = captureDownloads()
    const onValueChange = vi.fn()
    const { container } = render(
      <InteractiveBuilder defaultTab="json" onValueChange={onValueChange} validation={example.options} />,
    )
    const text = JSON.stringify(wrap(structuredClone(example.interactive)), null, 2)
    if (how === 'opened') {
      const input = container.querySelector('input[type="file"]') as HTMLInputElement
      await user.upload(input, new File([text], 'meta.json', { type: 'application/json' }))
      expect(await screen.findByText(OPENED_NOTE[shape], { selector: 'p' })).toBeInTheDocument()
    } else {
      fireEvent.change(screen.getByRole('textbox', { name: 'Interactive object (JSON)' }), { target: { value: text } })
      if (shape !== 'bare') {
        const problems = screen.getByRole('region', { name: 'Problems' })
        await user.click(within(problems).getByRole('button', { name: 'Keep only the "interactive" object inside it' }))
      }
    }
    expect(onValueChange).toHaveBeenLastCalledWith(example.interactive, expect.objectContaining({ ok: true }))

    // A trivial edit on the form: one character at the end of the body.
    await user.click(screen.getByRole('tab', { name: 'Form' }))
    await user.type(screen.getByRole('textbox', { name: 'Body text' }), '!')
    const body = example.interactive.body as { text: string } | undefined
    const edited = { ...structuredClone(example.interactive), body: { text: `${body?.text ?? ''}!` } }
    expect(onValueChange).toHaveBeenLastCalledWith(edited, expect.objectContaining({ ok: true }))

    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Download JSON' }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    expect(JSON.parse(await (downloads[0] as { blob: Blob }).blob.text())).toEqual(edited)
  })

  it('says when carousel cards are listed out of card_index order, and lists them as WhatsApp shows them', async () => {
    const example = META_DOC_EXAMPLES.find((e) => e.name.startsWith('media carousel, cards listed out of order'))
    if (example === undefined) throw new Error('the out-of-order carousel example is missing')
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={structuredClone(example.interactive)} onValueChange={onValueChange} />)
    const problems = screen.getByRole('region', { name: 'Problems' })
    expect(problems).toHaveTextContent('Cards are listed out of card_index order')
    // Offered where the cards are, in the form.
    await user.click(screen.getByRole('button', { name: 'List the cards in the order WhatsApp shows them' }))
    const cards = (example.interactive.action as { cards: { card_index: number }[] }).cards
    const sorted = [...cards].sort((a, b) => a.card_index - b.card_index)
    expect(onValueChange).toHaveBeenLastCalledWith(
      { ...example.interactive, action: { cards: sorted } },
      expect.objectContaining({ ok: true, warnings: [] }),
    )
  })
})
