import '../styles.css'
import { createBriqClient } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { axeReport } from '../testing/axe-report.ts'
import { accessibilityTree, spoken } from '../testing/spoken.ts'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

afterEach(cleanup)
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function dump(label: string) {
  await wait(300)
  const region = document.querySelector('.bi-send-dialog-failure') as HTMLElement
  console.log(label, 'REGION', region && (await spoken(region)))
  console.log(label, 'TREE\n' + (await accessibilityTree('.bi-send-dialog-failure')).join('\n'))
  console.log(label, 'LIVE', document.querySelector('.bi-send-dialog-live')?.innerHTML)
  const dialog = document.querySelector('[role="dialog"]') as HTMLElement
  const r = await axeReport(dialog)
  console.log(label, 'AXE', JSON.stringify(r.violations), JSON.stringify(r.contrastUnmeasured))
  return r
}
for (const locale of ['en', 'sw'] as const)
  for (const theme of ['light', 'dark'] as const)
    describe('scratch', () => {
      const send = locale === 'en' ? 'Send' : 'Tuma'
      it(`no endpoint ${locale} ${theme}`, async () => {
        const client = createBriqClient({
          endpoint: '/api/briqx',
          fetch: async () =>
            new Response('{"detail":"Not Found"}', { status: 404, headers: { 'content-type': 'application/json' } }),
        })
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
        await page.getByRole('button', { name: send, exact: true }).click()
        const r = await dump(`NOEP ${locale} ${theme}`)
        expect(r.violations).toEqual([])
      })
      it(`held ${locale} ${theme}`, async () => {
        const { client, mock } = createMockClient()
        mock.setScenario('server-error')
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
        await page.getByRole('button', { name: send, exact: true }).click()
        await dump(`500 ${locale} ${theme}`)
        await page.getByRole('button', { name: send, exact: true }).click()
        const r = await dump(`HELD ${locale} ${theme}`)
        expect(r.violations).toEqual([])
      })
    })
