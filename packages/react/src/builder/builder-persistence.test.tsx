import { createDraft } from '@briq-interactive/core'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { liveWords } from '../testing/live-words.ts'
import { Builder } from './builder.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { captureDownloads } from './testing/capture-downloads.ts'
import { leavingAsks, refuseSaves, withFreshStorage } from './testing/fresh-storage.ts'

const KEY = 'crm:draft'
const body = () => screen.getByRole('textbox', { name: 'Body text' })
const type = (text: string) => fireEvent.change(body(), { target: { value: text } })
const stored = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { revision: number; value: { body: { text: string } } }

/** What another tab's save looks like in storage (core's createDraftPersistence format). */
function otherTabSaves(text: string, revision: number): string {
  const value = JSON.stringify({
    version: 1,
    value: { ...createDraft('button'), body: { text } },
    revision,
    savedAt: new Date('2026-03-02T10:15:00').getTime(),
    session: 'other-tab',
  })
  localStorage.setItem(KEY, value)
  return value
}
/** What the builder last said to screen readers (its live region). */
const announced = () => document.querySelector('.bi-builder-live') as HTMLElement
const pageTransition = (name: 'pagehide' | 'pageshow', persisted: boolean) =>
  act(() => {
    window.dispatchEvent(Object.assign(new Event(name), { persisted }))
  })
const storageEvent = (newValue: string) =>
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue }))
  })

/** Two builders of one page with the key, the first of which can be closed (unmounted) alone. */
const twoBuilders = (closing: boolean, locale?: 'sw') => (
  <>
    {closing ? <InteractiveBuilder persistKey={KEY} locale={locale} /> : null}
    <InteractiveBuilder persistKey={KEY} locale={locale} />
  </>
)

/** A campaign's row and the side panel editing it: the host gives both builders its one draft. */
function OneDraftTwoBuilders() {
  const [draft, setDraft] = useState<unknown>(createDraft('button'))
  return (
    <>
      <InteractiveBuilder persistKey={KEY} value={draft} onValueChange={setDraft} />
      <InteractiveBuilder persistKey={KEY} value={draft} onValueChange={setDraft} />
    </>
  )
}

withFreshStorage()

