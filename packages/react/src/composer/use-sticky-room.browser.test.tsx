import { cleanup, render } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useStickyRoom } from './use-sticky-room.ts'

afterEach(() => {
  cleanup()
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

/** A column that measures its room, as the composer's side column does, beside a textarea of its own. */
function Column() {
  const ref = useRef<HTMLDivElement>(null)
  useStickyRoom(ref)
  return (
    <div>
      <textarea aria-label="Body text" rows={2} defaultValue={'line\n'.repeat(40)} />
      <div ref={ref} data-testid="column" style={{ height: 2000 }} />
    </div>
  )
}

const room = (column: Element) => (column as HTMLElement).style.getPropertyValue('--_bi-composer-view')

describe('useStickyRoom (Chromium)', () => {
  it('finds a panel inside the same shadow root once it starts scrolling, with no resize', async () => {
    const host = document.body.appendChild(document.createElement('div'))
    const shadow = host.attachShadow({ mode: 'open' })
    const panel = shadow.appendChild(document.createElement('div'))
    panel.style.height = '300px'
    const { container } = render(<Column />, { container: panel.appendChild(document.createElement('div')) })
    const column = container.querySelector('[data-testid="column"]') as HTMLElement
    expect(room(column)).toBe('')
    // The host's own style sheet, in its shadow root, makes the box scroll; then the person scrolls it.
    panel.style.overflowY = 'auto'
    panel.scrollTop = 100
    await expect.poll(() => room(column)).toBe('300px')
  })

  it('reads no style or layout as the panel found scrolls, or a textarea in it does, as typing goes on', async () => {
    const panel = document.body.appendChild(document.createElement('div'))
    panel.style.cssText = 'height: 300px; overflow-y: auto'
    const { container } = render(<Column />, { container: panel.appendChild(document.createElement('div')) })
    const column = container.querySelector('[data-testid="column"]') as HTMLElement
    expect(room(column)).toBe('300px')
    const styles = vi.spyOn(window, 'getComputedStyle')
    const heights = vi.spyOn(Element.prototype, 'clientHeight', 'get')
    const textarea = container.querySelector('textarea') as HTMLTextAreaElement
    const scrolls = Promise.all(
      [textarea, panel].map((box) => new Promise((done) => box.addEventListener('scroll', done, { once: true }))),
    )
    textarea.scrollTop = 200
    panel.scrollTop = 500
    await scrolls
    expect(styles).not.toHaveBeenCalled()
    expect(heights).not.toHaveBeenCalled()
  })
})
