import { createDraft } from '@briq-interactive/core'
import { cleanup, render } from '@testing-library/react'
import { Suspense, use, useLayoutEffect, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { leavingAsks, refuseSaves } from './testing/fresh-storage.ts'

// A ticket screen whose sidebar loads the customer's orders inside the same <Suspense> as the
// builder: when the sidebar suspends again (another customer picked without a transition),
// React hides the revealed builder and runs its layout effects' cleanup, and shows it again
// once the orders came, its state kept.

const KEY = 'browser:suspense-draft'
const body = page.getByRole('textbox', { name: 'Body text' })
const live = () => document.querySelector('.bi-builder-live') as HTMLElement

/** Orders that come when the test says so. */
function orders() {
  let arrive: () => void = () => {}
  const coming = new Promise<void>((resolve) => {
    arrive = resolve
  })
  return { coming, arrive }
}

/** Resolves `hidden` when React hides the tree the probe is in (`onHide` goes to `HideProbe`). */
function hiding() {
  let onHide: () => void = () => {}
  const hidden = new Promise<void>((resolve) => {
    onHide = resolve
  })
  return { hidden, onHide }
}

// After the builder in the tree React hides: hiding cleans up its layout effect after the
// builder's, so the builder's cleanups have run once `onHide` is called.
function HideProbe({ onHide }: { onHide: () => void }) {
  useLayoutEffect(() => onHide, [onHide])
  return null
}

const NOTHING = () => {}

function Orders({ coming }: { coming: Promise<void> | undefined }) {
  if (coming !== undefined) use(coming)
  return <p>Orders</p>
}

function Ticket({ coming, onHide = NOTHING }: { coming: Promise<void>; onHide?: () => void }) {
  const [customer, setCustomer] = useState<'first' | 'second'>('first')
  return (
    <>
      <button type="button" onClick={() => setCustomer('second')}>
        Next customer
      </button>
      <Suspense fallback={<p>Loading orders</p>}>
        <Orders coming={customer === 'second' ? coming : undefined} />
        <InteractiveBuilder persistKey={KEY} />
        <HideProbe onHide={onHide} />
      </Suspense>
    </>
  )
}

/** The ticket, its builder's saves refused by the browser, and how to hide it and show it again. */
function ticketRefusingSaves() {
  const { coming, arrive } = orders()
  const { hidden, onHide } = hiding()
  render(<Ticket coming={coming} onHide={onHide} />)
  refuseSaves()
  return { arrive, hidden }
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('a builder in a <Suspense> whose sibling suspends again', () => {
  it('comes back with its draft and undo history, says nothing, and keeps the question another tab asked', async () => {
    const { coming, arrive } = orders()
    render(<Ticket coming={coming} />)
    await userEvent.fill(body, 'Mine, typed here')
    // Another tab saves while this one has changes of its own: the question is asked.
    const newValue = JSON.stringify({
      version: 1,
      value: { ...createDraft('button'), body: { text: 'Theirs' } },
      revision: 40,
      savedAt: Date.now(),
      session: 'other-tab',
    })
    localStorage.setItem(KEY, newValue)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue }))
    await expect.element(page.getByRole('button', { name: 'Keep this draft' })).toBeVisible()
    const question = page.getByRole('alert').element()
    await userEvent.click(page.getByRole('button', { name: 'Next customer' }))
    await expect.element(page.getByText('Loading orders')).toBeVisible()
    arrive()
    await expect.element(page.getByText('Orders', { exact: true })).toBeVisible()
    await expect.element(body).toHaveValue('Mine, typed here')
    await expect.element(page.getByRole('button', { name: 'Keep this draft' })).toBeVisible()
    // Asked in the alert it was: a new one would be said again, though nothing is new.
    expect(page.getByRole('alert').element()).toBe(question)
    expect(localStorage.getItem(`${KEY}:set-aside`)).toBeNull()
    expect(live().textContent).toBe('')
    await userEvent.click(page.getByRole('button', { name: 'Keep this draft' }))
    await userEvent.click(page.getByRole('button', { name: 'Undo' }))
    await expect.element(body).not.toHaveValue('Mine, typed here')
  })

  it('shows the refused-save alert it showed before, not a new one a screen reader says again', async () => {
    const { arrive, hidden } = ticketRefusingSaves()
    await userEvent.fill(body, 'Only in this page')
    const alert = page.getByRole('alert')
    await expect.element(alert).toMatchTextContent(/^This draft cannot be saved in this browser/)
    const shown = alert.element()
    await userEvent.click(page.getByRole('button', { name: 'Next customer' }))
    await expect.element(page.getByText('Loading orders')).toBeVisible()
    // Hidden, the builder's layout effects cleaned up, before showing it again (React renders what
    // those cleanups changed only as it shows the tree again, so no wait would add to this).
    await hidden
    arrive()
    await expect.element(page.getByText('Orders', { exact: true })).toBeVisible()
    await expect.element(alert).toBeVisible()
    expect(alert.element()).toBe(shown)
  })

  it('still has the browser ask before leaving while hidden with a change saved nowhere else', async () => {
    const { arrive, hidden } = ticketRefusingSaves()
    await userEvent.fill(body, 'Only in this page')
    await expect.element(page.getByRole('alert')).toMatchTextContent(/^This draft cannot be saved in this browser/)
    expect(leavingAsks()).toBe(true)
    await userEvent.click(page.getByRole('button', { name: 'Next customer' }))
    await expect.element(page.getByText('Loading orders')).toBeVisible()
    // Hidden, the builder's layout effects cleaned up, before asking (React renders what
    // those cleanups changed only as it shows the tree again, so no wait would add to this).
    await hidden
    expect(leavingAsks()).toBe(true)
    arrive()
    await expect.element(body).toHaveValue('Only in this page')
    expect(leavingAsks()).toBe(true)
    // Unmounted: it holds nothing any more, and nothing listens.
    cleanup()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(leavingAsks()).toBe(false)
  })
})
