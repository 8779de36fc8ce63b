import { createDraft } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { attachKitShadowRoot } from '../testing/kit-shadow-root.ts'
import { InteractiveBuilder, type InteractiveBuilderProps } from './interactive-builder.tsx'

const hosts: Element[] = []
afterEach(() => {
  vi.useRealTimers()
  cleanup()
  for (const host of hosts.splice(0)) host.remove()
})

/** The builder rendered inside an open shadow root with the kit's stylesheet, as a web component would. */
function renderInShadowRoot(
  defaultValue: unknown = structuredClone(INTERACTIVE_EXAMPLES.button),
  props: Partial<InteractiveBuilderProps> = {},
): ShadowRoot {
  const shadow = attachKitShadowRoot()
  hosts.push(shadow.host)
  const app = shadow.appendChild(document.createElement('div'))
  render(<InteractiveBuilder defaultValue={defaultValue as never} theme="light" {...props} />, { container: app })
  return shadow
}

describe('the builder inside a shadow root (Chromium)', () => {
  it('arrow keys on the tab list move focus to the next tab, which lives in the shadow root', async () => {
    const shadow = renderInShadowRoot()
    const form = shadow.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
    expect(form?.textContent).toBe('Form')
    form?.focus()
    await userEvent.keyboard('{ArrowRight}')
    const active = shadow.activeElement
    expect(active?.getAttribute('role')).toBe('tab')
    expect(active?.textContent).toBe('JSON')
    expect(active?.getAttribute('aria-selected')).toBe('true')
  })

  it('picking an issue in the summary focuses its field, which lives in the shadow root', async () => {
    const shadow = renderInShadowRoot({ type: 'button', body: { text: '' }, action: { buttons: [] } })
    const summary = shadow.querySelector<HTMLElement>('.bi-builder-summary')
    const pick = [...(summary?.querySelectorAll('button') ?? [])].find((button) =>
      button.textContent?.includes('Body text'),
    )
    expect(pick).toBeDefined()
    await userEvent.click(pick as HTMLElement)
    const body = shadow.querySelector('textarea[aria-invalid="true"]')
    expect(body).not.toBeNull()
    expect(shadow.activeElement).toBe(body)
  })

  it('Ctrl+Z that removes the field typed in keeps focus in the builder, on Undo', async () => {
    const shadow = renderInShadowRoot({
      type: 'button',
      body: { text: 'Which size?' },
      action: { buttons: [{ type: 'reply', reply: { id: 'small', title: 'Small' } }] },
    })
    const add = [...shadow.querySelectorAll('button')].find((button) => button.textContent === 'Add button')
    await userEvent.click(add as HTMLElement)
    // Its new button's title field, typed in next.
    expect(shadow.activeElement?.tagName).toBe('INPUT')
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(shadow.activeElement?.textContent).toBe('Undo')
  })

  it('undo and redo of a move keep focus on the moved control (React restores it only in the document)', async () => {
    const shadow = renderInShadowRoot({
      type: 'button',
      body: { text: 'Which size?' },
      action: {
        buttons: ['One', 'Two'].map((title) => ({ type: 'reply', reply: { id: title.toLowerCase(), title } })),
      },
    })
    const titles = () =>
      [...shadow.querySelectorAll<HTMLInputElement>('input[id$="title"]')].map((input) => input.value)
    const moveUp = [...shadow.querySelectorAll<HTMLElement>('button[data-bi-focus$="/up"]')][1]
    moveUp?.focus()
    await userEvent.keyboard('{Enter}')
    expect(titles()).toEqual(['Two', 'One'])
    expect(shadow.activeElement).toBe(moveUp)
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(titles()).toEqual(['One', 'Two'])
    expect(shadow.activeElement).toBe(moveUp)
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(titles()).toEqual(['Two', 'One'])
    expect(shadow.activeElement).toBe(moveUp)
  })

  it('Undo in the JSON text leaves the caret where the text changed back, not at its end', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    const shadow = renderInShadowRoot(createDraft('button'), { defaultTab: 'json' })
    const json = shadow.querySelector('textarea') as HTMLTextAreaElement
    const before = json.value
    const at = before.indexOf('Would you like')
    await userEvent.click(json)
    json.setSelectionRange(at, at)
    await userEvent.keyboard('Karibu! ')
    expect(json.value).toBe(`${before.slice(0, at)}Karibu! ${before.slice(at)}`)
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(json.value).toBe(before)
    expect(shadow.activeElement).toBe(json)
    expect([json.selectionStart, json.selectionEnd]).toEqual([at, at])
  })

  it('a drag held at the edge of the host’s scrolling panel, outside the shadow root, scrolls that panel', async () => {
    await page.viewport(800, 600)
    const panel = document.createElement('div')
    panel.style.cssText = 'height: 360px; width: 560px; overflow: auto'
    document.body.append(panel)
    hosts.push(panel)
    const carousel = createDraft('carousel') as { action: { cards: unknown[] } }
    const cards = [0, 1, 2].map((i) => ({
      ...(carousel.action.cards[0] as object),
      card_index: i,
      body: { text: `card ${i + 1}` },
    }))
    const shadow = renderInShadowRoot({ ...carousel, action: { cards } })
    panel.append(shadow.host)
    const card = (n: number) => shadow.querySelectorAll<HTMLElement>('.bi-builder-item[data-bi-family]')[n - 1]
    const grip = card(1)?.querySelector('.bi-builder-drag') as HTMLElement
    const box = grip.getBoundingClientRect()
    const bottom = panel.getBoundingClientRect().bottom
    const init = { bubbles: true, pointerId: 9, isPrimary: true, pointerType: 'mouse', clientX: box.x + 4 }
    grip.dispatchEvent(new PointerEvent('pointerdown', { ...init, button: 0, clientY: box.y + 4 }))
    grip.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: bottom - 2 }))
    await expect.poll(() => panel.scrollTop, { timeout: 10_000 }).toBeGreaterThan(0)
    grip.dispatchEvent(new PointerEvent('pointercancel', init))
  })
})
