import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { InteractiveComposer } from './interactive-composer.tsx'

afterEach(() => {
  cleanup()
  window.scrollTo(0, 0)
})

const rows = Array.from({ length: 10 }, (_, i) => ({ id: `row-${i + 1}`, title: `Row ${i + 1}` }))
const LONG_LIST = {
  type: 'list',
  body: { text: 'Pick a time for your delivery' },
  action: { button: 'Times', sections: [{ title: 'Morning', rows }] },
}

/**
 * A host's admin: a 120 px header, then its own scrolling panel (padded, with a border) holding
 * the composer; or, `scrolling` false, the same main area as a plain box (the page scrolls).
 */
function renderInPanel(height: number, scrolling = true) {
  const { client } = createMockClient()
  render(
    <div>
      <header style={{ height: 120 }}>Tickets</header>
      <main
        data-testid="panel"
        style={
          scrolling
            ? { height, overflowY: 'auto', padding: 12, border: '2px solid' }
            : { padding: 12, border: '2px solid' }
        }
      >
        <InteractiveComposer client={client} defaultValue={LONG_LIST} sendMode="inline" />
      </main>
    </div>,
  )
  return page.getByTestId('panel').element() as HTMLElement
}

/** The form scrolled to its end inside the panel: the preview (200 px of it at least) and Send show in the panel. */
function expectPreviewAndSendIn(panel: HTMLElement) {
  const builder = document.querySelector('.bi-composer-builder') as HTMLElement
  const fields = builder.querySelectorAll<HTMLElement>('input, textarea')
  fields[fields.length - 1]!.scrollIntoView({ block: 'end' })
  expect(panel.scrollTop).toBeGreaterThan(0)
  // What the panel shows: its padding box, inside its border.
  const box = panel.getBoundingClientRect()
  const shown = { top: box.top + panel.clientTop, bottom: box.top + panel.clientTop + panel.clientHeight }
  const preview = (document.querySelector('.bi-composer-preview') as HTMLElement).getBoundingClientRect()
  const send = page.getByRole('button', { name: 'Send', exact: true }).element().getBoundingClientRect()
  expect(preview.top).toBeGreaterThanOrEqual(shown.top)
  expect(preview.bottom - preview.top).toBeGreaterThanOrEqual(200)
  expect(send.top).toBeGreaterThanOrEqual(preview.bottom)
  expect(send.bottom).toBeLessThanOrEqual(shown.bottom)
}

describe('InteractiveComposer side by side in a host’s scrolling panel shorter than the window (Chromium)', () => {
  it('keeps the preview and Send in the panel while editing the last items, and follows the panel’s height', async () => {
    await page.viewport(1280, 800)
    const panel = renderInPanel(600)
    expectPreviewAndSendIn(panel)
    expect((await axeReport(document.querySelector('.bi-composer') as HTMLElement)).violations).toEqual([])
    // The host's layout makes the panel shorter (a drawer opened below it).
    panel.style.height = '520px'
    await expect
      .poll(() => (document.querySelector('.bi-composer-side') as HTMLElement).getBoundingClientRect().height)
      .toBeLessThanOrEqual(panel.clientHeight)
    expectPreviewAndSendIn(panel)
  })

  it('finds a host’s panel that starts scrolling with no resize, as it scrolls', async () => {
    await page.viewport(1280, 800)
    const panel = renderInPanel(600, false)
    const column = document.querySelector('.bi-composer-side') as HTMLElement
    expect(column.style.getPropertyValue('--_bi-composer-view')).toBe('')
    // The host's layout makes its main area a panel of its own (a class or a style sheet arriving
    // after the composer mounted): the window keeps its size, so no resize says so.
    panel.style.overflowY = 'auto'
    panel.style.height = '600px'
    const fields = document.querySelectorAll<HTMLElement>('.bi-composer-builder input, .bi-composer-builder textarea')
    fields[fields.length - 1]!.scrollIntoView({ block: 'end' })
    await expect.poll(() => column.style.getPropertyValue('--_bi-composer-view')).toBe(`${panel.clientHeight}px`)
    expectPreviewAndSendIn(panel)
  })

  it('takes the window’s height again once the panel stops scrolling and the page scrolls, with no resize', async () => {
    await page.viewport(1280, 800)
    const panel = renderInPanel(520)
    const column = document.querySelector('.bi-composer-side') as HTMLElement
    await expect.poll(() => column.getBoundingClientRect().height).toBeLessThanOrEqual(panel.clientHeight)
    panel.style.overflowY = 'visible'
    panel.style.height = 'auto'
    window.scrollTo(0, 200)
    await expect.poll(() => column.style.getPropertyValue('--_bi-composer-view')).toBe('')
    expect(getComputedStyle(column).maxHeight).toBe('800px')
  })

  it('takes the window’s height again once the composer is no longer in a scrolling panel', async () => {
    await page.viewport(1280, 800)
    const panel = renderInPanel(520)
    const column = document.querySelector('.bi-composer-side') as HTMLElement
    await expect.poll(() => column.getBoundingClientRect().height).toBeLessThanOrEqual(panel.clientHeight)
    panel.style.overflowY = 'visible'
    panel.style.height = 'auto'
    // Looked for again when the window changes size (a host's layout for another width).
    await page.viewport(1280, 760)
    await expect.poll(() => column.style.getPropertyValue('--_bi-composer-view')).toBe('')
    expect(getComputedStyle(column).maxHeight).toBe('760px')
  })
})
