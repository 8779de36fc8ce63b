import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { attachKitShadowRoot } from '../testing/kit-shadow-root.ts'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

/** A host element whose open shadow root has the kit's stylesheet adopted, as a web component would. */
interface ShadowHost {
  shadow: ShadowRoot
  /** Where React renders, inside the shadow root. */
  app: HTMLElement
  /** A scoped container for portals, inside the shadow root. */
  layer: HTMLElement
}

const hosts: Element[] = []
afterEach(() => {
  cleanup()
  for (const host of hosts.splice(0)) host.remove()
})

function shadowHost(): ShadowHost {
  const shadow = attachKitShadowRoot()
  hosts.push(shadow.host)
  const app = document.createElement('div')
  const layer = document.createElement('div')
  layer.className = 'host-layer'
  shadow.append(app, layer)
  return { shadow, app, layer }
}

function renderDialog(target: ShadowHost, props: Partial<SendInteractiveDialogProps> = {}) {
  const { client } = createMockClient()
  render(
    <StrictMode>
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultTo={FIXTURE_PHONES.open}
        theme="light"
        trigger={<button type="button">Send to customer…</button>}
        {...props}
      />
    </StrictMode>,
    { container: target.app },
  )
}

/** Clicks the first button in `root` and waits for a dialog matching `selector` to appear there. */
async function open(root: ShadowRoot, trigger: string, selector: string): Promise<HTMLElement> {
  root.querySelector<HTMLElement>(trigger)?.click()
  await expect.poll(() => root.querySelector(selector)).not.toBeNull()
  return root.querySelector(selector) as HTMLElement
}
const openDialog = (target: ShadowHost) => open(target.shadow, 'button', '[role="dialog"]')

/** Presses Tab (or Shift+Tab) many times and lists where focus was after each press. */
async function tabAround(shadow: ShadowRoot, times: number, shift = false): Promise<(Element | null)[]> {
  const seen: (Element | null)[] = []
  for (let i = 0; i < times; i++) {
    await userEvent.keyboard(shift ? '{Shift>}{Tab}{/Shift}' : '{Tab}')
    seen.push(shadow.activeElement)
  }
  return seen
}

describe('the send dialog inside a shadow root (Chromium)', () => {
  it('portals into the given container, styled by the adopted stylesheet, and traps Tab', async () => {
    const target = shadowHost()
    renderDialog(target, { portalContainer: target.layer })
    const dialog = await openDialog(target)
    expect(target.layer.contains(dialog)).toBe(true)
    const overlay = target.layer.querySelector('.bi-send-dialog-overlay') as HTMLElement
    expect(getComputedStyle(dialog).position).toBe('fixed')
    expect(getComputedStyle(overlay).position).toBe('fixed')
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)')
    expect(getComputedStyle(overlay).backgroundColor).not.toBe('rgba(0, 0, 0, 0)')

    const recipient = dialog.querySelector('input')
    await expect.poll(() => target.shadow.activeElement).toBe(recipient)
    const forward = await tabAround(target.shadow, 20)
    expect(forward.every((element) => element !== null && dialog.contains(element))).toBe(true)
    // Focus went round the dialog: back at the recipient field from its last button.
    expect(forward).toContain(recipient)
    const back = await tabAround(target.shadow, 20, true)
    expect(back.every((element) => element !== null && dialog.contains(element))).toBe(true)
    expect(document.activeElement).toBe(target.shadow.host)

    await userEvent.keyboard('{Escape}')
    await expect.poll(() => target.shadow.querySelector('[role="dialog"]')).toBeNull()
    await expect.poll(() => target.shadow.activeElement).toBe(target.shadow.querySelector('button'))
  })

  it('takes the container from BriqProvider; by default portals into the trigger’s shadow root, themed by its host', async () => {
    const viaProvider = shadowHost()
    const { client } = createMockClient()
    render(
      <BriqProvider client={client} portalContainer={viaProvider.layer}>
        <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} trigger={<button type="button">Send…</button>} />
      </BriqProvider>,
      { container: viaProvider.app },
    )
    expect(viaProvider.layer.contains(await openDialog(viaProvider))).toBe(true)
    cleanup()

    const byDefault = shadowHost()
    // A web component's host carries the host app's tokens; they inherit into the shadow tree.
    ;(byDefault.shadow.host as HTMLElement).style.setProperty('--bi-surface', 'rgb(9, 8, 7)')
    renderDialog(byDefault)
    const dialog = await openDialog(byDefault)
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(9, 8, 7)')
    expect(dialog.getRootNode()).toBe(byDefault.shadow)
    expect(document.body.querySelector('[role="dialog"]')).toBeNull()
    expect(getComputedStyle(dialog).position).toBe('fixed')
  })

  // Portalled to the top of the shadow root, the dialog leaves the component's own themed wrapper.
  it('takes the tokens the web component sets inside its shadow root, and follows a re-theme while open', async () => {
    const target = shadowHost()
    target.app.style.setProperty('--bi-surface', 'rgb(9, 8, 7)')
    renderDialog(target)
    const dialog = await openDialog(target)
    expect(dialog.getRootNode()).toBe(target.shadow)
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(9, 8, 7)')
    target.app.style.setProperty('--bi-surface', 'rgb(1, 2, 3)')
    await expect.poll(() => getComputedStyle(dialog).backgroundColor).toBe('rgb(1, 2, 3)')
  })

  it('hides the web component’s own content beside it from assistive technology while open', async () => {
    const target = shadowHost()
    renderDialog(target)
    await openDialog(target)
    // Radix hides the rest of the page from document.body down, which stops at the shadow host.
    expect(target.app.getAttribute('aria-hidden')).toBe('true')
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => target.shadow.querySelector('[role="dialog"]')).toBeNull()
    expect(target.app.hasAttribute('aria-hidden')).toBe(false)
  })

  it('with no trigger (opened with `open`), portals into the shadow root it is rendered in', async () => {
    const target = shadowHost()
    renderDialog(target, { trigger: undefined, defaultOpen: true })
    await expect.poll(() => target.shadow.querySelector('[role="dialog"]')).not.toBeNull()
    const dialog = target.shadow.querySelector('[role="dialog"]') as HTMLElement
    expect(document.body.querySelector('[role="dialog"]')).toBeNull()
    expect(getComputedStyle(dialog).position).toBe('fixed')
  })
})

