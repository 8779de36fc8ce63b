import { createDraft } from '@briq-interactive/core'
import '../styles.css'
import * as Dialog from '@radix-ui/react-dialog'
import { cleanup, render } from '@testing-library/react'
import { type ReactNode, useEffect, useRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import { InteractiveBuilder } from './interactive-builder.tsx'

declare module 'vitest/browser' {
  interface BrowserCommands {
    chooseFile: (name: string, text: string) => Promise<void>
  }
}

afterEach(cleanup)

/** The host's native modal: showModal() puts it in the top layer and makes the rest of the page inert. */
function NativeModal({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => ref.current?.showModal(), [])
  return (
    <dialog ref={ref} aria-label="Template">
      {children}
    </dialog>
  )
}

/** The host's Radix dialog (the kit's own library: a modal layer with its own focus trap). */
function RadixModal({ children }: { children: ReactNode }) {
  return (
    <Dialog.Root defaultOpen>
      <Dialog.Portal>
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Template</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

const hosts = [
  ['a native <dialog> opened with showModal()', NativeModal],
  ['a Radix dialog', RadixModal],
] as const

// Open JSON file clicks a hidden file input: the browser must still open its chooser from inside
// the host's modal, and the file chosen there replace the draft.
describe.each(hosts)('the JSON tab inside %s (Chromium)', (_, Host) => {
  it('Open JSON file opens the browser’s chooser and the file chosen replaces the draft', async () => {
    render(
      <Host>
        <InteractiveBuilder theme="light" defaultValue={createDraft('button')} />
      </Host>,
    )
    await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
    const chosen = commands.chooseFile('route.json', JSON.stringify(createDraft('list')))
    await userEvent.click(page.getByRole('button', { name: 'Open JSON file' }))
    await chosen
    const json = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    await expect.poll(() => JSON.parse((json.element() as HTMLTextAreaElement).value).type).toBe('list')
    await userEvent.click(page.getByRole('tab', { name: 'Form' }))
    await expect.element(page.getByRole('group', { name: 'Section 1' })).toBeVisible()
  })
})
