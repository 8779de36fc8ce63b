import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'

afterEach(() => {
  cleanup()
  document.getElementById('bi-sizes-before-token')?.remove()
})

// The builder's, the send dialog's and the send form's sizes as they were written before
// --bi-ui-font-size, each in rem with its px floor: at the default the token draws them the same.
const SIZES_BEFORE_TOKEN = `
.bi-builder, .bi-send-dialog, .bi-send-form { font-size: max(14px, 0.875rem) !important }
.bi-send-dialog-title { font-size: max(18px, 1.125rem) !important }
.bi-send-dialog-fact-code, .bi-builder-field-meta, .bi-builder-hint, .bi-builder-group-count {
  font-size: max(12.5px, 0.78125rem) !important
}
.bi-send-dialog-progress, .bi-builder-textarea[data-kind="json"], .bi-builder-suggestion, .bi-builder-refusal,
.bi-builder-type-guide-summary { font-size: max(13px, 0.8125rem) !important }
.bi-builder-toolbar-button[data-style="mono"] { font-size: max(12px, 0.75rem) !important }
`

/** The composer (its builder, and its send dialog portalled to the body) and a send form laid out inline. */
function Parts({ size }: { size?: string }) {
  const [client] = useState(() => createMockClient().client)
  return (
    <div style={size ? { ['--bi-ui-font-size' as string]: size } : undefined}>
      <InteractiveComposer client={client} defaultValue={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open} />
      <SendDialog.Root client={client} interactive={FEEDBACK_INTERACTIVE} defaultTo={FIXTURE_PHONES.open}>
        <SendDialog.Form aria-label="Send inline" style={{ width: 380 }}>
          <SendDialog.Conversation />
          <SendDialog.Sender />
          <SendDialog.Recipient />
          <SendDialog.Window />
          <SendDialog.Issues />
          <SendDialog.Status />
          <SendDialog.Actions />
        </SendDialog.Form>
      </SendDialog.Root>
    </div>
  )
}

/** Every element of the kit's parts but the preview (which keeps WhatsApp's sizes), portalled ones too. */
const uiElements = (): Element[] =>
  [...document.querySelectorAll('.bi-builder, .bi-send-dialog, .bi-send-form')]
    .flatMap((part) => [part, ...part.querySelectorAll('*')])
    .filter((element) => !element.closest('.bi-preview'))

const describeElement = (element: Element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class')}`

/** Each UI element's box and text size, in document order. */
const layout = () =>
  uiElements().map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect()
    return `${describeElement(element)} ${x},${y} ${width}x${height} ${getComputedStyle(element).fontSize}`
  })

const sizes = () =>
  new Map(uiElements().map((element) => [element, Number.parseFloat(getComputedStyle(element).fontSize)]))

/** The states shown: the form tab with the dialog open, the JSON tab. */
async function openDialog() {
  await page.getByRole('button', { name: 'Send', exact: true }).first().click()
  await expect.poll(() => document.querySelector('.bi-send-dialog')).not.toBeNull()
  await expect.element(page.getByRole('dialog')).toBeVisible()
}

describe('--bi-ui-font-size (Chromium)', () => {
  it('at its default, lays out every part exactly as the sizes written before it did', async () => {
    render(<Parts />)
    await openDialog()
    const withToken = layout()
    expect(withToken.length).toBeGreaterThan(200)

    const sheet = document.createElement('style')
    sheet.id = 'bi-sizes-before-token'
    sheet.textContent = SIZES_BEFORE_TOKEN
    document.head.append(sheet)
    expect(layout()).toEqual(withToken)
    sheet.remove()
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => document.querySelector('.bi-send-dialog')).toBeNull()
    await page.getByRole('tab', { name: 'JSON' }).click()
    await expect.poll(() => document.querySelector('.bi-builder-textarea[data-kind="json"]')).not.toBeNull()
    const json = layout()
    document.head.append(sheet)
    expect(layout()).toEqual(json)
  })

  it.each(['13px', '16px'])('set to %s by a host, reaches every text of every part in proportion', async (size) => {
    render(<Parts />)
    await openDialog()
    const before = sizes()
    cleanup()
    render(<Parts size={size} />)
    await openDialog()
    const after = sizes()
    const roots = [...document.querySelectorAll('.bi-builder, .bi-send-dialog, .bi-send-form')]
    // The composer's builder, its dialog (portalled to the body, the host's value carried along) and the inline form.
    expect(roots.map((root) => [root.className.split(' ')[1], getComputedStyle(root).fontSize])).toEqual([
      ['bi-builder', size],
      ['bi-send-form', size],
      ['bi-send-dialog', size],
    ])
    const scale = Number.parseFloat(size) / 14
    const [newElements, oldSizes] = [[...after.keys()], [...before.values()]]
    expect(newElements.length).toBe(oldSizes.length)
    const off = newElements
      .map((element, index) => [element, after.get(element) ?? 0, (oldSizes[index] ?? 0) * scale] as const)
      .filter(([, actual, expected]) => Math.abs(actual - expected) > 0.01)
      .map(([element, actual, expected]) => `${describeElement(element)} ${actual}px, not ${expected}px`)
    expect(off).toEqual([])
    // The preview keeps WhatsApp's sizes.
    expect(getComputedStyle(document.querySelector('.bi-preview .bi-body') as Element).fontSize).toBe('14.2px')
  })
})
