import { createDraft } from '@briq-interactive/core'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { tabKey } from './use-persisted-tab.ts'

const KEY = 'crm:draft'
const tab = (name: 'Form' | 'JSON') => screen.getByRole('tab', { name })
const json = () => screen.queryByRole('textbox', { name: 'Interactive object (JSON)' })
/** A reload: the builder goes, and comes back with the same key. */
const reload = (element: React.ReactElement) => {
  cleanup()
  return render(element)
}

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})
afterEach(() => vi.restoreAllMocks())

describe('persistKey: a reload comes back to the tab that was showing', () => {
  it('the JSON tab, with the draft; then the form once it was left there', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.click(tab('JSON'))
    fireEvent.change(json() as HTMLElement, {
      target: { value: JSON.stringify({ ...createDraft('button'), body: { text: 'Karibu tena' } }) },
    })
    reload(<InteractiveBuilder persistKey={KEY} />)
    expect(tab('JSON')).toHaveAttribute('aria-selected', 'true')
    expect((json() as HTMLTextAreaElement).value).toContain('Karibu tena')

    fireEvent.click(tab('Form'))
    reload(<InteractiveBuilder persistKey={KEY} />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue('Karibu tena')
  })

  it("is this browser tab's: kept in its session, not beside the draft another tab reads", () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.click(tab('JSON'))
    expect(sessionStorage.getItem(tabKey(KEY))).toBe('json')
    expect(Object.keys(localStorage)).not.toContain(tabKey(KEY))
  })

  it('tells the host of the tab it came back to, and leaves a controlled tab alone', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.click(tab('JSON'))
    const onTabChange = vi.fn()
    reload(<InteractiveBuilder persistKey={KEY} onTabChange={onTabChange} />)
    expect(onTabChange).toHaveBeenCalledWith('json')

    reload(<InteractiveBuilder persistKey={KEY} tab="form" onTabChange={() => {}} />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
    // Nor is the stored tab written over by the host's: a builder left uncontrolled still finds it.
    reload(<InteractiveBuilder persistKey={KEY} />)
    expect(tab('JSON')).toHaveAttribute('aria-selected', 'true')
  })

  it('where the host opens it on the JSON tab, the form left showing comes back', () => {
    render(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    fireEvent.click(tab('Form'))
    reload(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
    fireEvent.click(tab('JSON'))
    reload(<InteractiveBuilder persistKey={KEY} defaultTab="json" />)
    expect(tab('JSON')).toHaveAttribute('aria-selected', 'true')
  })

  it('another key, or none, opens on the form', () => {
    render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.click(tab('JSON'))
    reload(<InteractiveBuilder persistKey="crm:other" />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
    reload(<InteractiveBuilder />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
  })

  it('a storage that refuses (blocked) leaves the builder working, on the form after a reload', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    render(<InteractiveBuilder persistKey={KEY} />)
    fireEvent.click(tab('JSON'))
    expect(json()).toBeInTheDocument()
    reload(<InteractiveBuilder persistKey={KEY} />)
    expect(tab('Form')).toHaveAttribute('aria-selected', 'true')
  })
})
