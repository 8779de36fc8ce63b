import '../styles.css'
import { INTERACTIVE_TYPES } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { brokenExample as broken, expectSwahiliOnly, spokenKitText } from './testing/swahili-screen.ts'

afterEach(cleanup)

describe('the composer in Swahili, as Chromium gives it to a screen reader', () => {
  it.each(INTERACTIVE_TYPES)(
    'a broken %s message: errors, warnings, fix-its, preview',
    { timeout: 60_000 },
    async (type) => {
      const { client } = createMockClient()
      const message = broken(type)
      render(<InteractiveComposer client={client} locale="sw" defaultValue={message} />)
      await expect.element(page.getByRole('region', { name: 'Matatizo', exact: true })).toBeVisible()
      expectSwahiliOnly(await spokenKitText(message))
      await userEvent.click(page.getByRole('tab', { name: 'JSON', exact: true }))
      expectSwahiliOnly(await spokenKitText(message))
    },
  )

  it('a broken message sent from the dialog: the blocked send, its errors and warnings', async () => {
    const { client } = createMockClient()
    const message = broken('list')
    render(<InteractiveComposer client={client} locale="sw" defaultValue={message} />)
    await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
    await expect.element(page.getByRole('dialog', { name: 'Tuma ujumbe' })).toBeVisible()
    expectSwahiliOnly(await spokenKitText(message))
  })

  it.each(INTERACTIVE_TYPES)(
    'a %s message sent inline: its status and the preview after it',
    { timeout: 60_000 },
    async (type) => {
      const { client } = createMockClient()
      const message = INTERACTIVE_EXAMPLES[type]
      render(
        <InteractiveComposer
          client={client}
          locale="sw"
          defaultValue={message}
          sendMode="inline"
          defaultTo={FIXTURE_PHONES.open}
          pollIntervalMs={20}
        />,
      )
      await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
      await expect.element(page.getByRole('region', { name: 'Ujumbe umetumwa' })).toBeVisible()
      expectSwahiliOnly(await spokenKitText(message))
    },
  )

  it('a send refused because the 24-hour window is closed', async () => {
    const { client } = createMockClient()
    const message = INTERACTIVE_EXAMPLES.button
    render(
      <InteractiveComposer
        client={client}
        locale="sw"
        defaultValue={message}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
    await expect.element(page.getByText(/^Mteja hajakuandikia/).first()).toBeVisible()
    expectSwahiliOnly(await spokenKitText(message))
  })
})
