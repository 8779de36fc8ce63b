import '../styles.css'
import { createBriqClient, createDraft } from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { axeReport } from '../testing/axe-report.ts'
import { InteractiveComposer, type InteractiveComposerProps } from './interactive-composer.tsx'

/** Saved for people to look at; test-artifacts/ is git-ignored. */
const artifact = (name: string) => `../../../../test-artifacts/composer/${name}.png`

afterEach(cleanup)

function show(props: Partial<InteractiveComposerProps> = {}, width?: number) {
  const { client, mock } = createMockClient()
  render(
    <div style={{ width: width === undefined ? undefined : `${width}px` }}>
      <InteractiveComposer client={client} defaultValue={createDraft('list')} pollIntervalMs={20} {...props} />
    </div>,
  )
  return { mock }
}
const box = (selector: string) => (document.querySelector(selector) as HTMLElement).getBoundingClientRect()

/** Axe on the whole composer; contrast part by part, each scrolled into view (a phone scrolls). */
async function expectAccessible(root: HTMLElement) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
  expect((await axeReport(root)).violations).toEqual([])
  let measured = 0
  for (const part of root.querySelectorAll<HTMLElement>('.bi-composer-builder > *, .bi-composer-side > *')) {
    if (part.getClientRects().length === 0) continue
    part.scrollIntoView({ block: 'nearest' })
    const report = await axeReport(part)
    expect(report.violations).toEqual([])
    expect(report.contrastUnmeasured).toEqual([])
    measured += report.contrastPassed
  }
  expect(measured).toBeGreaterThan(0)
}

describe('InteractiveComposer send (Chromium)', () => {
  it('keeps focus on Send while the send is pending and after it went', async () => {
    const mock = createBriqMock({ seed: 'composer-focus', clock: 'manual' })
    let answer = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    const client = createBriqClient({
      endpoint: '/api/briq',
      headers: { 'X-API-Key': DEFAULT_API_KEY },
      fetch: async (url, init) => {
        const request = new Request(new URL(url, location.href), init)
        if (init.method === 'POST') await answered
        return mock.handle(request)
      },
    })
    render(
      <InteractiveComposer
        client={client}
        defaultValue={createDraft('list')}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.open}
      />,
    )
    const send = page.getByRole('button', { name: 'Send', exact: true })
    send.element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(send).toHaveAttribute('data-state', 'pending')
    // A frame for Chromium's focus fix-up, which moves focus off a disabled element.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
    expect(document.activeElement).toBe(send.element())
    answer()
    await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    expect(document.activeElement).toBe(send.element())
  })
})

