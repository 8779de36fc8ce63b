import '../styles.css'
import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)

const failureCode = () => document.querySelector('.bi-send-dialog-failure')?.getAttribute('data-code')
const dialogViolations = async () =>
  (await axeReport(document.querySelector('[role="dialog"]') as HTMLElement)).violations

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['sw', 'light'],
  ['sw', 'dark'],
] as const)('a send failure panel in %s, %s theme', (locale, theme) => {
  const send = locale === 'en' ? 'Send' : 'Tuma'
  const openDialog = (client: BriqClient) =>
    render(
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
        theme={theme}
      />,
    )

  it('for an endpoint with no Briq route has no axe violations', async () => {
    const client = createBriqClient({
      endpoint: '/api/not-briq',
      fetch: async () =>
        new Response('{"detail":"Not Found"}', { status: 404, headers: { 'content-type': 'application/json' } }),
    })
    openDialog(client)
    await page.getByRole('button', { name: send, exact: true }).click()
    await expect.poll(failureCode).toBeTruthy()
    expect(await dialogViolations()).toEqual([])
  })

  it('for a retry held after a 500 has no axe violations', async () => {
    const { client, mock } = createMockClient()
    mock.setScenario('server-error')
    openDialog(client)
    await page.getByRole('button', { name: send, exact: true }).click()
    await expect.poll(failureCode).toBe('INTERNAL_ERROR')
    await page.getByRole('button', { name: send, exact: true }).click()
    await expect.poll(failureCode).toBe('MAYBE_SENT')
    expect(await dialogViolations()).toEqual([])
  })
})
