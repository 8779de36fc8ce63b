import { createDraft, createDraftPersistence, INTERACTIVE_TYPES, localDraftStorage } from '@briq-interactive/core'
import { fireEvent, within } from '@testing-library/dom'
import { act, StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hydrationCases, PERSIST_KEY, renderCase } from './hydration-cases.tsx'
import { danglingReferences, type Hydrated, hydrateHtml } from './server-hydration.ts'

/** How the suite gets a case's server HTML: rendered without browser globals, or by Node itself. */
export type ServerHtml = (name: string) => Promise<string> | string

/** What React said while hydrating, as text: empty when the server HTML matched. */
const said = (hydrated: Hydrated) => ({
  recoverable: hydrated.recoverable.map(String),
  logged: hydrated.logged.map((args) => args.map(String).join(' ')),
})
const SILENT = { recoverable: [], logged: [] }

const storedDrafts = () => createDraftPersistence<unknown>({ key: PERSIST_KEY, storage: localDraftStorage() })

/** An earlier visit's draft (a list with its own body text), saved by core's persistence. */
function saveEarlierDraft(text: string) {
  storedDrafts().save({ ...createDraft('list'), body: { text } })
}
const savedBody = () => (storedDrafts().load()?.value as { body?: { text?: string } } | undefined)?.body?.text

/**
 * Every public component rendered on a server and hydrated in this page: no mismatch (React's
 * recoverable errors, its console errors), every label and description still pointing at an
 * element, a saved draft restored after hydration, and the composer working once hydrated.
 */
