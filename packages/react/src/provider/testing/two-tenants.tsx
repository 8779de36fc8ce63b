import { type BriqMock, createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { SendDemo } from '../../send/testing/send-demo.tsx'
import { BriqProvider } from '../briq-provider.tsx'

/** Two Briq workspaces (a tenant switch), each an in-memory mock behind its own endpoint. */
export interface TwoTenants {
  endpoints: { a: string; b: string }
  mocks: { a: BriqMock; b: BriqMock }
  /** Every request as `METHOD host/path`, in the order the client made them. */
  requests: string[]
  /** Message ids `onSent` reported, in order. */
  sent: string[]
  /** Holds the next send's answer until `release()` is called (the request itself is made at once). */
  holdNextSend(): () => void
  /** The composer under a provider pointed at `endpoint`; render it again with the other endpoint to switch. */
  app(endpoint: string): React.JSX.Element
}

/**
 * A host app whose provider changes `endpoint`: requests to `https://a.test` reach mock A,
 * requests to `https://b.test` reach mock B, each as a real `Request` handled by the mock.
 */
export function createTwoTenants(): TwoTenants {
  const endpoints = { a: 'https://a.test/api/briq', b: 'https://b.test/api/briq' }
  const mocks = {
    a: createBriqMock({ seed: 'tenant-a', clock: 'manual' }),
    b: createBriqMock({ seed: 'tenant-b', clock: 'manual' }),
  }
  const requests: string[] = []
  const sent: string[] = []
  let held: Promise<void> | undefined
  const fetch = async (url: string, init: RequestInit) => {
    const target = new URL(url)
    requests.push(`${init.method} ${target.host}${target.pathname}`)
    const gate = init.method === 'POST' ? held : undefined
    if (gate) held = undefined
    const request = new Request(target, init)
    await gate
    return (target.host === 'a.test' ? mocks.a : mocks.b).handle(request)
  }
  return {
    endpoints,
    mocks,
    requests,
    sent,
    holdNextSend() {
      let release = () => {}
      held = new Promise<void>((resolve) => {
        release = resolve
      })
      return release
    },
    app: (endpoint) => (
      <BriqProvider endpoint={endpoint} headers={{ 'X-API-Key': DEFAULT_API_KEY }} fetch={fetch}>
        <SendDemo defaultTo={FIXTURE_PHONES.open} onSent={(id) => sent.push(id)} />
      </BriqProvider>
    ),
  }
}
