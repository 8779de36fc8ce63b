import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

const added: Element[] = []
afterEach(() => {
  cleanup()
  for (const element of added.splice(0)) element.remove()
  document.documentElement.removeAttribute('style')
})

/** A host stylesheet, put *before* the kit's so it would lose any tie on order. */
function hostStyles(css: string): void {
  const style = document.createElement('style')
  style.textContent = css
  document.head.prepend(style)
  added.push(style)
}

const style = (element: Element | null) => {
  if (!element) throw new Error('element not found')
  return getComputedStyle(element)
}
const bubble = () => style(document.querySelector('.bi-bubble'))
/** The builder's "Body text" field, by its label (the open modal dialog hides the page from roles). */
const builderBody = async () =>
  style(
    [...document.querySelectorAll('.bi-builder textarea')].find((area) =>
      [...((area as HTMLTextAreaElement).labels ?? [])].some((label) => label.textContent?.startsWith('Body text')),
    ) ?? null,
  )

/** The host's admin: a themed wrapper holding the kit, with a layer inside it for the dialog's portal. */
function Admin({ theme }: { theme: 'light' | 'dark' }) {
  const [client] = useState(() => createMockClient().client)
  const [layer, setLayer] = useState<HTMLDivElement | null>(null)
  return (
    <div className="admin">
      <InteractivePreview value={validFixtures.buttonTextHeader} theme={theme} />
      <InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} theme={theme} />
      <div ref={setLayer} />
      <BriqProvider client={client} portalContainer={layer}>
        <SendInteractiveDialog
          interactive={FEEDBACK_INTERACTIVE}
          theme={theme}
          defaultTo="0712 345"
          trigger={<button type="button">Send…</button>}
        />
      </BriqProvider>
    </div>
  )
}

/** A host that opens the dialog from a button of its own (`open`), with no trigger. */
function OwnButtonHost() {
  const [client] = useState(() => createMockClient().client)
  const [open, setOpen] = useState(false)
  return (
    <div className="branded">
      <button type="button" onClick={() => setOpen(true)}>
        Message the customer
      </button>
      <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} open={open} onOpenChange={setOpen} />
    </div>
  )
}

async function openAdmin(theme: 'light' | 'dark' = 'light') {
  render(<Admin theme={theme} />)
  await page.getByRole('button', { name: 'Send…' }).click()
  const dialog = document.querySelector('.bi-send-dialog')
  if (!dialog) throw new Error('the dialog did not open')
  expect(dialog.closest('.admin')).not.toBeNull()
  return {
    dialog,
    field: dialog.querySelector('.bi-send-dialog-input') as HTMLInputElement,
    send: dialog.querySelector('.bi-send-dialog-button[data-variant="primary"]') as HTMLElement,
  }
}

