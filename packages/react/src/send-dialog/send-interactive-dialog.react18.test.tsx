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

/** Polls the DOM until `check` passes (real timers; the mock answers in-process). */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
  expect(check()).toBe(true)
}
const dialog = () => document.querySelector('[role="dialog"]')
const region = (name: string) => document.querySelector(`section[aria-label="${name}"]`)
const sendButton = () =>
  [...document.querySelectorAll('button')].find((button) => button.textContent === 'Send') as HTMLButtonElement

function mount(defaultTo: string, sent: string[]) {
  const harness = createMockClient({ seed: 'react18-dialog' })
  document.body.append(container)
  root = createRoot(container)
  act(() =>
    root?.render(
      <StrictMode>
        <SendInteractiveDialog
          client={harness.client}
          interactive={FEEDBACK_INTERACTIVE}
          defaultOpen
          defaultTo={defaultTo}
          pollIntervalMs={20}
          onSent={(result) => sent.push(result.message_id)}
        />
      </StrictMode>,
    ),
  )
  return harness
}

describe('SendInteractiveDialog on React 18', () => {
  it('really runs on React 18.3', () => {
    expect(version).toMatch(/^18\.3\./)
  })

  it('opens focused on the recipient, sends once on a double click, follows the status and the reply', async () => {
    const sent: string[] = []
    const { mock, sends } = mount(FIXTURE_PHONES.open, sent)
    mock.setFaults({ latencyMs: 30 })
    expect(dialog()).not.toBeNull()
    expect(document.activeElement).toBe(document.querySelector('input[type="tel"]'))
    act(() => {
      sendButton().click()
      sendButton().click()
    })
    await until(() => region('Message sent') !== null)
    expect(sends).toHaveLength(1)
    expect(sent).toHaveLength(1)
    act(() => mock.advance(4000))
    await until(() => region('Message sent')?.textContent?.includes('Read') === true)
    act(() => {
      mock.simulateReply(sent[0] ?? '', 'yes')
    })
    await until(() => region('Message sent')?.textContent?.includes('The customer replied: Yes') === true)
  })

  it('"Send again" ignores a double click’s second click (click count 2); a click of its own sends', async () => {
    const { mock, sends } = mount(FIXTURE_PHONES.open, [])
    // Briq's 500: the message may have gone, so a second Send asks "Send again".
    mock.setScenario('server-error')
    act(() => sendButton().click())
    await until(() => region('Not confirmed') !== null)
    act(() => sendButton().click())
    await until(() => region('Not confirmed')?.getAttribute('data-code') === 'MAYBE_SENT')
    const sendAgain = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Send again')
    const clickOf = (detail: number) =>
      act(() => {
        sendAgain?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }))
      })
    clickOf(2)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(sends).toHaveLength(1)
    expect(region('Not confirmed')?.getAttribute('data-code')).toBe('MAYBE_SENT')
    clickOf(1)
    await until(() => sends.length === 2)
  })

  it('keeps the number and explains a closed window', async () => {
    mount(FIXTURE_PHONES.closed, [])
    act(() => sendButton().click())
    await until(() => region('Not sent')?.getAttribute('data-code') === 'WINDOW_CLOSED')
    expect((document.querySelector('input[type="tel"]') as HTMLInputElement).value).toBe(FIXTURE_PHONES.closed)
    expect(dialog()).not.toBeNull()
  })
})
