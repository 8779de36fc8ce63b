import { createDraftPersistence, localDraftStorage } from '@briq-interactive/core'
import { within } from '@testing-library/dom'
import { act, StrictMode } from 'react'
import { afterEach, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { validFixtures } from '../../preview/fixtures.ts'
import { PERSIST_KEY, renderCase } from './hydration-cases.tsx'
import type { ServerHtml } from './hydration-suite.tsx'
import { type Hydrated, hydrateHtml } from './server-hydration.ts'

type Field = HTMLInputElement | HTMLTextAreaElement

/** Real keystrokes at `at` in `field`'s text (its end by default), as a person types there. */
async function typeAt(field: Field, keys: string, at = field.value.length) {
  field.focus()
  field.setSelectionRange(at, at)
  await userEvent.keyboard(keys)
}

/** `field`'s text and caret, and whether it has the focus. */
const shown = (field: Field | undefined) => ({
  value: field?.value,
  caret: [field?.selectionStart, field?.selectionEnd],
  focused: field !== undefined && document.activeElement === field,
})

const savedDraft = () =>
  createDraftPersistence<unknown>({ key: PERSIST_KEY, storage: localDraftStorage() }).load()?.value

/**
 * Text typed into the kit's server-rendered fields before the page's script hydrates them (real
 * keystrokes in Chromium): kept in the field with the focus and caret where they were, and taken
 * as the edit it is (the preview shows it, Undo takes it back, the draft saved has it), without a
 * mismatch.
 */
export function describeTypedBeforeHydration(serverHtml: ServerHtml) {
  const mounted: Hydrated[] = []
  const hydrate = async (name: string, type: (page: ReturnType<typeof within>) => Promise<void>) => {
    const element = <StrictMode>{renderCase(name)}</StrictMode>
    const hydrated = await hydrateHtml(await serverHtml(name), element, (container) => type(within(container)))
    mounted.push(hydrated)
    expect({ recoverable: hydrated.recoverable.map(String), logged: hydrated.logged.map(String) }).toEqual({
      recoverable: [],
      logged: [],
    })
    return hydrated
  }
  afterEach(async () => {
    for (const hydrated of mounted.splice(0)) await hydrated.unmount()
    localStorage.clear()
  })

  it('the builder’s fields keep what was typed and take it as an edit', async () => {
    let body: HTMLTextAreaElement | undefined
    let typedBody = ''
    const hydrated = await hydrate('composer, persisted', async (page) => {
      await typeAt(page.getByRole('textbox', { name: 'Footer text' }) as HTMLInputElement, 'Asante')
      body = page.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
      await typeAt(body, ' Karibu')
      typedBody = body.value
    })
    const page = within(hydrated.container)
    expect(page.getByRole('textbox', { name: 'Body text' })).toBe(body)
    expect(body?.value).toBe(typedBody)
    expect(document.activeElement).toBe(body)
    expect([body?.selectionStart, body?.selectionEnd]).toEqual([typedBody.length, typedBody.length])
    expect(page.getByRole('textbox', { name: 'Footer text' })).toHaveValue('Asante')
    const bubble = hydrated.container.querySelector('.bi-bubble[data-direction="in"]')
    expect(bubble?.textContent).toContain(typedBody)
    expect(bubble?.textContent).toContain('Asante')
    await expect.poll(savedDraft).toMatchObject({ body: { text: typedBody }, footer: { text: 'Asante' } })
    // Each field's text one step (in the form's order), as typing there after hydrating is.
    const undo = page.getByRole('button', { name: 'Undo' })
    await act(() => userEvent.click(undo))
    expect(page.getByRole('textbox', { name: 'Footer text' })).toHaveValue('')
    expect(body?.value).toBe(typedBody)
    await act(() => userEvent.click(undo))
    expect(body?.value).toBe(typedBody.slice(0, -' Karibu'.length))
  })

  it('the JSON tab keeps what was typed and takes it as the draft', async () => {
    let json: HTMLTextAreaElement | undefined
    let before: ReturnType<typeof shown> | undefined
    let server = ''
    const hydrated = await hydrate('builder on the JSON tab, persisted, Swahili', async (page) => {
      json = page.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' }) as HTMLTextAreaElement
      server = json.value
      await typeAt(json, 'Karibu ', json.value.indexOf('"text": "') + '"text": "'.length)
      before = shown(json)
    })
    const page = within(hydrated.container)
    expect(page.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })).toBe(json)
    expect(shown(json)).toEqual(before)
    expect(before?.value).not.toBe(server)
    await expect.poll(savedDraft).toEqual(JSON.parse(before?.value ?? ''))
    await act(() => userEvent.click(page.getByRole('button', { name: 'Tendua' })))
    expect(json?.value).toBe(server)
  })

  it('the send step keeps a number typed and takes it as the recipient', async () => {
    let field: HTMLInputElement | undefined
    let before: ReturnType<typeof shown> | undefined
    await hydrate('composer, Swahili, dark, inline send', async (page) => {
      field = page.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' }) as HTMLInputElement
      await typeAt(field, '{Backspace}{Backspace}{Backspace}999')
      before = shown(field)
    })
    expect(before?.value).toBe('255712345999')
    expect(shown(field)).toEqual(before)
    const note = document.getElementById(field?.getAttribute('aria-describedby') ?? '')
    expect(note).toHaveTextContent('Ujumbe utatumwa kwa +255712345999')
    // Rendered again (left: the field checks its number), it shows the send step's state: the number typed.
    await act(async () => field?.blur())
    expect(field).toHaveValue('255712345999')
  })

  it('a message type and header type picked are kept and taken as edits', async () => {
    const hydrated = await hydrate('composer, persisted', async (page) => {
      await userEvent.selectOptions(page.getByRole('combobox', { name: 'Header type' }), 'Text')
      await userEvent.selectOptions(page.getByRole('combobox', { name: 'Message type' }), 'List')
    })
    const page = within(hydrated.container)
    expect(page.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(page.getByRole('combobox', { name: 'Header type' })).toHaveValue('text')
    // The text header's own field, as picking it after hydrating shows it.
    expect(page.getByRole('textbox', { name: 'Header text' })).toBeTruthy()
    await expect.poll(savedDraft).toMatchObject({ type: 'list', header: { type: 'text' }, action: { sections: [{}] } })
  })

  it('a radio button picked is kept and taken as an edit', async () => {
    const hydrated = await hydrate('builder with an image header, persisted', async (page) => {
      await userEvent.click(page.getByRole('radio', { name: 'An uploaded media ID' }))
    })
    const page = within(hydrated.container)
    expect(page.getByRole('radio', { name: 'An uploaded media ID' })).toBeChecked()
    expect(page.getByRole('radio', { name: 'A link (URL)' })).not.toBeChecked()
    // The picked option's own field, as picking it after hydrating shows it.
    expect(page.getByRole('textbox', { name: 'Media ID' })).toBeTruthy()
    await expect.poll(savedDraft).toMatchObject({ header: { type: 'image', image: { id: '' } } })
    await act(() => userEvent.click(page.getByRole('button', { name: 'Undo' })))
    expect(page.getByRole('radio', { name: 'A link (URL)' })).toBeChecked()
    expect(page.getByRole('radio', { name: 'An uploaded media ID' })).not.toBeChecked()
    expect(page.getByRole('textbox', { name: 'Media link' })).toHaveValue(
      validFixtures.buttonImageHeader.header.image.link,
    )
  })
}
