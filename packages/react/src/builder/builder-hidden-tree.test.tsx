import { createDraft } from '@briq-interactive/core'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Activity, StrictMode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { leavingAsks, refuseSaves, withFreshStorage } from './testing/fresh-storage.ts'

// React runs a component's effects again while keeping its state: a tree hidden by <Activity>
// and shown again (a host's tabs, a router keeping the last screen), Fast Refresh after an edit,
// StrictMode's second run. The builder's draft, undo history and words must come through it.

const KEY = 'crm:hidden-tree'
const json = () => screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
const picker = () => screen.getByRole('combobox', { name: 'Message type' })
const undo = () => screen.getByRole('button', { name: 'Undo' })
const live = () => document.querySelector('.bi-builder-live') as HTMLElement
/** The JSON tab's text after each Undo, until there is nothing left to undo. */
const undoSteps = () => {
  const seen: string[] = []
  while (undo().getAttribute('aria-disabled') !== 'true' && seen.length < 20) {
    fireEvent.click(undo())
    seen.push((json() as HTMLTextAreaElement).value)
  }
  return seen
}

function Tabs({ persistKey }: { persistKey: string }) {
  const [shown, setShown] = useState(true)
  return (
    <>
      <button type="button" onClick={() => setShown((last) => !last)}>
        Other screen
      </button>
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <InteractiveBuilder persistKey={persistKey} defaultTab="json" />
      </Activity>
    </>
  )
}

const withBody = (text: string) => ({ ...createDraft('button'), body: { text } })
/** Tabs whose host holds the draft and can load a template into it while the builder is hidden. */
function ControlledTabs() {
  const [shown, setShown] = useState(true)
  const [draft, setDraft] = useState<unknown>(withBody('Before'))
  return (
    <>
      <button type="button" onClick={() => setShown((last) => !last)}>
        Other screen
      </button>
      <button type="button" onClick={() => setDraft(withBody('Given while hidden'))}>
        Load the template
      </button>
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <InteractiveBuilder persistKey={KEY} value={draft} onValueChange={setDraft} />
      </Activity>
    </>
  )
}

const body = () => screen.getByRole('textbox', { name: 'Body text' })
const hideAndShow = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
  fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
  act(() => vi.advanceTimersByTime(100))
}
/** Another tab saves `text` under the key, and the browser tells this one (unless `silent`: this builder was hidden). */
function otherTabSaves(text: string, silent = false) {
  const newValue = JSON.stringify({
    version: 1,
    value: { ...createDraft('button'), body: { text } },
    revision: 50,
    savedAt: Date.now(),
    session: 'other-tab',
  })
  localStorage.setItem(KEY, newValue)
  if (!silent) act(() => void window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue })))
}

/** The steps of a session: a list section typed, a switch to reply buttons, JSON text that does not parse. */
function edit() {
  fireEvent.change(picker(), { target: { value: 'list' } })
  fireEvent.change(screen.getByRole('textbox', { name: 'Section 1 title' }), { target: { value: 'Delivery' } })
  fireEvent.change(picker(), { target: { value: 'button' } })
  fireEvent.click(screen.getByRole('tab', { name: 'JSON' }))
  fireEvent.change(json(), { target: { value: '{ "type": "button", "body": ' } })
}

withFreshStorage()

