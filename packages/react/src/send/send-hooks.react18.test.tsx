import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { setupServer } from 'msw/node'
import { act, StrictMode, version } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendDemo } from './testing/send-demo.tsx'

// Runs in the `react18` Vitest project, where `react` and `react-dom` are React 18.3.
const mock = createBriqMock({ seed: 'react18-send', clock: 'manual' })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

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
const text = (testId: string) => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? ''

describe('send hooks on React 18', () => {
  it('really runs on React 18.3', () => {
    expect(version).toMatch(/^18\.3\./)
  })

  it('sends once on a double click, keeps the draft on a refusal, follows the status and the reply', async () => {
    mock.setFaults({ latencyMs: 30 })
    const sent: string[] = []
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root?.render(
        <StrictMode>
          <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
            <SendDemo defaultTo={FIXTURE_PHONES.open} onSent={(id) => sent.push(id)} />
          </BriqProvider>
        </StrictMode>,
      ),
    )
    const button = container.querySelector('button') as HTMLButtonElement
    act(() => {
      button.click()
      button.click()
    })
    await until(() => text('send-status') === 'success')
    expect(sent).toHaveLength(1)
    await until(() => text('delivery') === 'Queued')

    act(() => button.click())
    await until(() => container.querySelector('[role="alert"]')?.getAttribute('data-code') === 'DUPLICATE_SEND')
    expect(container.querySelector('textarea')?.value).toBe('Did this resolve your issue?')
    expect(sent).toHaveLength(1)

    act(() => mock.advance(4000))
    await until(() => text('delivery') === 'Read')
    act(() => {
      mock.simulateReply(sent[0] ?? '', 'yes')
    })
    await until(() => text('reply') === 'Yes')
    mock.setFaults({})
  })
})