/** The element at a point of the viewport, looked for inside the shadow roots there too. */
function elementAt(x: number, y: number): Element | null {
  let found = document.elementFromPoint(x, y)
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y)
    if (inner === null || inner === found) break
    found = inner
  }
  return found
}

// A web component placed in the host page's own modal <dialog>: the dialog it portals into must be
// above that modal and not clipped by it (a transform makes the modal the containing block of
// fixed boxes), and a close() of the modal must close it too (Radix's pointer and scroll locks
// stayed on the page).
describe('the send dialog in a shadow root inside the host page’s modal <dialog> (Chromium)', () => {
  it('covers the viewport, unclipped and styled, sends, and closes with the host’s modal', async () => {
    await page.viewport(1000, 800)
    const modal = document.createElement('dialog')
    modal.style.cssText = 'transform: scale(1); width: 320px; height: 200px'
    document.body.append(modal)
    hosts.push(modal)
    const target = shadowHost()
    modal.append(target.shadow.host)
    modal.showModal()
    const { client, sends } = createMockClient()
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        theme="light"
        trigger={<button type="button">Send…</button>}
      />,
      { container: target.app },
    )
    const dialog = await openDialog(target)
    await expect.poll(() => target.shadow.activeElement).toBe(dialog.querySelector('input'))
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)')
    expect(elementAt(5, 5)?.classList.contains('bi-send-dialog-overlay')).toBe(true)
    const title = dialog.querySelector('h2') as HTMLElement
    // Where the title is when asked: the look-ups' answers, landing meanwhile, grow the dialog upwards.
    const titleShown = () => {
      const box = title.getBoundingClientRect()
      return elementAt(box.left + 2, box.top + box.height / 2)
    }
    await expect.poll(titleShown).toBe(title)
    await userEvent.keyboard(`${FIXTURE_PHONES.open}{Enter}`)
    await expect.poll(() => sends.length).toBe(1)

    modal.close()
    await expect.poll(() => target.shadow.querySelector('[role="dialog"]')).toBeNull()
    expect(getComputedStyle(document.body).pointerEvents).not.toBe('none')
  })
})

describe('the preview’s list sheet inside a shadow root (Chromium)', () => {
  it('opens inside its phone frame and traps Tab', async () => {
    const target = shadowHost()
    render(<InteractivePreview value={validFixtures.list} theme="light" />, { container: target.app })
    const sheet = await open(target.shadow, '.bi-action', '.bi-sheet[role="dialog"]')
    expect(target.shadow.querySelector('.bi-frame')?.contains(sheet)).toBe(true)
    await expect.poll(() => sheet.contains(target.shadow.activeElement)).toBe(true)
    const forward = await tabAround(target.shadow, 8)
    expect(forward.every((element) => element !== null && sheet.contains(element))).toBe(true)
    const back = await tabAround(target.shadow, 8, true)
    expect(back.every((element) => element !== null && sheet.contains(element))).toBe(true)
  })
  it('hides the message behind it and the web component’s own content beside it while open', async () => {
    const target = shadowHost()
    render(
      <>
        <p>Order #1042</p>
        <InteractivePreview value={validFixtures.list} theme="light" />
      </>,
      { container: target.app },
    )
    const beside = target.app.querySelector('p') as HTMLElement
    const message = target.app.querySelector('.bi-chat') as HTMLElement
    await open(target.shadow, '.bi-action', '.bi-sheet[role="dialog"]')
    // As Radix hides them in a document: it hides from document.body down, stopping at the shadow host.
    expect(beside.getAttribute('aria-hidden')).toBe('true')
    expect(message.getAttribute('aria-hidden')).toBe('true')
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => target.shadow.querySelector('.bi-sheet')).toBeNull()
    expect(beside.hasAttribute('aria-hidden')).toBe(false)
    expect(message.hasAttribute('aria-hidden')).toBe(false)
  })
  it('leaves the preview’s live region to speak: the row sent is said as the sheet goes', async () => {
    // Radix keeps live regions out of what it hides (aria-hidden's hideOthers); hidden beside
    // the sheet, the reply's words came while the region was hidden and were never said.
    const target = shadowHost()
    render(<InteractivePreview value={validFixtures.list} theme="light" />, { container: target.app })
    const live = target.shadow.querySelector('.bi-preview-live') as HTMLElement
    const sheet = await open(target.shadow, '.bi-action', '.bi-sheet[role="dialog"]')
    expect(live.closest('[aria-hidden="true"]')).toBeNull()
    const heard: boolean[] = []
    const observer = new MutationObserver(() => {
      if (live.textContent) heard.push(live.closest('[aria-hidden="true"]') === null)
    })
    observer.observe(live, { childList: true, subtree: true, characterData: true })
    try {
      ;(sheet.querySelector('input[type="radio"]') as HTMLElement).click()
      ;(sheet.querySelector('.bi-sheet-send') as HTMLElement).click()
      await expect.poll(() => heard.length).toBeGreaterThan(0)
      expect(heard).toEqual(heard.map(() => true))
    } finally {
      observer.disconnect()
    }
  })
})