for (const width of [390, 1280] as const) {
  describe(`InteractiveComposer at ${width} px (Chromium)`, () => {
    it(width === 1280 ? 'puts the builder beside the preview' : 'stacks the preview under the builder', async () => {
      await page.viewport(width, 900)
      show({ sendMode: 'inline' })
      const builder = box('.bi-composer-builder')
      const preview = box('.bi-composer-preview')
      if (width === 1280) {
        expect(preview.left).toBeGreaterThanOrEqual(builder.right)
        expect(Math.abs(preview.top - builder.top)).toBeLessThan(2)
      } else {
        expect(preview.top).toBeGreaterThanOrEqual(builder.bottom)
        // Nothing sticks out sideways on a phone.
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      }
      await page.screenshot({ path: artifact(`inline-${width}`) })
    })

    it('keyboard: Tab goes from the tabs through the form to the preview and the send form, and sends', async () => {
      await page.viewport(width, 900)
      show({ sendMode: 'inline', defaultTo: FIXTURE_PHONES.open })
      const form = page.getByRole('tab', { name: 'Form' })
      form.element().focus()
      const order: string[] = []
      for (let i = 0; i < 80 && order.at(-1) !== 'Send'; i++) {
        await userEvent.keyboard('{Tab}')
        const active = document.activeElement as HTMLInputElement
        const label = active.labels?.[0]?.textContent
        order.push(active.getAttribute('aria-label') ?? label ?? active.textContent?.trim() ?? '')
      }
      expect(order).toContain('Message type')
      expect(order.at(-1)).toBe('Send')
      await userEvent.keyboard('{Enter}')
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
    })

    it('has no axe violations, contrast measured, idle, after a failure and after a send', async () => {
      await page.viewport(width, 900)
      show({ sendMode: 'inline' })
      const root = document.querySelector('.bi-composer') as HTMLElement
      await expect.poll(() => root.querySelectorAll('.bi-send-dialog-select option').length).toBeGreaterThan(1)
      await expectAccessible(root)
      await page.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill(FIXTURE_PHONES.closed)
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Not sent' })).toBeVisible()
      await expectAccessible(root)
      await page.getByRole('textbox', { name: "Customer's WhatsApp number" }).fill(FIXTURE_PHONES.open)
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('region', { name: 'Message sent' })).toBeVisible()
      await expectAccessible(root)
      // The long message id breaks inside its box: nothing sticks out sideways, even on a phone.
      const sent = page.getByRole('region', { name: 'Message sent' }).element() as HTMLElement
      expect(sent.scrollWidth).toBeLessThanOrEqual(sent.clientWidth)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
      await page.screenshot({ path: artifact(`sent-${width}`) })
    }, 60_000) // Three axe runs over the whole composer: slow on a shared two-core machine.

    it('dialog mode: Send opens the dialog on the recipient, and Escape brings focus back to Send', async () => {
      await page.viewport(width, 900)
      show()
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect.element(page.getByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveFocus()
      await expectAccessible(document.querySelector('[role="dialog"]') as HTMLElement).catch(async () => {
        // The dialog's own parts are checked by the send dialog's tests; here: no violation at all.
        expect((await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations).toEqual([])
      })
      await userEvent.keyboard('{Escape}')
      await expect.element(page.getByRole('button', { name: 'Send', exact: true })).toHaveFocus()
    })
  })
}

describe('InteractiveComposer in a narrow column of a wide page (Chromium)', () => {
  it('stacks by its own width, not the viewport’s', async () => {
    await page.viewport(1280, 900)
    show({ sendMode: 'inline' }, 600)
    expect(box('.bi-composer-preview').top).toBeGreaterThanOrEqual(box('.bi-composer-builder').bottom)
  })
})

// A side panel that takes its width from what it holds: the composer's own width (the container
// its layout queries) must not leave it nothing there.
describe('InteractiveComposer in a box sized by its content (Chromium)', () => {
  it.each([
    ['a flex row’s panel', { display: 'flex' }, { flex: 'none' }],
    ['an inline-block', {}, { display: 'inline-block' }],
    ['a float', {}, { float: 'left' }],
    ['a max-content grid column', { display: 'grid', gridTemplateColumns: '200px max-content' }, {}],
  ] as const)('in %s it is one column, its builder and preview readable', async (_, host, panel) => {
    const { client } = createMockClient()
    render(
      <div style={{ width: 1200, ...host }}>
        <nav style={{ width: 200, flex: 'none' }}>Campaigns</nav>
        <aside style={panel}>
          <InteractiveComposer client={client} defaultValue={createDraft('button')} sendMode="inline" />
        </aside>
      </div>,
    )
    expect(box('.bi-composer').width).toBe(380)
    expect(box('.bi-composer-builder').width).toBe(380)
    expect(box('.bi-composer-side').top).toBeGreaterThan(box('.bi-composer-builder').bottom)
  })
})

// A page's main column that may shrink to the screen (a grid's 1fr, a flex row's flex: 1) on a
// phone: the composer never holds it wider than the screen, whatever width it takes elsewhere.
describe('InteractiveComposer in a column that shrinks to a phone’s width (Chromium)', () => {
  it.each([
    ['a grid’s 1fr column', { display: 'grid', gridTemplateColumns: '100px 1fr' }, {}],
    ['a flex row’s flex: 1 panel', { display: 'flex' }, { flex: 1 }],
  ] as const)('in %s it takes the column’s width, nothing sideways', async (_, host, panel) => {
    await page.viewport(390, 900)
    const { client } = createMockClient()
    render(
      <div style={{ width: 360, ...host }}>
        <nav style={{ width: 100, flex: 'none' }}>Campaigns</nav>
        <main style={panel}>
          <InteractiveComposer client={client} defaultValue={createDraft('button')} sendMode="inline" />
        </main>
      </div>,
    )
    expect(box('.bi-composer').width).toBe(260)
    expect(box('.bi-composer-builder').width).toBe(260)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390)
  })
})

describe('InteractiveComposer themed by the host (Chromium)', () => {
  it('takes --bi-frame-width from an ancestor for its preview, up to its column', async () => {
    await page.viewport(1280, 900)
    show({ sendMode: 'inline' })
    expect(box('.bi-composer-preview').width).toBe(340)
    const host = document.querySelector('.bi-composer')?.parentElement as HTMLElement
    host.style.setProperty('--bi-frame-width', '300px')
    expect(box('.bi-composer-preview').width).toBe(300)
    // Wider than the side column: the column's width, nothing sticking out of it.
    host.style.setProperty('--bi-frame-width', '900px')
    expect(box('.bi-composer-preview').width).toBe(box('.bi-composer-side').width)
  })
})
