import { type BriqClient, BriqError } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, StrictMode, version } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { createMockClient } from './testing/mock-client.ts'

// Runs in the `react18` Vitest project, where `react` and `react-dom` are React 18.3.
let root: Root | undefined
const container = document.createElement('div')
afterEach(() => {
  act(() => root?.unmount())
  container.remove()
})

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
  expect(check()).toBe(true)
}

const SAID =
  'Briq sends from your default number. The numbers you send from could not be loaded: Briq had a problem on its side'
const sendFrom = () => document.querySelector<HTMLInputElement>('.bi-send-dialog-field input[readonly]')
const live = () => document.querySelector('[role="dialog"] [role="status"]')?.textContent
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement

describe('SendDialog.Sender on React 18', () => {
  it('really runs on React 18.3', () => {
    expect(version).toMatch(/^18\.3\./)
  })

  it('no sender chosen and the senders cannot be read: shows and says Briq’s default number; the retry brings the choice', async () => {
    const { client } = createMockClient({ seed: 'react18-sender' })
    let down = true
    const flaky: BriqClient = {
      ...client,
      listSenders: (query, options) => {
        if (!down) return client.listSenders(query, options)
        return Promise.reject(new BriqError({ kind: 'http', status: 500, code: 'INTERNAL_ERROR', message: 'Internal' }))
      },
    }
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root?.render(
        <StrictMode>
          <SendInteractiveDialog
            client={flaky}
            interactive={FEEDBACK_INTERACTIVE}
            defaultOpen
            defaultTo={FIXTURE_PHONES.open}
          />
        </StrictMode>,
      ),
    )
    await until(() => sendFrom()?.value === 'Your default number')
    const note = document.getElementById(sendFrom()?.getAttribute('aria-describedby') ?? '')
    expect(note?.textContent).toBe(SAID)
    await until(() => live() === SAID)
    down = false
    // As a keyboard user presses it: focused, then pressed.
    act(() => {
      button('Load numbers again').focus()
      button('Load numbers again').click()
    })
    await until(() => document.querySelector('select[id]:not([aria-busy])') !== null && sendFrom() === null)
    const select = [...document.querySelectorAll('select')].find((candidate) =>
      candidate.labels?.[0]?.textContent?.startsWith('Send from'),
    )
    expect(select?.value).toBe('255700000001')
    expect(document.activeElement).toBe(select)
  })
})
