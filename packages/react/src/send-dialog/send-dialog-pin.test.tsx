import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

// jsdom lays nothing out and has no ResizeObserver: a stand-in that reports when told, and a
// dialog whose height the test sets, so the wiring from SendDialog.Content to the pin is seen.
const watching = new Set<StandInObserver>()
class StandInObserver {
  target: Element | undefined
  readonly report: () => void
  constructor(report: () => void) {
    this.report = report
  }
  observe(target: Element) {
    this.target = target
    watching.add(this)
  }
  unobserve() {
    watching.delete(this)
  }
  disconnect() {
    watching.delete(this)
  }
}
let height = 0
const report = () =>
  act(() => {
    for (const observer of watching) observer.report()
  })
const pin = () => screen.getByRole('dialog').style.getPropertyValue('--_bi-send-dialog-pin')
// The opening resizes the dialog: it is watched again from the next frame.
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)))

beforeEach(() => {
  Object.assign(window, { ResizeObserver: StandInObserver })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'dialog' ? height : 0
    },
  })
  window.innerHeight = 1600
})
afterEach(() => {
  Reflect.deleteProperty(window, 'ResizeObserver')
  Reflect.deleteProperty(HTMLElement.prototype, 'offsetHeight')
  window.innerHeight = 768
})

describe('SendDialog.Content holds the dialog’s bottom edge', () => {
  it('from its first layout, follows it down as it grows below, and lets go as it closes', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const dialog = screen.getByRole('dialog')
    expect([...watching].map((observer) => observer.target)).toEqual([dialog])
    expect(pin()).toBe('')
    height = 530
    report()
    // Centred: room enough above it in a 1600 px window, at its own height.
    expect(pin()).toBe('265px')
    expect(dialog.style.getPropertyValue('--_bi-send-dialog-floor')).toBe('530px')
    await nextFrame()
    height = 900
    report()
    expect(pin()).toBe('265px')
    // Its top held 16 px from the window's top: the edge follows it down, and stays there.
    height = 1300
    report()
    expect(pin()).toBe(`${16 + 1300 - 800}px`)
    height = 530
    report()
    expect(pin()).toBe(`${16 + 1300 - 800}px`)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(watching.size).toBe(0)
  })

  it('follows the edge down as the window is made shorter under it, until it closes', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const dialog = screen.getByRole('dialog')
    height = 530
    report()
    await nextFrame()
    height = 900
    report()
    expect(pin()).toBe('265px')
    // The same size in a shorter window: no size change to observe, only the window's resize.
    const resize = (to: number) =>
      act(() => {
        window.innerHeight = to
        window.dispatchEvent(new Event('resize'))
      })
    resize(1000)
    expect(pin()).toBe(`${16 + 900 - 500}px`)
    // Made taller again: held where it is.
    resize(1600)
    expect(pin()).toBe(`${16 + 900 - 500}px`)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    resize(900)
    expect(dialog.style.getPropertyValue('--_bi-send-dialog-pin')).toBe(`${16 + 900 - 500}px`)
  })
})

describe('SendDialog.Content under a pressed pointer', () => {
  it('caps the dialog at its bottom edge from the press until the frame after the release', async () => {
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    const dialog = screen.getByRole('dialog')
    const held = () => dialog.style.getPropertyValue('--_bi-send-dialog-held')
    // Not before it is placed: where it opens is its first layout's to say.
    dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    expect(held()).toBe('')
    height = 530
    report()
    dialog.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 535, width: 440, height: 530 })
    dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    expect(held()).toBe(`${535 + 530 - 16}px`)
    window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }))
    expect(held()).toBe(`${535 + 530 - 16}px`)
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    expect(held()).toBe('')
  })
})
