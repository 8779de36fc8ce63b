import { act, version } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

// Runs in the `react18` Vitest project, where `react` and `react-dom` are React 18.3.
const containers: HTMLElement[] = []
function mount(): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  containers.push(container)
  return container
}
afterEach(() => {
  for (const c of containers.splice(0)) c.remove()
})

const click = (el: Element | null) =>
  act(async () => {
    el?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  })

describe('InteractivePreview on React 18', () => {
  it('really runs on React 18.3', () => {
    expect(version).toMatch(/^18\.3\./)
  })

  it('renders, replies to a button and to a list row through the Radix sheet', async () => {
    const onReply = vi.fn()
    const container = mount()
    const root = createRoot(container)
    await act(async () =>
      root.render(<InteractivePreview value={validFixtures.list} time={FIXTURE_TIME} onReply={onReply} />),
    )
    expect(container.querySelector('section[aria-label="WhatsApp message preview"]')).not.toBeNull()
    await click(container.querySelector('.bi-action[data-kind="list"]'))
    const dialog = container.querySelector('[role="dialog"]')
    expect(dialog).not.toBeNull()
    await click(dialog?.querySelectorAll('input[type="radio"]')[1] ?? null)
    await click(dialog?.querySelector('.bi-sheet-send') ?? null)
    expect(onReply).toHaveBeenCalledWith({
      type: 'list_reply',
      list_reply: { id: 'kimara_gerezani', title: 'Kimara – Gerezani', description: 'Kila dakika 8' },
    })
    expect(container.querySelector('.bi-bubble[data-direction="out"]')).toHaveTextContent('Kimara – Gerezani')
    // Said once, in the words fixed at the tap (state set while rendering, as React 18 takes it too).
    expect(container.querySelector('.bi-preview-live')).toHaveTextContent('You: Kimara – Gerezani, Kila dakika 8')

    await act(async () => root.render(<InteractivePreview value={validFixtures.buttonTextHeader} onReply={onReply} />))
    await click(container.querySelector('.bi-action[data-kind="reply"]'))
    expect(onReply).toHaveBeenLastCalledWith({
      type: 'button_reply',
      button_reply: { id: 'deliver_today', title: 'Leo jioni' },
    })
    await act(async () => root.unmount())
  })

  it('opens a long body with Read more, focus on the body, and prints it whole', async () => {
    const container = mount()
    const root = createRoot(container)
    await act(async () => root.render(<InteractivePreview value={edgeFixtures.longBody} time={FIXTURE_TIME} />))
    const body = container.querySelector('.bi-body') as HTMLElement
    const end = 'Asante sana kwa kununua!'
    expect(body.textContent).not.toContain(end)
    await act(async () => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(body.textContent).toContain(end)
    await act(async () => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(body.textContent).not.toContain(end)
    await click(container.querySelector('.bi-read-more'))
    expect(body.textContent).toContain(end)
    expect(container.querySelector('.bi-read-more')).toBeNull()
    expect(document.activeElement).toBe(body)
    await act(async () => root.unmount())
  })
})