export function describeHydration(serverHtml: ServerHtml) {
  const mounted: Hydrated[] = []
  const hydrate = async (name: string) => {
    // Strict Mode, as a host's development build runs: effects mount, unmount and mount again.
    const hydrated = await hydrateHtml(await serverHtml(name), <StrictMode>{renderCase(name)}</StrictMode>)
    mounted.push(hydrated)
    return hydrated
  }
  afterEach(async () => {
    for (const hydrated of mounted.splice(0)) await hydrated.unmount()
    localStorage.clear()
    // The tab a persisted builder showed (kept for this browser tab).
    sessionStorage.clear()
  })

  describe('server HTML hydrates without a mismatch', () => {
    it.each(Object.keys(hydrationCases))('%s', async (name) => {
      const hydrated = await hydrate(name)
      expect(said(hydrated)).toEqual(SILENT)
      expect(danglingReferences(document.body)).toEqual([])
    })
  })

  describe('a draft saved on an earlier visit', () => {
    it.each([
      'composer, persisted',
      'builder parts, persisted',
      'provider in Swahili, system theme, around the kit',
      // Each type's server HTML, replaced once hydrated by the saved list.
      ...INTERACTIVE_TYPES.map((type) => `builder ${type}, persisted, Swahili, dark`),
    ])('is restored after hydrating %s, without a mismatch, and kept in storage', async (name) => {
      saveEarlierDraft('Saved on an earlier visit')
      const hydrated = await hydrate(name)
      expect(said(hydrated)).toEqual(SILENT)
      const error = vi.spyOn(console, 'error')
      const body = within(hydrated.container).getByRole('textbox', { name: /^(Body text|Maandishi ya ujumbe)$/ })
      expect(body).toHaveValue('Saved on an earlier visit')
      expect(within(hydrated.container).getByRole('combobox', { name: /^(Message type|Aina ya ujumbe)$/ })).toHaveValue(
        'list',
      )
      // Said a frame after the builder is shown (a region is read when its text changes): that
      // frame and the task after it pass inside act(), as the update they make is React's.
      await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
      await expect
        .poll(() => hydrated.container.querySelector('.bi-builder-live')?.textContent)
        .toMatch(/^(Your last draft was restored|Rasimu yako ya mwisho imerejeshwa)$/)
      expect(savedBody()).toBe('Saved on an earlier visit')
      expect(danglingReferences(document.body)).toEqual([])
      const logged = [...error.mock.calls]
      error.mockRestore()
      expect(logged).toEqual([])
    })
  })

  it('a saved draft is restored after hydrating the builder on its JSON tab, without a mismatch', async () => {
    saveEarlierDraft('Saved on an earlier visit')
    const hydrated = await hydrate('builder on the JSON tab, persisted, Swahili')
    expect(said(hydrated)).toEqual(SILENT)
    const json = within(hydrated.container).getByRole('textbox', {
      name: 'Kitu cha interactive (JSON)',
    }) as HTMLTextAreaElement
    expect(JSON.parse(json.value)).toMatchObject({ type: 'list', body: { text: 'Saved on an earlier visit' } })
    expect(danglingReferences(document.body)).toEqual([])
  })

  // The server's HTML shows the form (it knows no storage); the JSON tab left on comes back once hydrated.
  it('the JSON tab left showing comes back after hydrating, without a mismatch', async () => {
    saveEarlierDraft('Saved on an earlier visit')
    sessionStorage.setItem(`${PERSIST_KEY}:tab`, 'json')
    const hydrated = await hydrate('builder list, persisted, Swahili, dark')
    expect(said(hydrated)).toEqual(SILENT)
    const json = within(hydrated.container).getByRole('textbox', {
      name: 'Kitu cha interactive (JSON)',
    }) as HTMLTextAreaElement
    expect(JSON.parse(json.value)).toMatchObject({ type: 'list', body: { text: 'Saved on an earlier visit' } })
    expect(danglingReferences(document.body)).toEqual([])
  })

  // Saved by another version of the kit: set aside, and the notice offering it comes once hydrated.
  it('a stored entry the kit cannot read: hydrates without a mismatch, then offers it', async () => {
    localStorage.setItem(PERSIST_KEY, '{"version":99}')
    const hydrated = await hydrate('builder list, persisted, Swahili, dark')
    expect(said(hydrated)).toEqual(SILENT)
    const alert = within(hydrated.container).getByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Futa rasimu ya awali' })).toBeTruthy()
    expect(danglingReferences(document.body)).toEqual([])
  })

  // Read in the reader's zone (Dar es Salaam, UTC+3), which the server's HTML cannot know.
  it.each(['preview at a moment (a Date)', 'preview at a moment (an ISO string with a zone)'])(
    '%s: empty in server HTML, in the reader’s zone once hydrated',
    async (name) => {
      const html = await serverHtml(name)
      expect(html).not.toContain('<time')
      const hydrated = await hydrate(name)
      expect(said(hydrated)).toEqual(SILENT)
      expect(hydrated.container.querySelector('time')?.textContent).toBe('09:41')
    },
  )

  it('the hydrated composer works: typing updates the preview, Undo takes it back, Send opens the dialog', async () => {
    const hydrated = await hydrate('composer, persisted')
    const page = within(hydrated.container)
    const body = page.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
    const bubble = () => hydrated.container.querySelector('.bi-bubble[data-direction="in"] .bi-text')?.textContent
    const before = body.value
    await act(async () => {
      fireEvent.change(body, { target: { value: 'Typed after hydration' } })
    })
    expect(bubble()).toContain('Typed after hydration')
    await act(async () => {
      fireEvent.click(page.getByRole('button', { name: 'Undo' }))
    })
    expect(body.value).toBe(before)
    expect(bubble()).toContain(before)
    await act(async () => {
      fireEvent.click(page.getByRole('button', { name: 'Send' }))
    })
    const dialog = within(document.body).getByRole('dialog')
    expect(within(dialog).getByRole('textbox', { name: "Customer's WhatsApp number" })).toBeTruthy()
    expect(danglingReferences(document.body)).toEqual([])
  })

  it('the send dialog’s server-rendered trigger opens it once hydrated', async () => {
    const hydrated = await hydrate('send dialog, closed')
    expect(within(document.body).queryByRole('dialog')).toBeNull()
    await act(async () => {
      fireEvent.click(within(hydrated.container).getByRole('button', { name: 'Send on WhatsApp' }))
    })
    const dialog = within(document.body).getByRole('dialog')
    expect(within(dialog).getByRole('textbox', { name: "Customer's WhatsApp number" })).toBeTruthy()
    expect(danglingReferences(document.body)).toEqual([])
  })

  it('a send dialog open from the start shows once hydrated', async () => {
    await hydrate('send dialog, open, Swahili, dark')
    const dialog = within(document.body).getByRole('dialog')
    expect(within(dialog).getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })).toHaveValue('255712345678')
    expect(danglingReferences(document.body)).toEqual([])
  })
}
