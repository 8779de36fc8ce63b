import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

/** An admin with a fixed app bar (Material UI's AppBar sits at z-index 1100, Bootstrap's fixed-top at 1030). */
function Admin({ layer }: { layer?: string }) {
  const { client } = createMockClient()
  return (
    <div style={{ paddingTop: 80, ...(layer ? { '--bi-layer': layer } : {}) } as React.CSSProperties}>
      <header data-testid="app-bar" style={{ position: 'fixed', top: 0, left: 0, right: 0, height: 56, zIndex: 1100 }}>
        Admin
      </header>
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        trigger={<button type="button">Send…</button>}
      />
    </div>
  )
}

/** What is drawn on top in the middle of the app bar. */
const onTopOfAppBar = () => document.elementFromPoint(window.innerWidth / 2, 28)

describe('the send dialog over an admin’s fixed app bar (Chromium)', () => {
  it('its backdrop covers the app bar by default', async () => {
    // A desktop window: on a phone the dialog itself covers the whole screen.
    await page.viewport(1280, 800)
    render(<Admin />)
    await page.getByRole('button', { name: 'Send…' }).click()
    await expect.element(page.getByRole('dialog')).toBeVisible()
    expect(onTopOfAppBar()?.classList.contains('bi-send-dialog-overlay')).toBe(true)
    expect(Number(getComputedStyle(document.querySelector('.bi-send-dialog') as Element).zIndex)).toBeGreaterThan(1100)
  })

  it('on a phone the dialog covers the app bar and the whole screen', async () => {
    await page.viewport(360, 640)
    render(<Admin />)
    await page.getByRole('button', { name: 'Send…' }).click()
    await expect.element(page.getByRole('dialog')).toBeVisible()
    expect(onTopOfAppBar()?.closest('.bi-send-dialog')).not.toBeNull()
    const box = (document.querySelector('.bi-send-dialog') as Element).getBoundingClientRect()
    expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, 360, 640])
  })

  it('--bi-layer on the host’s wrapper puts it where the host wants', async () => {
    render(<Admin layer="5" />)
    await page.getByRole('button', { name: 'Send…' }).click()
    await expect.element(page.getByRole('dialog')).toBeVisible()
    // (Hit testing cannot show it: the open modal dialog makes the page around it pointer-events: none.)
    expect(getComputedStyle(document.querySelector('.bi-send-dialog-overlay') as Element).zIndex).toBe('5')
    expect(getComputedStyle(document.querySelector('.bi-send-dialog') as Element).zIndex).toBe('6')
  })
})
