import '../styles.css'
import { createDraft } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { renderBuilder } from '../builder/testing/browser-builder.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(() => {
  cleanup()
  document.documentElement.style.fontSize = ''
})

const size = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).fontSize

/**
 * Whether `element` is words for assistive tech alone: inside a visually hidden box (one pixel,
 * clipping what it holds), which draws none of it, however long its line.
 */
function unseen(element: Element): boolean {
  for (let box = element.parentElement; box !== null; box = box.parentElement) {
    if (getComputedStyle(box).overflow === 'hidden' && box.getBoundingClientRect().width <= 1) return true
  }
  return false
}

/** Elements inside `root` whose box reaches past its sides (not words no one sees). */
function outside(root: Element): string[] {
  const { left, right } = root.getBoundingClientRect()
  return [...root.querySelectorAll('*')].flatMap((element) => {
    const box = element.getBoundingClientRect()
    if (box.width === 0 || (box.left >= left - 0.5 && box.right <= right + 0.5) || unseen(element)) return []
    return [`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`]
  })
}

// WCAG 2.2 1.4.4 (Resize text): a reader who sets a larger default text size (root 32 px, 200%)
// gets larger text in the builder and the send dialog, which still fit their column.
describe('the reader’s default text size (Chromium)', () => {
  it('doubles the builder’s text, which stays inside it', async () => {
    await page.viewport(1280, 900)
    document.documentElement.style.fontSize = '32px'
    const { root } = renderBuilder({ defaultValue: createDraft('button') })
    expect(size('.bi-builder')).toBe('28px')
    expect(size('.bi-builder-field-meta')).toBe('25px')
    expect(size('.bi-builder-input')).toBe('28px')
    expect(outside(root)).toEqual([])
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(1280)
  })

  // An item's title ("Button 1") had a line of 28 px whatever its text's size: at 200% its
  // 28 px letters overflowed their line. At the default size the line stays the tools' 28 px.
  it('gives an item’s title a line its letters fit in, 28 px at the default size', async () => {
    await page.viewport(1280, 900)
    const legend = () => getComputedStyle(document.querySelector('.bi-builder-legend') as Element)
    renderBuilder({ defaultValue: createDraft('button') })
    expect(legend().lineHeight).toBe('28px')
    cleanup()
    document.documentElement.style.fontSize = '32px'
    renderBuilder({ defaultValue: createDraft('button') })
    expect(Number.parseFloat(legend().lineHeight)).toBeGreaterThanOrEqual(1.2 * Number.parseFloat(legend().fontSize))
  })

  // A phone's larger text (Android's font size, 200%) on a 320 px screen, in Swahili: the
  // history's two buttons ("Tendua", "Rudia") were held on one line, past the builder's side.
  it('keeps the builder’s bar inside it on a 320 px phone, in Swahili', async () => {
    await page.viewport(320, 640)
    document.documentElement.style.fontSize = '32px'
    const { container } = render(
      <div style={{ padding: 16 }}>
        <InteractiveBuilder locale="sw" defaultValue={createDraft('button')} />
      </div>,
    )
    const root = container.querySelector('.bi-builder') as HTMLElement
    expect(page.getByRole('button', { name: 'Rudia' }).element()).toBeVisible()
    expect(outside(root)).toEqual([])
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
  })

  it('doubles the send dialog’s text, which stays inside it', async () => {
    await page.viewport(1280, 900)
    document.documentElement.style.fontSize = '32px'
    const { client } = createMockClient()
    render(<SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />)
    await expect.element(page.getByRole('dialog')).toBeVisible()
    expect(size('.bi-send-dialog')).toBe('28px')
    expect(size('.bi-send-dialog-title')).toBe('36px')
    expect(size('.bi-send-dialog-input')).toBe('28px')
    const dialog = document.querySelector('.bi-send-dialog') as HTMLElement
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth)
  })

  it('keeps the sizes it had on a host whose root is smaller (62.5%)', async () => {
    document.documentElement.style.fontSize = '62.5%'
    renderBuilder({ defaultValue: createDraft('button') })
    expect(size('.bi-builder')).toBe('14px')
    expect(size('.bi-builder-field-meta')).toBe('12.5px')
  })
})
