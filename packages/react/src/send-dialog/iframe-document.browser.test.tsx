import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { within } from '@testing-library/dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { editorFrame, kitStyle } from '../testing/editor-frame.ts'
import { createMockClient } from './testing/mock-client.ts'

// Rendered by the test itself, outside Testing Library: updates come from real events.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

let root: Root | undefined
afterEach(() => {
  root?.unmount()
  root = undefined
  document.querySelector('iframe')?.remove()
})

/**
 * A host that renders the kit from its own page into an iframe's document (an editor's canvas,
 * `react-frame-component`): one React, two documents. The frame has the kit's stylesheet; the
 * page around it does not.
 */
function composerInFrame(): Document {
  const frameDocument = editorFrame()
  frameDocument.head.append(kitStyle(frameDocument))
  const host = frameDocument.createElement('div')
  host.style.setProperty('--bi-primary', 'rgb(200, 0, 0)')
  frameDocument.body.append(host)
  const { client } = createMockClient()
  root = createRoot(host)
  root.render(<InteractiveComposer client={client} defaultValue={INTERACTIVE_EXAMPLES.list as never} />)
  return frameDocument
}

/** The same, inside a web component's shadow root in that frame (its stylesheet in the shadow root). */
function composerInFrameShadow(): ShadowRoot {
  const frameDocument = editorFrame()
  const element = frameDocument.createElement('ticket-editor')
  frameDocument.body.append(element)
  const shadow = element.attachShadow({ mode: 'open' })
  const host = frameDocument.createElement('div')
  shadow.append(kitStyle(frameDocument), host)
  const { client } = createMockClient()
  root = createRoot(host)
  root.render(<InteractiveComposer client={client} defaultValue={INTERACTIVE_EXAMPLES.list as never} />)
  return shadow
}

describe('the kit rendered into an iframe’s document from the host’s page (Chromium)', () => {
  // The frame's ShadowRoot is not this page's: an `instanceof ShadowRoot` check misses it.
  it('in a shadow root in the frame, the dialog opens in that shadow root, styled; Tab stays in it', async () => {
    const shadow = composerInFrameShadow()
    const frameDocument = shadow.ownerDocument
    const send = await within(shadow.lastElementChild as HTMLElement).findByRole('button', { name: 'Send' })
    send.focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => shadow.querySelector('[role="dialog"]')).not.toBeNull()
    const dialog = shadow.querySelector('[role="dialog"]') as HTMLElement
    expect(frameDocument.body.querySelector('[role="dialog"]')).toBeNull()
    expect(getComputedStyle(dialog).position).toBe('fixed')
    await expect.poll(() => shadow.activeElement).toBe(shadow.querySelector('input[type="tel"]'))
    // What shares the shadow root with it is hidden from a screen reader.
    const beside = shadow.querySelector('.bi-builder-textarea') as HTMLElement
    expect(beside.closest('[aria-hidden="true"]')).not.toBeNull()
    const left: string[] = []
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard(i % 4 === 3 ? '{Shift>}{Tab}{/Shift}' : '{Tab}')
      const focused = shadow.activeElement
      if (!dialog.contains(focused)) left.push(`${focused?.tagName}.${focused?.className}`)
    }
    expect(left).toEqual([])
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => shadow.querySelector('[role="dialog"]')).toBeNull()
  })

  it('opens the send dialog inside the frame, styled and themed; Tab stays in it; Escape gives focus back', async () => {
    const frameDocument = composerInFrame()
    const frame = within(frameDocument.body)
    const send = await frame.findByRole('button', { name: 'Send' })
    send.focus()
    await userEvent.keyboard('{Enter}')
    await expect.poll(() => frameDocument.querySelector('[role="dialog"]')).not.toBeNull()
    const dialog = frameDocument.querySelector('[role="dialog"]') as HTMLElement
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    // The frame's stylesheet applies: centred in the frame's viewport, the host's colour carried.
    expect(getComputedStyle(dialog).position).toBe('fixed')
    const box = dialog.getBoundingClientRect()
    expect(box.left).toBeGreaterThan(0)
    expect(box.right).toBeLessThan(900)
    expect(dialog.style.getPropertyValue('--bi-primary')).toBe('rgb(200, 0, 0)')
    await expect
      .poll(() => frameDocument.activeElement)
      .toBe(frame.getByRole('textbox', { name: "Customer's WhatsApp number" }))
    // What is beside it is hidden from a screen reader, as on the host's own page.
    const beside = frameDocument.querySelector('.bi-builder-textarea') as HTMLElement
    expect(beside.closest('[aria-hidden="true"]')).not.toBeNull()
    const left: string[] = []
    for (let i = 0; i < 12; i++) {
      await userEvent.keyboard(i % 4 === 3 ? '{Shift>}{Tab}{/Shift}' : '{Tab}')
      const focused = frameDocument.activeElement
      if (!dialog.contains(focused)) left.push(`${focused?.tagName}.${focused?.className}`)
    }
    expect(left).toEqual([])
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => frameDocument.querySelector('[role="dialog"]')).toBeNull()
    expect(frameDocument.activeElement).toBe(send)
  })
})
