import '../styles.css'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { accessibilityTree } from '../testing/spoken.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

afterEach(cleanup)

const spokenLines = async (text: string) => (await accessibilityTree('body')).filter((line) => line.includes(text))

/** Presses the first row's Remove; gives the builder's announcement, once it is exposed. */
async function removeFirstRow(): Promise<string> {
  await userEvent.click(page.getByRole('group', { name: 'Row 1' }).first().getByRole('button', { name: 'Remove' }))
  const live = document.querySelector('.bi-builder-live') as HTMLElement
  await expect.poll(() => live.textContent).toMatch(/removed/)
  const said = live.textContent as string
  expect(await spokenLines(said)).toHaveLength(1)
  return said
}

describe("the builder's announcement behind a modal (Chromium, phone)", () => {
  // A modal hides the page behind it from assistive tech but keeps its live regions (they may
  // still speak), so the builder's last words stayed a swipe stop beside the open sheet or
  // dialog for as long as they were kept (7 s). They were read when said; once focus leaves
  // the builder they are only stale text.
  it('leaves the builder’s last words out of reach once focus goes to the preview’s list sheet', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} defaultValue={INTERACTIVE_EXAMPLES.list} sendMode="dialog" />)
    const said = await removeFirstRow()
    await userEvent.click(page.getByRole('button', { name: INTERACTIVE_EXAMPLES.list.action.button }))
    await expect.element(page.getByRole('dialog', { name: INTERACTIVE_EXAMPLES.list.action.button })).toBeVisible()
    expect(await spokenLines(said)).toEqual([])
  })

  it('and in the send dialog, portalled out of the builder', async () => {
    await page.viewport(390, 844)
    const { client } = createMockClient()
    render(<InteractiveComposer client={client} defaultValue={INTERACTIVE_EXAMPLES.list} sendMode="dialog" />)
    const said = await removeFirstRow()
    await userEvent.click(page.getByRole('button', { name: 'Send', exact: true }))
    await expect.element(page.getByRole('dialog', { name: 'Send message' })).toBeVisible()
    expect(await spokenLines(said)).toEqual([])
  })

  // A host's own dialog opened from the page is no part of the builder.
  it('and once focus leaves the builder for the page', async () => {
    render(
      <>
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} />
        <button type="button">Save</button>
      </>,
    )
    const said = await removeFirstRow()
    await userEvent.click(page.getByRole('button', { name: 'Save' }))
    expect(await spokenLines(said)).toEqual([])
  })

  // A host's modal holding the builder (a ticket's editor in a dialog) is the builder's page:
  // focus in it is focus in the builder, and an announcement emptied at once may go unsaid.
  it('keeps them in a host dialog that holds the builder', async () => {
    render(
      <div role="dialog" aria-label="Edit ticket">
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} />
      </div>,
    )
    const said = await removeFirstRow()
    await userEvent.click(page.getByRole('group', { name: 'Row 1' }).first().getByRole('textbox').first())
    expect(await spokenLines(said)).toHaveLength(1)
  })

  it('keeps them while focus stays in the builder', async () => {
    render(<InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} />)
    const said = await removeFirstRow()
    await userEvent.click(page.getByRole('button', { name: 'Add row' }).first())
    await expect.poll(async () => (await spokenLines('added')).length).toBe(1)
    await userEvent.click(page.getByRole('group', { name: 'Row 1' }).first().getByRole('textbox').first())
    expect(await spokenLines('added')).toHaveLength(1)
    expect(said).toMatch(/removed/)
  })
})
