import { type BriqClient, LIMITS, type SendInteractiveRequest, type ValidateOptions } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, renderHook } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { type ReactNode, startTransition, use, useLayoutEffect, useState } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { useSendInteractive } from '../send/use-send-interactive.ts'
import { BriqProvider, type BriqProviderProps } from './briq-provider.tsx'
import { useBriqClient } from './use-briq-client.ts'

// Served with the list guide's 4096 so that a list body over 1024 gets through once the
// provider's rule lets it; the provider's own rule decides what its client sends.
const mock = createBriqMock({
  seed: 'provider-validation-switch',
  clock: 'manual',
  validation: { extendedListBody: true },
})
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => mock.reset())
afterAll(() => server.close())

const base = { endpoint: 'http://localhost/api/briq', headers: { 'X-API-Key': DEFAULT_API_KEY } }
const feedback: SendInteractiveRequest = { to: FIXTURE_PHONES.open, interactive: FEEDBACK_INTERACTIVE }
const longList: SendInteractiveRequest = {
  to: FIXTURE_PHONES.open,
  interactive: {
    type: 'list',
    body: { text: 'a'.repeat(LIMITS.body.text.max + 500) },
    action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
  },
}
const sentCount = () => mock.state().messages.length

function renderUnder(first: BriqProviderProps) {
  let props = first
  const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
  const hook = renderHook(() => ({ client: useBriqClient(), sending: useSendInteractive() }), { wrapper })
  const switchTo = (next: BriqProviderProps) => {
    props = next
    hook.rerender()
  }
  return { result: hook.result, switchTo }
}

// A rule switched in a transition that suspends on a promise that never settles: React keeps the
// page as it was and never commits that render.
const never = new Promise<never>(() => {})
const dropped: { setRule: (rule: ValidateOptions | undefined) => void; client: BriqClient | undefined } = {
  setRule: () => {},
  client: undefined,
}
function SuspendsOnRule({ suspend }: { suspend: boolean }) {
  dropped.client = useBriqClient()
  if (suspend) use(never)
  return null
}
function DroppedSwitch() {
  const [validation, setValidation] = useState<ValidateOptions | undefined>(undefined)
  dropped.setRule = setValidation
  return (
    <BriqProvider {...base} validation={validation}>
      <SuspendsOnRule suspend={validation !== undefined} />
    </BriqProvider>
  )
}

// Sends from its first effect after the rule it is given (a child's layout effect runs before
// any effect of the provider's own).
function SendsOnRule({ rule, sent }: { rule: ValidateOptions | undefined; sent: (result: Promise<unknown>) => void }) {
  const client = useBriqClient()
  useLayoutEffect(() => {
    if (rule !== undefined) sent(client.sendInteractive(longList))
  }, [client, rule, sent])
  return null
}

describe('BriqProvider: a rule, a timeout or retries switched at run time', () => {
  it('keeps the client, and its next call checks by the new rule', async () => {
    const { result, switchTo } = renderUnder({ ...base })
    const first = result.current.client
    await expect(first.sendInteractive(longList)).rejects.toMatchObject({ kind: 'validation' })
    const before = sentCount()

    switchTo({ ...base, validation: { extendedListBody: true }, timeoutMs: 5_000, retry: { attempts: 1 } })
    expect(result.current.client).toBe(first)
    await expect(first.sendInteractive(longList)).resolves.toMatchObject({ message_id: expect.any(String) })
    expect(sentCount()).toBe(before + 1)
  })

  it('still knows what was sent: the same message to the same number is not sent again unasked', async () => {
    const { result, switchTo } = renderUnder({ ...base })
    await act(() => result.current.sending.sendAsync(feedback))
    const after = sentCount()

    switchTo({ ...base, validation: { extendedListBody: true } })
    await act(async () => {
      await expect(result.current.sending.sendAsync(feedback)).rejects.toMatchObject({ code: 'DUPLICATE_SEND' })
    })
    expect(sentCount()).toBe(after)
  })

  // A render React never commits (a transition that suspended, then another that replaced it)
  // must not leave the client checking by the rule that render had.
  it('checks by the rule shown after a switch React dropped', async () => {
    render(<DroppedSwitch />)
    await act(async () => startTransition(() => dropped.setRule({ extendedListBody: true })))
    await act(async () => startTransition(() => dropped.setRule(undefined)))
    await expect(dropped.client?.sendInteractive(longList)).rejects.toMatchObject({ kind: 'validation' })
  })

  it('a child’s effect right after the switch already checks by the new rule', async () => {
    const results: Promise<unknown>[] = []
    const sent = (result: Promise<unknown>) => results.push(result)
    const page = (rule: ValidateOptions | undefined) => (
      <BriqProvider {...base} validation={rule}>
        <SendsOnRule rule={rule} sent={sent} />
      </BriqProvider>
    )
    const { rerender } = render(page(undefined))
    rerender(page({ extendedListBody: true }))
    expect(results).toHaveLength(1)
    await expect(results[0]).resolves.toMatchObject({ message_id: expect.any(String) })
  })

  it('sends to a new endpoint through a new client, which knows nothing of the old one', async () => {
    const { result, switchTo } = renderUnder({ ...base })
    const first = result.current.client
    await act(() => result.current.sending.sendAsync(feedback))
    const after = sentCount()

    switchTo({ ...base, endpoint: 'http://127.0.0.1/api/briq' })
    expect(result.current.client).not.toBe(first)
    await act(() => result.current.sending.sendAsync(feedback))
    expect(sentCount()).toBe(after + 1)
  })
})