describe('a host themes the kit from its own wrapper (Chromium)', () => {
  it('keeps the kit’s defaults when the host sets nothing', async () => {
    const { dialog, field, send } = await openAdmin()
    expect(bubble().backgroundColor).toBe('rgb(255, 255, 255)')
    expect(style(dialog).backgroundColor).toBe('rgb(255, 255, 255)')
    expect(style(field).borderTopColor).toBe('rgb(122, 138, 147)')
    expect(style(send).backgroundColor).toBe('rgb(0, 115, 92)')
    expect((await builderBody()).backgroundColor).toBe('rgb(255, 255, 255)')
    expect((await builderBody()).borderTopColor).toBe('rgb(122, 138, 147)')
  })

  it('a low-specificity rule on an ancestor, loaded first, changes the bubble, the fields and the dialog', async () => {
    hostStyles(`.admin {
      --bi-bubble-in-bg: rgb(1, 2, 3);
      --bi-text: rgb(250, 240, 230);
      --bi-surface: rgb(10, 20, 30);
      --bi-field-bg: rgb(11, 21, 31);
      --bi-field-border: rgb(12, 22, 32);
      --bi-radius: 3px;
      --bi-primary: rgb(13, 23, 33);
      --bi-focus: rgb(14, 24, 34);
      --bi-error: rgb(15, 25, 35);
      --bi-font-family: monospace;
    }`)
    const { dialog, field, send } = await openAdmin()
    expect(bubble().backgroundColor).toBe('rgb(1, 2, 3)')
    expect(style(document.querySelector('.bi-body')).color).toBe('rgb(250, 240, 230)')
    expect(style(dialog).backgroundColor).toBe('rgb(10, 20, 30)')
    expect(style(dialog).color).toBe('rgb(250, 240, 230)')
    expect(style(dialog).fontFamily).toBe('monospace')
    expect(style(field).backgroundColor).toBe('rgb(11, 21, 31)')
    expect(style(field).borderTopColor).toBe('rgb(12, 22, 32)')
    expect(style(field).borderTopLeftRadius).toBe('3px')
    expect(style(send).backgroundColor).toBe('rgb(13, 23, 33)')
    const body = await builderBody()
    expect(body.backgroundColor).toBe('rgb(11, 21, 31)')
    expect(body.borderTopColor).toBe('rgb(12, 22, 32)')
    expect(body.color).toBe('rgb(250, 240, 230)')
    expect(body.fontFamily).toBe('monospace')

    // Focus ring of a field reached from the keyboard, and an invalid field's border.
    await expect.poll(() => document.activeElement).toBe(field)
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}')
    expect(style(field).outlineColor).toBe('rgb(14, 24, 34)')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect.element(page.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true')
    expect(style(field).borderTopColor).toBe('rgb(15, 25, 35)')
  })

  it('a dialog portalled to document.body takes the variables of the wrapper it is opened from', async () => {
    hostStyles(`.branded {
      --bi-surface: light-dark(rgb(21, 22, 23), rgb(31, 32, 33));
      --bi-text: rgb(24, 25, 26);
      --bi-primary: rgb(27, 28, 29);
      --bi-backdrop: rgba(1, 2, 3, 0.5);
    }`)
    const { client } = createMockClient()
    const view = render(
      <div className="branded">
        <SendInteractiveDialog
          client={client}
          interactive={FEEDBACK_INTERACTIVE}
          theme="dark"
          defaultTo="0712 345 678"
          trigger={<button type="button">Send…</button>}
        />
      </div>,
    )
    await page.getByRole('button', { name: 'Send…' }).click()
    const dialog = document.querySelector('.bi-send-dialog') as HTMLElement
    expect(view.container.contains(dialog)).toBe(false)
    expect(style(dialog).backgroundColor).toBe('rgb(31, 32, 33)')
    expect(style(dialog).color).toBe('rgb(24, 25, 26)')
    expect(style(dialog.querySelector('.bi-send-dialog-button[data-variant="primary"]')).backgroundColor).toBe(
      'rgb(27, 28, 29)',
    )
    expect(style(document.querySelector('.bi-send-dialog-overlay')).backgroundColor).toBe('rgba(1, 2, 3, 0.5)')
    // Values the host did not set stay the kit's own, and nothing is written for them.
    expect(style(dialog.querySelector('.bi-send-dialog-input')).backgroundColor).toBe('rgb(36, 38, 38)')
    expect(dialog.style.getPropertyValue('--bi-field-bg')).toBe('')
  })

  it('a dialog open while the host re-themes its wrapper (a dark-mode switch) takes the new values', async () => {
    hostStyles('.admin { --bi-surface: rgb(51, 52, 53) } .admin.night { --bi-surface: rgb(61, 62, 63) }')
    const { client } = createMockClient()
    render(
      <div className="admin">
        <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} defaultOpen />
      </div>,
    )
    const dialog = document.querySelector('.bi-send-dialog') as HTMLElement
    expect(style(dialog).backgroundColor).toBe('rgb(51, 52, 53)')
    document.querySelector('.admin')?.classList.add('night')
    await expect.poll(() => style(dialog).backgroundColor).toBe('rgb(61, 62, 63)')
    document.documentElement.style.setProperty('--bi-text', 'rgb(71, 72, 73)')
    await expect.poll(() => style(dialog).color).toBe('rgb(71, 72, 73)')
  })

  it('a dialog opened by the host’s own button (no trigger) takes the variables of the wrapper it is in', async () => {
    hostStyles('.branded { --bi-surface: rgb(41, 42, 43); --bi-backdrop: rgba(4, 5, 6, 0.5) }')
    const view = render(<OwnButtonHost />)
    await page.getByRole('button', { name: 'Message the customer' }).click()
    const dialog = document.querySelector('.bi-send-dialog') as HTMLElement
    expect(view.container.contains(dialog)).toBe(false)
    expect(style(dialog).backgroundColor).toBe('rgb(41, 42, 43)')
    expect(style(document.querySelector('.bi-send-dialog-overlay')).backgroundColor).toBe('rgba(4, 5, 6, 0.5)')
  })

  it('an inline variable on :root reaches a dialog portalled to document.body', async () => {
    document.documentElement.style.setProperty('--bi-surface', 'rgb(40, 50, 60)')
    const { client } = createMockClient()
    const view = render(
      <SendInteractiveDialog client={client} interactive={FEEDBACK_INTERACTIVE} theme="dark" defaultOpen />,
    )
    const dialog = document.querySelector('.bi-send-dialog') as HTMLElement
    expect(view.container.contains(dialog)).toBe(false)
    expect(style(dialog).backgroundColor).toBe('rgb(40, 50, 60)')
  })

  it('a host value written with light-dark() follows each part’s theme', async () => {
    hostStyles(
      '.admin { --bi-surface: light-dark(rgb(1, 1, 1), rgb(2, 2, 2)); --bi-bubble-in-bg: light-dark(rgb(3, 3, 3), rgb(4, 4, 4)) }',
    )
    const light = await openAdmin('light')
    expect(style(light.dialog).backgroundColor).toBe('rgb(1, 1, 1)')
    expect(bubble().backgroundColor).toBe('rgb(3, 3, 3)')
    cleanup()
    const dark = await openAdmin('dark')
    expect(style(dark.dialog).backgroundColor).toBe('rgb(2, 2, 2)')
    expect(bubble().backgroundColor).toBe('rgb(4, 4, 4)')
  })

  it('the dark defaults apply where the host sets nothing, and a host value wins in dark too', async () => {
    hostStyles('.admin { --bi-primary: rgb(5, 6, 7) }')
    const { dialog, field, send } = await openAdmin('dark')
    expect(bubble().backgroundColor).toBe('rgb(36, 38, 38)')
    expect(style(dialog).backgroundColor).toBe('rgb(29, 31, 31)')
    expect(style(field).backgroundColor).toBe('rgb(36, 38, 38)')
    expect((await builderBody()).backgroundColor).toBe('rgb(36, 38, 38)')
    expect(style(send).backgroundColor).toBe('rgb(5, 6, 7)')
  })
})