describe('a builder whose effects run again (a hidden tree shown again)', () => {
  it('keeps its draft and undo history, adds no step and says nothing, after <Activity> hid it', () => {
    // What the same steps leave in the history of a builder never hidden.
    const plain = render(<InteractiveBuilder persistKey={`${KEY}:plain`} defaultTab="form" />)
    edit()
    const expected = undoSteps()
    plain.unmount()

    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    edit()
    act(() => vi.advanceTimersByTime(500))
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    act(() => vi.advanceTimersByTime(100))
    expect(json()).toHaveValue('{ "type": "button", "body": ')
    // Nothing was restored: the builder holds what it saved as it was hidden.
    expect(live()).toHaveTextContent('')
    // The same steps (with what the switch hid stored: a restore from it would be one more).
    expect(undoSteps()).toEqual(expected)
  })

  it('in StrictMode, restores a stored draft with unparsed text once, as where its history starts', () => {
    const first = render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    fireEvent.change(json(), { target: { value: '{ "type": "button", "body": ' } })
    first.unmount()
    render(
      <StrictMode>
        <InteractiveBuilder persistKey={KEY} defaultTab="json" />
      </StrictMode>,
    )
    act(() => vi.advanceTimersByTime(100))
    expect(json()).toHaveValue('{ "type": "button", "body": ')
    expect(live()).toHaveTextContent('Your last draft was restored')
    expect(undo()).toHaveAttribute('aria-disabled', 'true')
  })

  it("asks another tab's question again when shown, its own draft still in place, nothing set aside", () => {
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    fireEvent.change(body(), { target: { value: 'Mine' } })
    otherTabSaves('Theirs')
    const question = screen.getByRole('alert')
    expect(question).toContainElement(screen.getByRole('button', { name: 'Keep this draft' }))
    // Hidden is not closed: nothing is set aside as for a builder closed with the question open.
    hideAndShow()
    // Asked in the alert it was, not a new one a screen reader says again.
    expect(screen.getByRole('alert')).toBe(question)
    expect(body()).toHaveValue('Mine')
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(screen.queryByRole('button', { name: 'Open the earlier draft' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Keep this draft' }))
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').value.body.text).toBe('Mine')
  })

  it("takes another tab's draft saved while it was hidden when nothing was changed here, and says so", () => {
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    fireEvent.change(body(), { target: { value: 'Saved here' } })
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    // Saved as it was hidden; the other tab saves after it, and no event reaches a hidden tree's effects.
    otherTabSaves('Saved there later', true)
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    act(() => vi.advanceTimersByTime(100))
    expect(body()).toHaveValue('Saved there later')
    expect(live()).toHaveTextContent('Updated with the draft saved in another tab')
    fireEvent.click(undo())
    expect(body()).toHaveValue('Saved here')
  })

  it('a key taken away and given again restores the draft stored under it, as a key newly given', () => {
    const stored = render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.change(body(), { target: { value: 'Stored under the key' } })
    stored.unmount()
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    view.rerender(<InteractiveBuilder />)
    fireEvent.change(body(), { target: { value: 'Typed with no key' } })
    view.rerender(<InteractiveBuilder persistKey={KEY} />)
    expect(body()).toHaveValue('Stored under the key')
    fireEvent.click(undo())
    expect(body()).toHaveValue('Typed with no key')
  })

  it('saves a controlled value its host gave while it was hidden, as any change', () => {
    render(<ControlledTabs />)
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    fireEvent.click(screen.getByRole('button', { name: 'Load the template' }))
    fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))
    act(() => vi.advanceTimersByTime(500))
    expect(body()).toHaveValue('Given while hidden')
    // Not only shown: a reload restores it, not the draft before it.
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').value.body.text).toBe('Given while hidden')
    expect(live()).toHaveTextContent('')
  })

  it('still tells, shown again, of a change the browser refused to save', () => {
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    const setItem = refuseSaves()
    fireEvent.change(body(), { target: { value: 'Saved nowhere' } })
    act(() => vi.advanceTimersByTime(500))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This draft cannot be saved in this browser')
    hideAndShow()
    // The alert it was, not a new one: a screen reader says an alert as it appears, and nothing is new.
    expect(screen.getByRole('alert')).toBe(alert)
    setItem.mockRestore()
  })

  it('shown again before any change, still tells that this browser saves nothing, and asks nothing on leaving', () => {
    const setItem = refuseSaves()
    const { container } = render(<Tabs persistKey={KEY} />)
    const root = container.querySelector('.bi-builder')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('This draft cannot be saved in this browser')
    expect(root).toHaveAttribute('data-persist', 'saved')
    hideAndShow()
    expect(screen.getByRole('alert')).toBe(alert)
    // Its key was empty all along, not emptied by another tab: nothing here changed, nothing is at risk.
    expect(root).toHaveAttribute('data-persist', 'saved')
    expect(leavingAsks()).toBe(false)
    setItem.mockRestore()
  })

  it('shown again, offers an earlier draft set aside in the alert it was', () => {
    localStorage.setItem(`${KEY}:set-aside`, '{"version":1,"value":{"type":"button","body":{"text":"Half')
    render(<Tabs persistKey={KEY} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('A draft saved earlier could not be opened here')
    hideAndShow()
    expect(screen.getByRole('alert')).toBe(alert)
  })

  it("keeps the page's one alert where it was when the builder holding it is hidden and shown", () => {
    const setItem = refuseSaves()
    render(
      <>
        <Tabs persistKey={KEY} />
        <InteractiveBuilder persistKey={`${KEY}:beside`} />
      </>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The drafts on this page cannot be saved')
    hideAndShow()
    expect(screen.getByRole('alert')).toBe(alert)
    setItem.mockRestore()
  })
})

/** `beforeunload` listeners on the window now (the back/forward cache wants none when none is needed). */
const beforeUnloadListeners = () => {
  const added = vi.spyOn(window, 'addEventListener')
  const removed = vi.spyOn(window, 'removeEventListener')
  return () =>
    added.mock.calls.filter(([name]) => name === 'beforeunload').length -
    removed.mock.calls.filter(([name]) => name === 'beforeunload').length
}
const hide = () => fireEvent.click(screen.getByRole('button', { name: 'Other screen' }))

// Hidden is not closed: the builder still holds its changes, and while one is saved nowhere but
// in it, leaving the page loses it as surely as when it was shown.
describe('"Leave site?" while a builder is hidden', () => {
  it('still asks while the hidden builder holds the only copy of a change, and is off once it is saved', () => {
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    const setItem = refuseSaves()
    fireEvent.change(body(), { target: { value: 'Saved nowhere' } })
    act(() => vi.advanceTimersByTime(500))
    expect(leavingAsks()).toBe(true)
    hide()
    expect(leavingAsks()).toBe(true)
    hide()
    act(() => vi.advanceTimersByTime(100))
    expect(leavingAsks()).toBe(true)
    setItem.mockRestore()
    fireEvent.change(body(), { target: { value: 'Saved now' } })
    act(() => vi.advanceTimersByTime(500))
    expect(leavingAsks()).toBe(false)
    // Hidden with everything saved: nothing to ask about.
    hide()
    expect(leavingAsks()).toBe(false)
  })

  it('does not ask while hidden with nothing at risk, nor listen (the back/forward cache)', () => {
    const listening = beforeUnloadListeners()
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    fireEvent.change(body(), { target: { value: 'Saved' } })
    hide()
    expect(leavingAsks()).toBe(false)
    expect(listening()).toBe(0)
  })

  it('asks while hidden with the question open only when its changes could not even be set aside', () => {
    render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    fireEvent.change(body(), { target: { value: 'Mine' } })
    otherTabSaves('Theirs')
    expect(leavingAsks()).toBe(true)
    // Set aside as it was hidden (offered on the next load): kept, so nothing to ask about.
    hide()
    expect(localStorage.getItem(`${KEY}:set-aside`)).not.toBeNull()
    expect(leavingAsks()).toBe(false)
    hide()
    act(() => vi.advanceTimersByTime(100))
    expect(leavingAsks()).toBe(true)
    // The storage now refuses even that: the hidden builder holds the only copy.
    const setItem = refuseSaves()
    hide()
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(leavingAsks()).toBe(true)
    setItem.mockRestore()
  })

  it('stops asking, and listening, once the hidden builder is unmounted (nothing is held any more)', async () => {
    const listening = beforeUnloadListeners()
    const view = render(<Tabs persistKey={KEY} />)
    fireEvent.click(screen.getByRole('tab', { name: 'Form' }))
    const setItem = refuseSaves()
    fireEvent.change(body(), { target: { value: 'Saved nowhere' } })
    act(() => vi.advanceTimersByTime(500))
    hide()
    expect(leavingAsks()).toBe(true)
    view.unmount()
    await act(async () => {})
    expect(leavingAsks()).toBe(false)
    expect(listening()).toBe(0)
    setItem.mockRestore()
  })

  it('an unmounted builder (not hidden) leaves no listener behind, even with a change saved nowhere', () => {
    const listening = beforeUnloadListeners()
    const setItem = refuseSaves()
    const view = render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.change(body(), { target: { value: 'Saved nowhere' } })
    act(() => vi.advanceTimersByTime(500))
    expect(listening()).toBe(1)
    view.unmount()
    expect(listening()).toBe(0)
    expect(leavingAsks()).toBe(false)
    setItem.mockRestore()
  })
})