describe('persistKey', () => {
  it('keeps text that does not parse across a reload: the JSON tab’s and a JSON field’s, with their errors', () => {
    const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const broken = '{\n  "type": "button",\n  "body": {'
    const first = render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    const second = render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    expect(json()).toHaveValue(broken)
    expect(json()).toHaveAttribute('aria-invalid', 'true')
    expect(json()).toHaveAccessibleDescription(/^Error: The message is not valid JSON at line 3, column 12/)
    second.unmount()
    localStorage.clear()

    const data = () => screen.getByRole('textbox', { name: 'Screen data (JSON)' })
    const third = render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('flow')} />)
    fireEvent.change(data(), { target: { value: '{"a": ' } })
    act(() => vi.advanceTimersByTime(500))
    third.unmount()
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('flow')} />)
    expect(data()).toHaveValue('{"a": ')
    expect(data()).toHaveAccessibleDescription(/^Error: Screen data is not valid JSON at line 1, column 7/)
    act(() => vi.advanceTimersByTime(40))
    expect(screen.getByText('Your last draft was restored')).toBeInTheDocument()
  })

  it('saves after a pause and restores the draft on reload', () => {
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    type('Saved for later')
    expect(stored().value.body.text).not.toBe('Saved for later')
    act(() => vi.advanceTimersByTime(500))
    expect(stored().value.body.text).toBe('Saved for later')
    first.unmount()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder persistKey={KEY} onValueChange={onValueChange} />)
    expect(body()).toHaveValue('Saved for later')
    act(() => vi.advanceTimersByTime(40))
    expect(screen.getByText('Your last draft was restored')).toBeInTheDocument()
    expect(onValueChange).toHaveBeenCalledWith(
      expect.objectContaining({ body: { text: 'Saved for later' } }),
      expect.anything(),
    )
  })

  it('keeps the ids that follow their titles following after a reload, and those typed by hand kept', () => {
    const field = (name: string) => screen.getByRole('textbox', { name })
    const edit = (name: string, value: string) => fireEvent.change(field(name), { target: { value } })
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    edit('Button 1 title', 'Yes')
    edit('Button 2 ID', 'no-thanks')
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(field('Button 1 ID')).toHaveValue('yes')
    edit('Button 1 title', 'Yes please')
    expect(field('Button 1 ID')).toHaveValue('yes-please')
    expect(field('Button 1 ID')).toHaveAccessibleDescription(/Made from the title unless you type your own/)
    edit('Button 2 title', 'Not now')
    expect(field('Button 2 ID')).toHaveValue('no-thanks')
  })

  it('keeps what a type switch hid across a reload: switching back brings the sections and rows back', () => {
    const picker = () => screen.getByRole('combobox', { name: 'Message type' })
    const field = (name: string) => screen.getByRole('textbox', { name })
    const first = render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('list')} />)
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }))
    fireEvent.change(field('Section 2 title'), { target: { value: 'Delivery' } })
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Row 1 description' })[0] as HTMLElement, {
      target: { value: 'Where it is now' },
    })
    fireEvent.change(picker(), { target: { value: 'button' } })
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('list')} />)
    expect(picker()).toHaveValue('button')
    fireEvent.change(picker(), { target: { value: 'list' } })
    expect(field('Section 2 title')).toHaveValue('Delivery')
    expect(screen.getAllByRole('textbox', { name: 'Row 1 description' })[0]).toHaveValue('Where it is now')
  })

  it('keeps what a type switch hid across a reload when the draft is back to the one it started from', () => {
    const picker = () => screen.getByRole('combobox', { name: 'Message type' })
    const first = render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('button')} />)
    fireEvent.change(picker(), { target: { value: 'list' } })
    fireEvent.change(screen.getByRole('textbox', { name: 'Section 1 title' }), { target: { value: 'Delivery' } })
    fireEvent.change(picker(), { target: { value: 'button' } })
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('button')} />)
    fireEvent.change(picker(), { target: { value: 'list' } })
    expect(screen.getByRole('textbox', { name: 'Section 1 title' })).toHaveValue('Delivery')
  })

  it("takes along which ids follow in another tab's draft it adopts", () => {
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('button')} />)
    const value = { ...createDraft('button'), body: { text: 'From the other tab' } }
    const theirs = {
      version: 1,
      value,
      revision: 9,
      savedAt: 1,
      session: 'other-tab',
      following: [['action', 'buttons', 1]],
    }
    localStorage.setItem(KEY, JSON.stringify(theirs))
    storageEvent(JSON.stringify(theirs))
    fireEvent.change(screen.getByRole('textbox', { name: 'Button 2 title' }), { target: { value: 'Later' } })
    expect(screen.getByRole('textbox', { name: 'Button 2 ID' })).toHaveValue('later')
    fireEvent.change(screen.getByRole('textbox', { name: 'Button 1 title' }), { target: { value: 'Sure' } })
    expect(screen.getByRole('textbox', { name: 'Button 1 ID' })).toHaveValue('yes-confirm')
  })

  it('keeps every id of a draft saved before the kit saved which ids follow', () => {
    const value = { ...createDraft('button'), body: { text: 'Saved long ago' } }
    localStorage.setItem(KEY, JSON.stringify({ version: 1, value, revision: 3, savedAt: 1, session: 'old-kit' }))
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Saved long ago')
    fireEvent.change(screen.getByRole('textbox', { name: 'Button 1 title' }), { target: { value: 'Yes' } })
    expect(screen.getByRole('textbox', { name: 'Button 1 ID' })).toHaveValue('yes-confirm')
  })

  it('says a restored draft once, after the empty live region was shown, and leaves no stale text', () => {
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    type('Saved for later')
    act(() => vi.advanceTimersByTime(500))
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    const live = () => document.querySelector('.bi-builder-live') as HTMLElement
    expect(body()).toHaveValue('Saved for later')
    // A live region is read when its text changes, not when it is added with its text: the notice
    // comes once the empty region has been shown, a frame later.
    expect(live().textContent).toBe('')
    act(() => vi.advanceTimersByTime(40))
    expect(live().textContent).toBe('Your last draft was restored')
    // Then it goes: a screen reader reading the page later finds no stale notice.
    act(() => vi.advanceTimersByTime(7000))
    expect(liveWords(live())).toBe('')
    // A later announcement is said alone.
    fireEvent.click(screen.getByRole('button', { name: 'Add button' }))
    expect(live().textContent).toBe('Button 3 added')
  })

  it('saves at once when the page is hidden or the builder goes away', () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    type('Typed just before closing')
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(stored().value.body.text).toBe('Typed just before closing')
    type('And once more')
    view.unmount()
    expect(stored().value.body.text).toBe('And once more')
  })

  it('names the day of another tab’s draft saved on an earlier day, in the builder’s language', () => {
    vi.setSystemTime(new Date('2026-03-04T09:00:00'))
    render(<InteractiveBuilder persistKey={KEY} locale="sw" />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }), { target: { value: 'Yangu' } })
    storageEvent(otherTabSaves('Yao', 5))
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Rasimu hii ilibadilishwa pia kwenye kichupo kingine \(\S+, 2 Mac saa 10:15\)\./,
    )
  })

  it('says the time on the clock of the tag the builder was given (en-US: 10:15 AM)', () => {
    vi.setSystemTime(new Date('2026-03-02T11:00:00'))
    render(<InteractiveBuilder persistKey={KEY} locale="en-US" />)
    type('Mine, not saved yet')
    storageEvent(otherTabSaves('Theirs', 5))
    expect(screen.getByRole('alert').textContent).toContain('another tab (10:15\u00a0AM today)')
  })

  it('rewords "10:15 today" with its date once midnight passes while the question is open', () => {
    vi.setSystemTime(new Date('2026-03-02T23:59:30'))
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, not saved yet')
    storageEvent(otherTabSaves('Theirs', 5))
    expect(screen.getByRole('alert')).toHaveTextContent('another tab (10:15 today)')
    act(() => vi.advanceTimersByTime(60_000))
    expect(screen.getByRole('alert')).toHaveTextContent('another tab (Mon 2 Mar, 10:15)')
  })

  it("takes another tab's newer draft when this tab has nothing unsaved, and says so", () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    storageEvent(otherTabSaves('From the other tab', 5))
    expect(body()).toHaveValue('From the other tab')
    expect(screen.getByText('Updated with the draft saved in another tab')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it("takes another tab's typing, saved at each of its pauses, as one undo step: this tab's own steps stay", () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    act(() => vi.advanceTimersByTime(2000))
    // Past the history's hundred steps: each save a step, "Mine" could not be undone back to.
    for (let save = 1; save <= 120; save += 1) {
      storageEvent(otherTabSaves(`Theirs ${save}`, 10 + save))
      act(() => vi.advanceTimersByTime(2000))
    }
    expect(body()).toHaveValue('Theirs 120')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(body()).toHaveValue('Mine')
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }))
    expect(body()).toHaveValue('Theirs 120')
  })

  it("says once that it took another tab's typing, not at each of its saves; again after a change here", () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    const said = () => liveWords(announced())
    storageEvent(otherTabSaves('Ha', 10))
    act(() => vi.advanceTimersByTime(100))
    expect(said()).toBe('Updated with the draft saved in another tab')
    // Said and gone; the same typing saved again there (one undo step here) is not news again.
    act(() => vi.advanceTimersByTime(8000))
    storageEvent(otherTabSaves('Habari', 11))
    act(() => vi.advanceTimersByTime(100))
    expect(body()).toHaveValue('Habari')
    expect(said()).toBe('')
    // After a change here, their next save is news again.
    type('Habari yako')
    act(() => vi.advanceTimersByTime(8000))
    storageEvent(otherTabSaves('Habari zenu', 20))
    act(() => vi.advanceTimersByTime(100))
    expect(body()).toHaveValue('Habari zenu')
    expect(said()).toBe('Updated with the draft saved in another tab')
  })

  it('says while another tab goes on saving that its draft replaced JSON text here; one undo brings the text back', () => {
    const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const broken = '{"type": "button", "body": {'
    render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: broken } })
    // Saved with the text: nothing is unsaved here, so the other tab's saves are taken as they come.
    act(() => vi.advanceTimersByTime(1000))
    for (const [text, revision] of [
      ['Ha', 10],
      ['Habari', 11],
    ] as const) {
      storageEvent(otherTabSaves(text, revision))
      act(() => vi.advanceTimersByTime(2000))
    }
    expect(JSON.parse((json() as HTMLTextAreaElement).value).body).toEqual({ text: 'Habari' })
    expect(json()).toHaveAccessibleDescription(
      'A new draft replaced the JSON text the form could not use. Undo brings it back.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(json()).toHaveValue(broken)
  })

  it("never overwrites another tab's newer draft silently: it asks, and keeping mine saves mine", () => {
    vi.setSystemTime(new Date('2026-03-02T11:00:00'))
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, not saved yet')
    storageEvent(otherTabSaves('Theirs', 5))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      'This draft was also changed in another tab (10:15 today). Which one do you want to keep?',
    )
    expect(body()).toHaveValue('Mine, not saved yet')
    // While asking, nothing is written over theirs.
    act(() => vi.advanceTimersByTime(1000))
    expect(stored().value.body.text).toBe('Theirs')
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep this draft' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(stored().value.body.text).toBe('Mine, not saved yet')
    expect(stored().revision).toBeGreaterThan(5)
  })

  it.each(['Keep this draft', 'Use the other tab’s draft'])(
    '"%s" by keyboard gives focus back to the field it came from, not to the page, as the question goes',
    (choice) => {
      render(<InteractiveBuilder persistKey={KEY} />)
      type('Mine, not saved yet')
      storageEvent(otherTabSaves('Theirs', 5))
      const answer = within(screen.getByRole('alert')).getByRole('button', { name: choice })
      // Shift+Tab from the body text to the question (focus moves; the field is relatedTarget).
      body().focus()
      answer.focus()
      fireEvent.click(answer)
      expect(screen.queryByRole('alert')).toBeNull()
      expect(body()).toHaveFocus()
    },
  )

  // A host's layout of parts with no type picker and no issue summary: the answer's button goes,
  // and focus must land in the builder (its first control), not on the page, in any language.
  it.each([
    ['en', 'Keep this draft', 'Body text'],
    ['en', 'Use the other tab’s draft', 'Body text'],
    ['sw', 'Baki na rasimu hii', 'Maandishi ya ujumbe'],
  ] as const)(
    'a layout without the type picker or the summary: "%s %s" by keyboard keeps focus in the builder',
    (locale, choice, bodyName) => {
      render(
        <>
          <button type="button">Host toolbar</button>
          <Builder.Root persistKey={KEY} locale={locale}>
            <Builder.DraftConflict />
            <Builder.Body />
            <Builder.Action />
          </Builder.Root>
        </>,
      )
      fireEvent.change(screen.getByRole('textbox', { name: bodyName }), { target: { value: 'Mine' } })
      storageEvent(otherTabSaves('Theirs', 5))
      // Tab from the host's toolbar, before the builder, to the question: it came from outside.
      screen.getByRole('button', { name: 'Host toolbar' }).focus()
      const answer = within(screen.getByRole('alert')).getByRole('button', { name: choice })
      answer.focus()
      fireEvent.click(answer)
      expect(screen.queryByRole('alert')).toBeNull()
      expect(screen.getByRole('textbox', { name: bodyName })).toHaveFocus()
    },
  )

  it('a layout without the type picker or the summary: discarding an earlier draft keeps focus in the builder', () => {
    localStorage.setItem(`${KEY}:set-aside`, '{"version":1,"value":{"type":"button","body":{"text":"Half')
    render(
      <Builder.Root persistKey={KEY} defaultTab="json">
        <Builder.TabList />
        <Builder.DraftStorageNotice />
        <Builder.FormPanel>
          <Builder.Body />
        </Builder.FormPanel>
        <Builder.JsonPanel>
          <Builder.JsonEditor />
        </Builder.JsonPanel>
      </Builder.Root>,
    )
    const discard = screen.getByRole('button', { name: 'Discard the earlier draft' })
    discard.focus()
    fireEvent.click(discard)
    expect(screen.queryByRole('alert')).toBeNull()
    // The first of the draft's controls shown: the Form panel is not, the JSON text is.
    expect(document.activeElement).not.toBe(document.body)
    expect(screen.getByRole('textbox', { name: 'Interactive object (JSON)' })).toHaveFocus()
  })

  it('an answer clicked without taking focus (Safari, Firefox on a Mac) leaves focus where it is', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, not saved yet')
    storageEvent(otherTabSaves('Theirs', 5))
    body().focus()
    // Those browsers focus no button on a click: focus stays in the field typed in.
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep this draft' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(body()).toHaveFocus()
  })

  it('has the browser ask before the page is left while the question is open (its changes are not saved)', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    expect(leavingAsks()).toBe(false)
    storageEvent(otherTabSaves('Theirs', 5))
    type('Mine, and more')
    expect(leavingAsks()).toBe(true)
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep this draft' }))
    expect(leavingAsks()).toBe(false)
  })

  it('a builder closed with the question open (a route change: no beforeunload) sets its changes aside; the next mount offers them', async () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, never saved')
    storageEvent(otherTabSaves('Theirs', 5))
    type('Mine, never saved, and more')
    view.unmount()
    // The other tab's draft is still the stored one: it is not overwritten either.
    expect(stored().value.body.text).toBe('Theirs')
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Theirs')
    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent(
      'Changes to this draft were set aside, not deleted: their editor was closed before you chose which draft to keep.',
    )
    vi.useRealTimers()
    const downloaded = captureDownloads()
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Download the earlier draft' }))
    expect(JSON.parse((await downloaded[0]?.blob.text()) ?? '')).toMatchObject({
      body: { text: 'Mine, never saved, and more' },
    })
  })

  it('opens changes set aside back in the builder, in place of the draft, as one undoable step', () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, never saved')
    storageEvent(otherTabSaves('Theirs', 5))
    fireEvent.change(screen.getByRole('combobox', { name: 'Message type' }), { target: { value: 'list' } })
    view.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Theirs')
    act(() => vi.advanceTimersByTime(40))
    const open = within(screen.getByRole('alert')).getByRole('button', { name: 'Open the earlier draft' })
    open.focus()
    fireEvent.click(open)
    expect(body()).toHaveValue('Mine, never saved')
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    // Saved in its place, so it is no longer set aside: the notice goes, focus stays in the builder.
    expect(stored().value.body.text).toBe('Mine, never saved')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveFocus()
    act(() => vi.advanceTimersByTime(40))
    expect(announced()).toHaveTextContent(
      'The earlier draft was opened in place of this one. Undo brings this one back.',
    )
    // What the builder kept out of sight came with it: back to reply buttons, its buttons return.
    fireEvent.change(screen.getByRole('combobox', { name: 'Message type' }), { target: { value: 'button' } })
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Yes, confirm')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(body()).toHaveValue('Theirs')
  })

  it('opens another version’s draft set aside (in Swahili too), never a damaged one', () => {
    const earlier = { ...createDraft('list'), body: { text: 'Saved by a newer version' } }
    localStorage.setItem(KEY, JSON.stringify({ version: 2, value: earlier, revision: 4, savedAt: 1, session: 'new' }))
    const view = render(<InteractiveBuilder persistKey={KEY} locale="sw" />)
    act(() => vi.advanceTimersByTime(40))
    fireEvent.click(screen.getByRole('button', { name: 'Fungua rasimu ya awali' }))
    expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toHaveValue('Saved by a newer version')
    act(() => vi.advanceTimersByTime(40))
    expect(announced()).toHaveTextContent('Rasimu ya awali imefunguliwa badala ya hii. Tendua huirudisha hii.')
    view.unmount()
    localStorage.clear()
    localStorage.setItem(`${KEY}:set-aside`, '{"version":1,"value":{"type":"button","body":{"text":"Half of it')
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(screen.getByRole('button', { name: 'Download the earlier draft' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Open the earlier draft' })).toBeNull()
  })

  it('keeps a draft it opened set aside while another tab’s question is open (nothing saved yet)', () => {
    localStorage.setItem(
      `${KEY}:set-aside`,
      JSON.stringify({
        version: 1,
        value: { ...createDraft('button'), body: { text: 'Aside' } },
        revision: 1,
        savedAt: 1,
        session: 'x',
      }),
    )
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    storageEvent(otherTabSaves('Theirs', 5))
    fireEvent.click(screen.getByRole('button', { name: 'Open the earlier draft' }))
    expect(body()).toHaveValue('Aside')
    expect(stored().value.body.text).toBe('Theirs')
    expect(localStorage.getItem(`${KEY}:set-aside`)).not.toBeNull()
    // "Keep this draft" saves it in its place: then it is no longer set aside.
    fireEvent.click(screen.getByRole('button', { name: 'Keep this draft' }))
    expect(stored().value.body.text).toBe('Aside')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps a draft it opened set aside when the other tab’s draft is taken in its place', () => {
    const aside = JSON.stringify({
      version: 1,
      value: { ...createDraft('button'), body: { text: 'Aside' } },
      revision: 1,
      savedAt: 1,
      session: 'x',
    })
    localStorage.setItem(`${KEY}:set-aside`, aside)
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    storageEvent(otherTabSaves('Theirs', 5))
    fireEvent.click(screen.getByRole('button', { name: 'Open the earlier draft' }))
    fireEvent.click(screen.getByRole('button', { name: 'Use the other tab’s draft' }))
    expect(body()).toHaveValue('Theirs')
    type('Theirs, edited')
    act(() => vi.advanceTimersByTime(500))
    expect(stored().value.body.text).toBe('Theirs, edited')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(aside)
  })

  it('a builder closed with the question open while its JSON text did not parse offers that text back', async () => {
    const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const typed = '{\n  "type": "button",\n  "body": {"text": "Mine, half typed'
    const view = render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    const mine = { ...createDraft('button'), body: { text: 'Mine' } }
    fireEvent.change(json(), { target: { value: JSON.stringify(mine) } })
    storageEvent(otherTabSaves('Theirs', 5))
    fireEvent.change(json(), { target: { value: typed } })
    view.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    vi.useRealTimers()
    const downloaded = captureDownloads()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the earlier draft' }))
    expect(await downloaded[0]?.blob.text()).toBe(typed)
  })

  it('a page left with the question open (after "Leave site?") sets its changes aside once', () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, never saved')
    storageEvent(otherTabSaves('Theirs', 5))
    pageTransition('pagehide', false)
    expect(JSON.parse(localStorage.getItem(`${KEY}:set-aside`) ?? 'null')?.value.body.text).toBe('Mine, never saved')
    view.unmount()
    expect(localStorage.getItem(`${KEY}:set-aside:2`)).toBeNull()
    expect(stored().value.body.text).toBe('Theirs')
  })

  // The browser may drop a page it keeps for back/forward unannounced (its time there ends, its
  // tab is closed): what it set aside as it was left stays for the next load, unless it comes back.
  it('a page kept for back/forward with the question open sets its changes aside, taken back if it comes back', () => {
    const aside = () => JSON.parse(localStorage.getItem(`${KEY}:set-aside`) ?? 'null')?.value.body.text
    render(<InteractiveBuilder persistKey={KEY} locale="sw" />)
    const question = () => screen.getByText(/^Rasimu hii ilibadilishwa pia kwenye kichupo kingine/)
    fireEvent.change(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }), { target: { value: 'Yangu' } })
    storageEvent(otherTabSaves('Yao', 5))
    pageTransition('pagehide', true)
    expect(aside()).toBe('Yangu')
    pageTransition('pageshow', true)
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(question()).toBeInTheDocument()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    // Left again and dropped by the browser: the next load offers them.
    pageTransition('pagehide', true)
    cleanup()
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Yao')
    expect(aside()).toBe('Yangu')
    expect(screen.getByRole('alert').textContent).toMatch(/^Changes to this draft were set aside, not deleted/)
  })

  // A mobile OS may kill a hidden tab without `pagehide`: hidden is the last event sure to come
  // (https://developer.chrome.com/docs/web-platform/page-lifecycle-api).
  describe('a tab hidden with the question open', () => {
    const aside = () => JSON.parse(localStorage.getItem(`${KEY}:set-aside`) ?? 'null')?.value.body.text
    const question = () => screen.queryByText(/^This draft was also changed in another tab/)
    const visibility = (state: 'hidden' | 'visible') => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'))
      })
    }
    const asking = () => {
      render(<InteractiveBuilder persistKey={KEY} />)
      type('Mine, never saved')
      storageEvent(otherTabSaves('Theirs', 5))
      expect(question()).toBeInTheDocument()
    }

    it('sets its changes aside: killed while hidden, the next load offers them', () => {
      asking()
      visibility('hidden')
      expect(aside()).toBe('Mine, never saved')
      cleanup()
      render(<InteractiveBuilder persistKey={KEY} />)
      expect(body()).toHaveValue('Theirs')
      expect(aside()).toBe('Mine, never saved')
      expect(screen.getByRole('alert').textContent).toMatch(/^Changes to this draft were set aside, not deleted/)
    })

    it('takes them back when shown again: storage as before, the question still open', () => {
      asking()
      const before = { ...localStorage }
      visibility('hidden')
      expect(aside()).toBe('Mine, never saved')
      visibility('visible')
      expect({ ...localStorage }).toEqual(before)
      expect(question()).toBeInTheDocument()
      expect(body()).toHaveValue('Mine, never saved')
      expect(screen.getAllByRole('alert')).toHaveLength(1)
    })

    it('is set aside once, whichever of hidden and pagehide comes first, and nothing is left behind on return', () => {
      asking()
      const before = { ...localStorage }
      for (const [first, then] of [
        [() => visibility('hidden'), () => pageTransition('pagehide', true)],
        [() => pageTransition('pagehide', true), () => visibility('hidden')],
      ] as const) {
        first()
        expect(aside()).toBe('Mine, never saved')
        then()
        expect(localStorage.getItem(`${KEY}:set-aside:2`)).toBeNull()
        pageTransition('pageshow', true)
        visibility('visible')
        expect({ ...localStorage }).toEqual(before)
        expect(question()).toBeInTheDocument()
      }
      // Hidden, then closed: still one.
      visibility('hidden')
      expect(aside()).toBe('Mine, never saved')
      pageTransition('pagehide', false)
      expect(aside()).toBe('Mine, never saved')
      expect(localStorage.getItem(`${KEY}:set-aside:2`)).toBeNull()
    })

    it('sets nothing aside without a question open', () => {
      render(<InteractiveBuilder persistKey={KEY} />)
      type('Mine')
      visibility('hidden')
      expect(stored().value.body.text).toBe('Mine')
      expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
      visibility('visible')
      expect(stored().value.body.text).toBe('Mine')
    })
  })

  it('a builder closed with the question open never writes over a draft already set aside, and a builder still open offers its changes', () => {
    const future = JSON.stringify({ version: 2, value: createDraft('list'), revision: 4, savedAt: 1, session: 'new' })
    localStorage.setItem(`${KEY}:set-aside`, future)
    const page = (closing: boolean) => twoBuilders(closing, 'sw')
    const view = render(page(true))
    const [closing] = screen.getAllByRole('textbox', { name: 'Maandishi ya ujumbe' })
    fireEvent.change(closing as HTMLElement, { target: { value: 'Yangu' } })
    storageEvent(otherTabSaves('Yao', 5))
    view.rerender(page(false))
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(future)
    const discard = () => screen.getByRole('button', { name: 'Futa rasimu ya awali' })
    expect(screen.getByRole('alert').textContent).toMatch(/^Rasimu iliyohifadhiwa awali haikuweza kufunguliwa hapa/)
    fireEvent.click(discard())
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Mabadiliko ya rasimu hii yamewekwa kando, hayajafutwa: kihariri chake kilifungwa kabla hujachagua rasimu ya kubaki nayo.',
    )
    fireEvent.click(discard())
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('a builder of the same page still open offers at once the changes of one closed with the question open', () => {
    const page = (closing: boolean) => twoBuilders(closing)
    const view = render(page(true))
    const [closing] = screen.getAllByRole('textbox', { name: 'Body text' })
    fireEvent.change(closing as HTMLElement, { target: { value: 'Mine' } })
    storageEvent(otherTabSaves('Theirs', 5))
    view.rerender(page(false))
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Changes to this draft were set aside, not deleted: their editor was closed/,
    )
  })

  it('a builder closed with no question open sets nothing aside', () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    storageEvent(otherTabSaves('Theirs', 5))
    type('Mine')
    view.unmount()
    expect(stored().value.body.text).toBe('Mine')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
  })

  it('offers at once a newer version’s draft that "Keep this draft" found in its place and set aside', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    storageEvent(otherTabSaves('Theirs', 5))
    // While asking, a tab of another version of the page saves a draft this one cannot read.
    const future = JSON.stringify({
      version: 2,
      value: createDraft('list'),
      revision: 6,
      savedAt: 1,
      session: 'new-kit',
    })
    localStorage.setItem(KEY, future)
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep this draft' }))
    expect(stored().value.body.text).toBe('Mine')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(future)
    expect(screen.getByRole('button', { name: 'Download the earlier draft' })).toBeInTheDocument()
  })

  it('asks on save too, and using theirs replaces the draft as an undoable step', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    otherTabSaves('Theirs, saved meanwhile', 3)
    type('Mine')
    act(() => vi.advanceTimersByTime(500))
    expect(stored().value.body.text).toBe('Theirs, saved meanwhile')
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Use the other tab’s draft' }))
    expect(body()).toHaveValue('Theirs, saved meanwhile')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(body()).toHaveValue('Mine')
  })

  it('a persistKey given or changed on a mounted builder restores its draft as an undoable step: an unsaved draft is not lost', () => {
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, never saved: the other tab’s question is open')
    storageEvent(otherTabSaves('Theirs', 5))
    localStorage.setItem(
      'crm:customer-2',
      JSON.stringify({
        version: 1,
        value: { ...createDraft('button'), body: { text: 'Customer 2’s draft' } },
        revision: 1,
        savedAt: 1,
        session: 'earlier',
      }),
    )
    view.rerender(<InteractiveBuilder persistKey="crm:customer-2" />)
    expect(body()).toHaveValue('Customer 2’s draft')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(body()).toHaveValue('Mine, never saved: the other tab’s question is open')
    view.unmount()
    // And a key given only after the person typed (a customer picked later).
    const later = render(<InteractiveBuilder />)
    type('Typed before the key was given')
    later.rerender(<InteractiveBuilder persistKey="crm:customer-2" />)
    expect(body()).not.toHaveValue('Typed before the key was given')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(body()).toHaveValue('Typed before the key was given')
  })

  it('a change the browser refused to save stays at risk when a key is given or changed: it still asks before leaving', () => {
    const setItem = refuseSaves()
    const { container, rerender } = render(<InteractiveBuilder persistKey={KEY} />)
    type('Only in this page')
    act(() => vi.advanceTimersByTime(500))
    expect(leavingAsks()).toBe(true)
    // Another customer picked: nothing stored under its key, the draft shown is refused there too.
    rerender(<InteractiveBuilder persistKey="crm:customer-2" />)
    expect(body()).toHaveValue('Only in this page')
    expect(container.firstElementChild).toHaveAttribute('data-persist', 'unsaved')
    expect(leavingAsks()).toBe(true)
    // Typed before any key was given, then refused under the key given: as much at risk.
    rerender(<InteractiveBuilder />)
    type('Typed before the key was given')
    rerender(<InteractiveBuilder persistKey="crm:customer-3" />)
    expect(container.firstElementChild).toHaveAttribute('data-persist', 'unsaved')
    expect(leavingAsks()).toBe(true)
    setItem.mockRestore()
  })

  it('two builders on one page with the same persistKey follow each other as two tabs do, the page none the wiser', () => {
    // The host's own `storage` listener hears other tabs only, never the kit's talk within the page.
    const heard: (string | null)[] = []
    const hostListener = (event: StorageEvent) => heard.push(event.key)
    window.addEventListener('storage', hostListener)
    onTestFinished(() => window.removeEventListener('storage', hostListener))
    render(
      <>
        <InteractiveBuilder persistKey={KEY} />
        <InteractiveBuilder persistKey={KEY} />
      </>,
    )
    const [first, second] = screen.getAllByRole('textbox', { name: 'Body text' })
    if (!first || !second) throw new Error('two builders expected')
    fireEvent.change(first, { target: { value: 'Typed in the first' } })
    act(() => vi.advanceTimersByTime(500))
    // Nothing typed in the second: it takes the first's draft, asks nothing, and says nothing (the
    // person typed it, on this page: "saved in another tab" at each pause would be noise, and wrong).
    expect(second).toHaveValue('Typed in the first')
    expect(screen.queryByRole('alert')).toBeNull()
    act(() => vi.advanceTimersByTime(100))
    expect([...document.querySelectorAll('.bi-builder-live')].map(liveWords)).toEqual(['', ''])
    fireEvent.change(second, { target: { value: 'Then in the second' } })
    act(() => vi.advanceTimersByTime(500))
    expect(first).toHaveValue('Then in the second')
    // Both typed before either saved: the one saving second is asked, neither draft is lost.
    fireEvent.change(first, { target: { value: 'First, again' } })
    fireEvent.change(second, { target: { value: 'Second, again' } })
    act(() => vi.advanceTimersByTime(500))
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(first).toHaveValue('First, again')
    expect(second).toHaveValue('Second, again')
    // Asked as what it is: the other draft is this page's other editor's, not another tab's.
    expect(screen.getByRole('alert').textContent).toMatch(
      /^This draft was also changed in another editor on this page \(.+\)\. Which one do you want to keep\?/,
    )
    expect(screen.queryByRole('button', { name: 'Use the other tab’s draft' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Use the other editor’s draft' }))
    expect(first).toHaveValue('First, again')
    expect(second).toHaveValue('First, again')
    expect(heard).toEqual([])
  })

  // A row's editor and a side panel with the key, and another tab: the untouched one takes the
  // other tab's draft; saved again as its own, it would reword the question open in the other.
  it('a same-page builder that took another tab’s draft leaves the other’s question about that tab', () => {
    vi.setSystemTime(new Date('2026-03-02T11:00:00'))
    render(twoBuilders(true))
    const [first, second] = screen.getAllByRole('textbox', { name: 'Body text' })
    if (!first || !second) throw new Error('two builders expected')
    const revisions: number[] = []
    const setItem = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key === KEY) revisions.push(JSON.parse(value).revision)
      setItem.call(this, key, value)
    })
    fireEvent.change(second, { target: { value: 'Mine, in the panel' } })
    storageEvent(otherTabSaves('Theirs', 5))
    act(() => vi.advanceTimersByTime(1000))
    expect(first).toHaveValue('Theirs')
    expect(screen.getByRole('alert').textContent).toContain('changed in another tab (10:15 today)')
    expect(screen.getByRole('button', { name: 'Use the other tab’s draft' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Use the other tab’s draft' }))
    act(() => vi.advanceTimersByTime(1000))
    expect(second).toHaveValue('Theirs')
    // Neither saved the other tab's draft again: it is stored as it was.
    expect(revisions.filter((revision) => revision > 5)).toEqual([])
    expect(document.querySelectorAll('[data-persist="saved"]')).toHaveLength(2)
  })

  // Both take the draft; a screen reader reads both live regions, so it is said by one.
  it('two builders of one page with the key say once that they took another tab’s draft', () => {
    render(twoBuilders(true))
    const said = () => [...document.querySelectorAll('.bi-builder-live')].map(liveWords)
    storageEvent(otherTabSaves('Theirs', 5))
    act(() => vi.advanceTimersByTime(100))
    expect(
      screen.getAllByRole('textbox', { name: 'Body text' }).map((box) => (box as HTMLTextAreaElement).value),
    ).toEqual(['Theirs', 'Theirs'])
    expect(said()).toEqual(['Updated with the draft saved in another tab', ''])
    // Said and gone; back from the back/forward cache, another tab's later draft is said once too.
    act(() => vi.advanceTimersByTime(8000))
    otherTabSaves('Theirs, later', 6)
    pageTransition('pageshow', true)
    act(() => vi.advanceTimersByTime(100))
    expect(screen.getAllByRole('textbox', { name: 'Body text' })[1]).toHaveValue('Theirs, later')
    expect(said()).toEqual(['Updated with the draft saved in another tab', ''])
  })

  it('two builders of one page with the same persistKey and one controlled draft ask nothing', () => {
    render(<OneDraftTwoBuilders />)
    const [first, second] = screen.getAllByRole('textbox', { name: 'Body text' })
    if (!first || !second) throw new Error('two builders expected')
    // Both hold each change unsaved: the first to save tells the other what it holds already.
    for (const text of ['T', 'Ty', 'Typed in the row']) {
      fireEvent.change(first, { target: { value: text } })
      act(() => vi.advanceTimersByTime(150))
    }
    act(() => vi.advanceTimersByTime(1000))
    expect(second).toHaveValue('Typed in the row')
    fireEvent.change(second, { target: { value: 'Then in the panel' } })
    act(() => vi.advanceTimersByTime(1000))
    expect(first).toHaveValue('Then in the panel')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(stored().value.body.text).toBe('Then in the panel')
    expect(document.querySelectorAll('[data-persist="saved"]')).toHaveLength(2)
  })

  it('restores no stored value that is not a draft (it is set aside), and ignores other keys', () => {
    const junk = '{"version":1,"value":"junk","revision":1,"savedAt":1,"session":"x"}'
    localStorage.setItem(KEY, junk)
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('list')} />)
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(junk)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' }))
    })
    expect(screen.queryByText(/also changed in another tab/)).toBeNull()
  })

  // Core judges an event by what its own storage holds, so another storage's event could only
  // have the builder read its draft, set-aside drafts and, for a clear, write one back for nothing.
  it('hears only its own storage: a sessionStorage change under the same key is not even read', () => {
    onTestFinished(() => sessionStorage.clear())
    render(<InteractiveBuilder persistKey={KEY} />)
    const mine = localStorage.getItem(KEY) ?? ''
    const theirs = otherTabSaves('Only in sessionStorage', 5)
    localStorage.setItem(KEY, mine)
    sessionStorage.setItem(KEY, theirs)
    const read = vi.spyOn(Storage.prototype, 'getItem')
    for (const key of [KEY, null]) {
      act(() => {
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: sessionStorage }))
      })
    }
    expect(read.mock.contexts.filter((storage) => storage === localStorage)).toHaveLength(0)
    expect(body()).not.toHaveValue('Only in sessionStorage')
  })

  it('tells once, as an alert, when the browser refuses to save (storage full); the draft stays; a save that works again ends it', () => {
    const setItem = refuseSaves()
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Typed while the storage is full')
    act(() => vi.advanceTimersByTime(500))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      'This draft cannot be saved in this browser (its storage is full or turned off), so reloading the page would lose it. It stays here while the page is open: use Download JSON on the JSON tab to keep a copy.',
    )
    // More typing, more refused saves: the same alert stays, none added (said once, not per keystroke).
    for (const text of ['a', 'ab', 'abc']) {
      type(text)
      act(() => vi.advanceTimersByTime(500))
    }
    expect(screen.getAllByRole('alert')).toEqual([alert])
    expect(body()).toHaveValue('abc')
    setItem.mockRestore()
    type('Room again')
    act(() => vi.advanceTimersByTime(500))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(stored().value.body.text).toBe('Room again')
  })

  // A full or blocked storage refuses every builder of the page at once: one alert each said
  // the same sentence as many times, none telling which builder it was.
  it('many builders refused at once raise one alert for the page, worded for them all', () => {
    refuseSaves()
    const { rerender } = render(
      ['a', 'b', 'c'].map((key) => (
        <div key={key} data-testid={key}>
          <InteractiveBuilder persistKey={`${KEY}:${key}`} />
        </div>
      )),
    )
    for (const key of ['a', 'b', 'c']) {
      const field = within(screen.getByTestId(key)).getByRole('textbox', { name: 'Body text' })
      fireEvent.change(field, { target: { value: `Typed in ${key}` } })
    }
    act(() => vi.advanceTimersByTime(500))
    const alert = screen.getByRole('alert')
    expect(screen.getByTestId('a')).toContainElement(alert)
    expect(alert).toHaveTextContent(
      'The drafts on this page cannot be saved in this browser (its storage is full or turned off), so reloading the page would lose them: this one and each other one showing this note. They stay here while the page is open: use Download JSON on each one’s JSON tab to keep a copy.',
    )
    for (const key of ['b', 'c'])
      expect(
        within(screen.getByTestId(key)).getByText(/^This draft cannot be saved in this browser/),
      ).not.toHaveAttribute('role')
    // The page's alert gone with its builder, the next builder refused says it, for itself alone.
    rerender(
      <div data-testid="c">
        <InteractiveBuilder persistKey={`${KEY}:c`} />
      </div>,
    )
    expect(screen.getByRole('alert').textContent).toMatch(/^This draft cannot be saved in this browser/)
    expect(screen.getByTestId('c')).toContainElement(screen.getByRole('alert'))
  })

  it('has the browser ask before the page is left while a change could not be saved', () => {
    const setItem = refuseSaves()
    render(<InteractiveBuilder persistKey={KEY} />)
    // Nothing typed yet: nothing to lose, no question. Nor once back from the back/forward cache
    // or after another tab's clear: the key was empty all along, nothing of this page's removed.
    expect(leavingAsks()).toBe(false)
    pageTransition('pageshow', true)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    })
    expect(leavingAsks()).toBe(false)
    type('Only in this page')
    act(() => vi.advanceTimersByTime(500))
    expect(leavingAsks()).toBe(true)
    setItem.mockRestore()
    type('Saved now')
    act(() => vi.advanceTimersByTime(500))
    expect(leavingAsks()).toBe(false)
  })

  it('tells a host whether its changes are kept: data-persist and onPersistStateChange', () => {
    const told = vi.fn()
    const { container } = render(<InteractiveBuilder persistKey={KEY} onPersistStateChange={told} />)
    const root = container.firstElementChild
    expect(root).toHaveAttribute('data-persist', 'saved')
    type('Mine')
    storageEvent(otherTabSaves('Theirs', 5))
    expect(root).toHaveAttribute('data-persist', 'conflict')
    expect(told).toHaveBeenLastCalledWith('conflict')
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep this draft' }))
    expect(root).toHaveAttribute('data-persist', 'saved')
    const setItem = refuseSaves()
    type('Only in this page')
    act(() => vi.advanceTimersByTime(500))
    expect(root).toHaveAttribute('data-persist', 'unsaved')
    setItem.mockRestore()
    type('Saved now')
    act(() => vi.advanceTimersByTime(500))
    expect(told.mock.calls).toEqual([['conflict'], ['saved'], ['unsaved'], ['saved']])
    // Without persistKey there is nothing to tell.
    const plain = render(<InteractiveBuilder />)
    expect(plain.container.firstElementChild).not.toHaveAttribute('data-persist')
  })

  it('listens for beforeunload only while a change is not kept, so the page can enter the back/forward cache', () => {
    const added = vi.spyOn(window, 'addEventListener')
    const removed = vi.spyOn(window, 'removeEventListener')
    const listening = () =>
      added.mock.calls.filter(([name]) => name === 'beforeunload').length -
      removed.mock.calls.filter(([name]) => name === 'beforeunload').length
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine')
    act(() => vi.advanceTimersByTime(500))
    expect(listening()).toBe(0)
    type('Mine, and more')
    storageEvent(otherTabSaves('Theirs', 5))
    expect(listening()).toBe(1)
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Use the other tab’s draft' }))
    expect(listening()).toBe(0)
  })

  it('shown again from the back/forward cache, reads what another tab saved meanwhile (no storage event came)', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    otherTabSaves('Saved while this page was away', 5)
    act(() => {
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }))
    })
    expect(body()).not.toHaveValue('Saved while this page was away')
    act(() => {
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }))
    })
    expect(body()).toHaveValue('Saved while this page was away')
  })

  it('saves its draft again when another tab clears the storage or removes the draft: a reload still restores it', () => {
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    type('Kept through a clear')
    act(() => vi.advanceTimersByTime(500))
    // Another tab's script clears the whole storage (a `storage` event with no key)…
    localStorage.clear()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    })
    expect(stored().value.body.text).toBe('Kept through a clear')
    // …or removes the draft while this page waits in the back/forward cache (no event comes).
    pageTransition('pagehide', true)
    localStorage.removeItem(KEY)
    pageTransition('pageshow', true)
    expect(stored().value.body.text).toBe('Kept through a clear')
    expect(first.container.firstElementChild).toHaveAttribute('data-persist', 'saved')
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Kept through a clear')
  })

  it('saves the other tab’s draft taken after a clear while the question was open: a reload restores it', () => {
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    type('Mine, unsaved')
    storageEvent(otherTabSaves('Theirs, taken', 9))
    expect(first.container.firstElementChild).toHaveAttribute('data-persist', 'conflict')
    // That tab's own script clears the storage (it hears no event of it, so saves nothing again).
    localStorage.clear()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    })
    fireEvent.click(screen.getByRole('button', { name: 'Use the other tab’s draft' }))
    expect(first.container.firstElementChild).toHaveAttribute('data-persist', 'saved')
    expect(stored().value.body.text).toBe('Theirs, taken')
    first.unmount()
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Theirs, taken')
  })

  it('sets aside a stored list or single value instead of restoring it as the draft', () => {
    const list = '{"version":1,"value":[{"type":"button"}],"revision":1,"savedAt":1,"session":"x"}'
    localStorage.setItem(KEY, list)
    render(<InteractiveBuilder persistKey={KEY} defaultValue={createDraft('list')} />)
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(list)
  })

  it('says so in Swahili when storage cannot even be read (cookies blocked: SecurityError)', () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    try {
      render(<InteractiveBuilder persistKey={KEY} locale="sw" />)
      expect(screen.getByRole('alert').textContent).toMatch(
        /^Rasimu hii haiwezi kuhifadhiwa kwenye kivinjari hiki .* bonyeza Pakua JSON kwenye kichupo cha JSON ili kuweka nakala\.$/,
      )
      expect(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })).toBeInTheDocument()
    } finally {
      if (own) Object.defineProperty(globalThis, 'localStorage', own)
    }
  })

  it('sets aside a draft another version saved (never saves over it) and offers to download or discard it', async () => {
    vi.useRealTimers()
    const user = userEvent.setup()
    const downloaded = captureDownloads()
    const earlier = { ...createDraft('list'), body: { text: 'Saved by a newer version' } }
    const future = JSON.stringify({ version: 2, value: earlier, revision: 4, savedAt: 1, session: 'new-kit' })
    localStorage.setItem(KEY, future)
    const first = render(<InteractiveBuilder persistKey={KEY} />)
    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent(
      'A draft saved earlier could not be opened here (it was saved by another version of this page, or is damaged). It was set aside, not deleted.',
    )
    type('Typed in this version')
    first.unmount()
    expect(stored().value.body.text).toBe('Typed in this version')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(future)
    // Offered again on the next load, until it is discarded.
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Typed in this version')
    await user.click(screen.getByRole('button', { name: 'Download the earlier draft' }))
    expect(downloaded[0]?.name).toBe('interactive-earlier-draft.json')
    expect(JSON.parse((await downloaded[0]?.blob.text()) ?? '')).toEqual(earlier)
    body().focus()
    await user.click(screen.getByRole('button', { name: 'Discard the earlier draft' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    // The notice went with its focused button: focus is back where it came from, not on the page.
    expect(body()).toHaveFocus()
  })

  it('keeps focus on Discard while a next earlier draft takes the notice’s place', () => {
    const damaged = '{"version":1,"value":{"type":"button","body":{"text":"Half of it'
    localStorage.setItem(`${KEY}:set-aside`, damaged)
    localStorage.setItem(`${KEY}:set-aside:2`, `${damaged} too`)
    render(<InteractiveBuilder persistKey={KEY} />)
    const discard = screen.getByRole('button', { name: 'Discard the earlier draft' })
    body().focus()
    discard.focus()
    fireEvent.click(discard)
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    // The next one is offered by the same notice: its Discard stays, and so does focus.
    expect(screen.getByRole('button', { name: 'Discard the earlier draft' })).toHaveFocus()
    fireEvent.click(screen.getByRole('button', { name: 'Discard the earlier draft' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(body()).toHaveFocus()
  })

  it('discards the earlier draft it shows, not the next one, when another tab discarded it first', () => {
    const damaged = '{"version":1,"value":{"type":"button","body":{"text":"Half of it'
    localStorage.setItem(`${KEY}:set-aside`, damaged)
    localStorage.setItem(`${KEY}:set-aside:2`, `${damaged} too`)
    render(<InteractiveBuilder persistKey={KEY} />)
    // Another tab discards the one shown; its storage event has not arrived yet.
    localStorage.removeItem(`${KEY}:set-aside`)
    fireEvent.click(screen.getByRole('button', { name: 'Discard the earlier draft' }))
    expect(localStorage.getItem(`${KEY}:set-aside:2`)).toBe(`${damaged} too`)
    expect(screen.getByRole('button', { name: 'Discard the earlier draft' })).toBeInTheDocument()
  })

  it('an earlier draft discarded in one builder, or in another tab, is offered by no other', () => {
    const future = JSON.stringify({ version: 2, value: createDraft('list'), revision: 4, savedAt: 1, session: 'new' })
    localStorage.setItem(KEY, future)
    render(
      <>
        <InteractiveBuilder persistKey={KEY} />
        <InteractiveBuilder persistKey={KEY} />
      </>,
    )
    const discards = () => screen.queryAllByRole('button', { name: 'Discard the earlier draft' })
    expect(discards()).toHaveLength(2)
    fireEvent.click(discards()[0] as HTMLElement)
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    // The other builder's Download would save a draft that no longer exists.
    expect(discards()).toHaveLength(0)

    // Set aside again (a save found another version's draft), then discarded in another tab.
    localStorage.setItem(KEY, future)
    const [first] = screen.getAllByRole('textbox', { name: 'Body text' })
    fireEvent.change(first as HTMLElement, { target: { value: 'Typed here' } })
    act(() => vi.advanceTimersByTime(500))
    expect(discards()).toHaveLength(2)
    localStorage.removeItem(`${KEY}:set-aside`)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: `${KEY}:set-aside`, newValue: null }))
    })
    expect(discards()).toHaveLength(0)
  })

  it('still offers an earlier draft set aside after another tab’s script clears the storage', () => {
    const newer = JSON.stringify({ version: 2, value: { type: 'button', body: { text: 'Saved by a newer version' } } })
    localStorage.setItem(KEY, newer)
    render(<InteractiveBuilder persistKey={KEY} />)
    expect(screen.getByRole('button', { name: 'Discard the earlier draft' })).toBeInTheDocument()
    localStorage.clear()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }))
    })
    expect(screen.getByRole('button', { name: 'Discard the earlier draft' })).toBeInTheDocument()
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(newer)
    // Discarded in another tab (its key removed alone): gone here too.
    localStorage.removeItem(`${KEY}:set-aside`)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: `${KEY}:set-aside`, newValue: null }))
    })
    expect(screen.queryByRole('button', { name: 'Discard the earlier draft' })).toBeNull()
  })

  it('still offers an earlier draft set aside after a clear while the page was in the back/forward cache', () => {
    const newer = JSON.stringify({ version: 2, value: { type: 'button', body: { text: 'Saved by a newer version' } } })
    localStorage.setItem(KEY, newer)
    render(<InteractiveBuilder persistKey={KEY} />)
    type('Kept through a clear')
    act(() => vi.advanceTimersByTime(500))
    pageTransition('pagehide', true)
    localStorage.clear()
    pageTransition('pageshow', true)
    expect(screen.getByRole('button', { name: 'Discard the earlier draft' })).toBeInTheDocument()
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBe(newer)
    expect(stored().value.body.text).toBe('Kept through a clear')
    // Discarded in another tab meanwhile (its key removed alone, the draft stays): gone here too.
    pageTransition('pagehide', true)
    localStorage.removeItem(`${KEY}:set-aside`)
    pageTransition('pageshow', true)
    expect(screen.queryByRole('button', { name: 'Discard the earlier draft' })).toBeNull()
  })

  it('downloads a damaged earlier draft as it was stored', async () => {
    vi.useRealTimers()
    const user = userEvent.setup()
    const downloads = captureDownloads()
    const damaged = '{"version":1,"value":{"type":"button","body":{"text":"Half of it'
    localStorage.setItem(KEY, damaged)
    render(<InteractiveBuilder persistKey={KEY} locale="sw" />)
    await user.click(screen.getByRole('button', { name: 'Pakua rasimu ya awali' }))
    expect(await downloads[0]?.blob.text()).toBe(damaged)
  })
})
