import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { within } from '@testing-library/dom'
import type { ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { editorFrame, kitStyle } from '../testing/editor-frame.ts'

// Rendered by the test itself, outside Testing Library: updates come from real events.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

let root: Root | undefined
afterEach(() => {
  vi.useRealTimers()
  root?.unmount()
  root = undefined
  document.querySelector('iframe')?.remove()
})

/**
 * `element` rendered from this page into an iframe's document (an editor's canvas,
 * react-frame-component): one React, two windows, so the frame's elements are not this window's
 * `HTMLElement`s. Inside a host `<form>` of the frame (a ticket with its Save button), whose
 * submits are counted.
 */
function inFrame(element: ReactElement) {
  const frameDocument = editorFrame()
  frameDocument.head.append(kitStyle(frameDocument))
  const form = frameDocument.createElement('form')
  const submits = vi.fn((event: Event) => event.preventDefault())
  form.addEventListener('submit', submits)
  const place = frameDocument.createElement('div')
  const save = frameDocument.createElement('button')
  save.textContent = 'Save ticket'
  form.append(place, save)
  frameDocument.body.append(form)
  root = createRoot(place)
  root.render(element)
  return { frameDocument, page: within(frameDocument.body), submits }
}

const LIST = INTERACTIVE_EXAMPLES.list as never

describe('the builder rendered into an iframe’s document from the host’s page (Chromium)', () => {
  it('Ctrl+Z undoes typing in the message; in the recipient it leaves the message as it is', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const { client } = createMockClient()
    const { page } = inFrame(
      <InteractiveComposer client={client} defaultValue={LIST} sendMode="inline" defaultTo={FIXTURE_PHONES.open} />,
    )
    const body = (await page.findByRole('textbox', { name: 'Body text' })) as HTMLTextAreaElement
    const before = body.value
    body.focus()
    await userEvent.keyboard('{End} more')
    await expect.poll(() => body.value).toBe(`${before} more`)
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.poll(() => body.value).toBe(before)
    await userEvent.keyboard(' again')
    await expect.poll(() => body.value).toBe(`${before} again`)
    const recipient = page.getByRole('textbox', { name: "Customer's WhatsApp number" })
    recipient.focus()
    await userEvent.keyboard('{End}9{Control>}z{/Control}')
    // Give a wrong undo the time it would take to show.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(body.value).toBe(`${before} again`)
  })

  it('Enter in a one-line field submits no host form around it', async () => {
    const { page, submits } = inFrame(<InteractiveComposer endpoint="/api/briq" defaultValue={LIST} />)
    const header = await page.findByRole('textbox', { name: 'Header text' })
    header.focus()
    await userEvent.keyboard('{Enter}')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(submits).not.toHaveBeenCalled()
  })

  it('"Send to" steps on ArrowDown as a plain select there, its list shut', async () => {
    const { client } = createMockClient()
    const { page } = inFrame(<InteractiveComposer client={client} defaultValue={LIST} sendMode="inline" />)
    const sendTo = (await page.findByRole('combobox', { name: 'Send to' })) as HTMLSelectElement
    await expect.poll(() => sendTo.options.length).toBe(4)
    expect(sendTo.ownerDocument.defaultView?.getComputedStyle(sendTo).appearance).toBe('base-select')
    sendTo.focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect.poll(() => sendTo.selectedIndex).toBe(1)
    expect(sendTo.matches(':open')).toBe(false)
  })

  it('Alt+ArrowDown moves a row and its field keeps focus', async () => {
    const { frameDocument, page } = inFrame(<InteractiveComposer endpoint="/api/briq" defaultValue={LIST} />)
    const titles = () =>
      page.getAllByRole('textbox', { name: /^Row \d+ title$/ }).map((field) => (field as HTMLInputElement).value)
    const first = (await page.findAllByRole('textbox', { name: 'Row 1 title' }))[0] as HTMLInputElement
    const [one, two] = titles()
    first.focus()
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}')
    await expect.poll(() => titles().slice(0, 2)).toEqual([two, one])
    expect((frameDocument.activeElement as HTMLInputElement | null)?.value).toBe(one)
  })
})
