import { createDraft } from '@briq-interactive/core'
import { render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { Builder } from './builder.ts'
import { renderBuilder } from './testing/browser-builder.tsx'

const KEY = 'browser:storage-draft'
const body = page.getByRole('textbox', { name: 'Body text' })
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null')?.value?.body?.text as string | undefined
const leavePage = () => window.dispatchEvent(new Event('pagehide'))

/** Another browsing context of this origin (as another tab is): its writes reach this window as real `storage` events. */
function otherContext(): Window {
  const frame = document.createElement('iframe')
  document.body.append(frame)
  if (!frame.contentWindow) throw new Error('no iframe window')
  return frame.contentWindow
}
const saveIn = (other: Window, text: string, revision: number) =>
  other.localStorage.setItem(
    KEY,
    JSON.stringify({
      version: 1,
      value: { ...createDraft('button'), body: { text } },
      revision,
      savedAt: Date.now(),
      session: 'other-tab',
    }),
  )

beforeEach(() => localStorage.clear())
afterEach(() => {
  vi.restoreAllMocks()
  for (const frame of document.querySelectorAll('iframe')) frame.remove()
  localStorage.clear()
})

describe('persistKey with Chromium’s own localStorage', () => {
  it('another context’s save, as a real storage event: taken when nothing changed here, asked about when it did', async () => {
    renderBuilder({ persistKey: KEY })
    const other = otherContext()
    saveIn(other, 'Theirs, first', 5)
    await expect.element(body).toHaveValue('Theirs, first')
    await userEvent.fill(body, 'Mine, typed here')
    saveIn(other, 'Theirs, again', 9)
    const alert = page.getByRole('alert')
    await expect.element(alert).toMatchTextContent(/also changed in another tab/)
    await expect.element(body).toHaveValue('Mine, typed here')
    // Leaving while asked saves nothing over theirs.
    leavePage()
    expect(stored()).toBe('Theirs, again')
    await userEvent.click(alert.getByRole('button', { name: 'Keep this draft' }))
    expect(stored()).toBe('Mine, typed here')
  })

  it('another context clears the storage (a real storage event with no key): the draft shown is saved again', async () => {
    renderBuilder({ persistKey: KEY })
    await userEvent.fill(body, 'Mine, through a clear')
    await expect.poll(stored).toBe('Mine, through a clear')
    otherContext().localStorage.clear()
    await expect.poll(stored).toBe('Mine, through a clear')
    await expect.element(body).toHaveValue('Mine, through a clear')
  })

  // A host's layout of parts with no type picker and no issue summary: the question's button goes
  // with the answer, and focus must land on the builder's first control, never on the page.
  for (const [locale, choice, bodyName] of [
    ['en', 'Use the other tab’s draft', 'Body text'],
    ['sw', 'Baki na rasimu hii', 'Maandishi ya ujumbe'],
  ] as const) {
    it(`a layout without picker or summary: "${choice}" by keyboard keeps focus in the builder (${locale})`, async () => {
      render(
        <>
          <button type="button">Host toolbar</button>
          <Builder.Root persistKey={KEY} locale={locale} className="bi-test-root">
            <Builder.DraftConflict />
            <Builder.Body />
          </Builder.Root>
        </>,
      )
      const field = page.getByRole('textbox', { name: bodyName })
      await userEvent.fill(field, 'Mine, typed here')
      saveIn(otherContext(), 'Theirs', 9)
      const alert = page.getByRole('alert')
      await expect.element(alert).toBeVisible()
      // From the host's toolbar, before the builder, Tab reaches the question's buttons first.
      ;(page.getByRole('button', { name: 'Host toolbar' }).element() as HTMLElement).focus()
      await userEvent.keyboard('{Tab}')
      for (let tabs = 0; tabs < 5 && document.activeElement?.textContent !== choice; tabs++) {
        await userEvent.keyboard('{Tab}')
      }
      await expect.element(alert.getByRole('button', { name: choice })).toHaveFocus()
      await userEvent.keyboard('{Enter}')
      await expect.element(alert).not.toBeInTheDocument()
      await expect.element(field).toHaveFocus()
    })
  }

  it('an earlier draft set aside opens back by keyboard, said in the live region, and Undo brings the other back', async () => {
    const aside = { ...createDraft('list'), body: { text: 'Set aside earlier' } }
    localStorage.setItem(
      `${KEY}:set-aside`,
      JSON.stringify({ version: 1, value: aside, revision: 2, savedAt: 1, session: 'closed-tab' }),
    )
    render(
      <>
        <button type="button">Host toolbar</button>
        <Builder.Root persistKey={KEY} className="bi-test-root">
          <Builder.DraftStorageNotice />
          <Builder.TypePicker />
          <Builder.Body />
          <Builder.History />
        </Builder.Root>
      </>,
    )
    await userEvent.fill(body, 'Typed here')
    const alert = page.getByRole('alert')
    const open = alert.getByRole('button', { name: 'Open the earlier draft' })
    ;(page.getByRole('button', { name: 'Host toolbar' }).element() as HTMLElement).focus()
    await userEvent.keyboard('{Tab}')
    await expect.element(open).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(body).toHaveValue('Set aside earlier')
    await expect.element(alert).not.toBeInTheDocument()
    await expect.element(page.getByRole('combobox', { name: 'Message type' })).toHaveFocus()
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('The earlier draft was opened in place of this one. Undo brings this one back.')
    expect(stored()).toBe('Set aside earlier')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    await userEvent.click(page.getByRole('button', { name: 'Undo' }))
    await expect.element(body).toHaveValue('Typed here')
  })

  it('a full storage (a real QuotaExceededError) is said once, the draft stays, and saving resumes once there is room', async () => {
    // Fill this origin's localStorage to the last character, as a page that stores much would.
    const fillers: string[] = []
    let size = 1024 * 1024
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${fillers.length}`, 'x'.repeat(size))
        fillers.push(`filler-${fillers.length}`)
      } catch (error) {
        if (!(error instanceof DOMException) || error.name !== 'QuotaExceededError') throw error
        size = Math.floor(size / 2)
      }
    }
    const first = renderBuilder({ persistKey: KEY })
    await userEvent.fill(body, 'Typed while the storage is full')
    leavePage()
    const alert = page.getByRole('alert')
    await expect.element(alert).toMatchTextContent(/^This draft cannot be saved in this browser/)
    const shown = alert.element()
    await userEvent.fill(body, 'Still typing')
    leavePage()
    // The same alert, not one more per refused save.
    expect(page.getByRole('alert').elements()).toEqual([shown])
    await expect.element(body).toHaveValue('Still typing')
    for (const key of fillers) localStorage.removeItem(key)
    await userEvent.fill(body, 'Saved at last')
    leavePage()
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
    first.unmount()
    renderBuilder({ persistKey: KEY })
    await expect.element(body).toHaveValue('Saved at last')
  })

  it('axe finds nothing with every notice shown: a set-aside draft, a refused save, another tab’s question (light and dark)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      localStorage.setItem(KEY, JSON.stringify({ version: 2, value: {}, revision: 3, savedAt: 1, session: 'new-kit' }))
      const { root, unmount } = renderBuilder({ persistKey: KEY, theme })
      const setItem = Storage.prototype.setItem
      const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
        if (key === KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        setItem.call(this, key, value)
      })
      await userEvent.fill(body, 'Mine')
      leavePage()
      saveIn(otherContext(), 'Theirs', 9)
      await expect.poll(() => page.getByRole('alert').elements().length).toBe(3)
      const report = await axeReport(root)
      expect(report.violations).toEqual([])
      expect(report.contrastUnmeasured).toEqual([])
      refuse.mockRestore()
      unmount()
      localStorage.clear()
    }
  })
})
