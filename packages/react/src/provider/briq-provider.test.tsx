import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { render, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider, type BriqProviderProps } from './briq-provider.tsx'
import { useBriqSettings } from './briq-settings.ts'
import { useBriqClient } from './use-briq-client.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

const silenceReactErrorLog = () => vi.spyOn(console, 'error').mockImplementation(() => {})

describe('BriqProvider and useBriqClient', () => {
  it('keeps its client while the options keep their values, however the props are written', async () => {
    const calls: string[] = []
    const fetch = async (url: string, _init: RequestInit) => {
      calls.push(url)
      return Response.json({ success: true, data: [], errors: null })
    }
    const options = () =>
      ({
        endpoint: 'https://one.example/api/briq',
        headers: { 'X-Tenant': 'one', Accept: 'application/json' },
        retry: { attempts: 1 },
        validation: { extendedListBody: true },
        // A new arrow on every render, as inline JSX writes it.
        fetch: (url: string, init: RequestInit) => fetch(url, init),
      }) satisfies BriqProviderProps
    let props: BriqProviderProps = options()
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    const first = result.current
    props = { ...options(), headers: { Accept: 'application/json', 'X-Tenant': 'one' }, timeoutMs: undefined }
    rerender()
    expect(result.current).toBe(first)
    await result.current.listSenders()
    expect(calls).toEqual(['https://one.example/api/briq/v1/whatsapp/senders'])
  })

  it('creates a new client when an option changes value: the next request goes to the new endpoint', async () => {
    const calls: string[] = []
    const fetch = async (url: string, init: RequestInit) => {
      calls.push(`${url} ${new Headers(init.headers).get('X-Tenant')}`)
      return Response.json({ success: true, data: [], errors: null })
    }
    let props: BriqProviderProps = { endpoint: 'https://one.example/api/briq', fetch, headers: { 'X-Tenant': 'one' } }
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    const first = result.current
    await first.listSenders()

    props = { ...props, endpoint: 'https://two.example/api/briq' }
    rerender()
    const second = result.current
    expect(second).not.toBe(first)
    await second.listSenders()

    props = { ...props, headers: { 'X-Tenant': 'two' } }
    rerender()
    expect(result.current).not.toBe(second)
    await result.current.listSenders()
    expect(calls).toEqual([
      'https://one.example/api/briq/v1/whatsapp/senders one',
      'https://two.example/api/briq/v1/whatsapp/senders one',
      'https://two.example/api/briq/v1/whatsapp/senders two',
    ])
  })

  it('calls the latest fetch and headers function without re-creating the client', async () => {
    const calls: string[] = []
    const fetchAs = (name: string) => async (_url: string, init: RequestInit) => {
      calls.push(`${name} ${new Headers(init.headers).get('Authorization')}`)
      return Response.json({ success: true, data: [], errors: null })
    }
    const headersAs = (token: string) => () => ({ Authorization: `Bearer ${token}` })
    let props: BriqProviderProps = { endpoint: '/api/briq', fetch: fetchAs('first'), headers: headersAs('a') }
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    const first = result.current
    await first.listSenders()
    props = { endpoint: '/api/briq', fetch: fetchAs('second'), headers: headersAs('b') }
    rerender()
    expect(result.current).toBe(first)
    await first.listSenders()
    expect(calls).toEqual(['first Bearer a', 'second Bearer b'])
  })

  it('switches from a given client to its own and back', () => {
    const given = createBriqClient({ endpoint: '/given' })
    let props: BriqProviderProps = { client: given }
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    expect(result.current).toBe(given)
    props = { endpoint: '/own' }
    rerender()
    expect(result.current).not.toBe(given)
    props = { client: given }
    rerender()
    expect(result.current).toBe(given)
  })

  it('gives the kit its portal container', () => {
    const container = document.createElement('div')
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BriqProvider endpoint="/api/briq" portalContainer={container}>
        {children}
      </BriqProvider>
    )
    expect(renderHook(() => useBriqSettings(), { wrapper }).result.current.portalContainer).toBe(container)
    expect(renderHook(() => useBriqSettings()).result.current.portalContainer).toBeUndefined()
  })

  it('hands down a client given as a prop, and follows it when it changes', () => {
    const one = createBriqClient({ endpoint: '/one' })
    const two = createBriqClient({ endpoint: '/two' })
    let client: BriqClient = one
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider client={client}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    expect(result.current).toBe(one)
    client = two
    rerender()
    expect(result.current).toBe(two)
  })

  it('says what is missing when there is neither a client nor an endpoint', () => {
    silenceReactErrorLog()
    const props = { endpoint: '' } as BriqProviderProps
    expect(() => render(<BriqProvider {...props} />)).toThrow(/needs a `client` or an `endpoint`.*got endpoint ""/)
  })

  it('refuses a fetch that is not a function, which every call would have failed on', () => {
    silenceReactErrorLog()
    const props = { endpoint: '/api/briq', fetch: 'fetch' } as unknown as BriqProviderProps
    expect(() => render(<BriqProvider {...props} />)).toThrow(
      '<BriqProvider fetch> must be a function such as globalThis.fetch; got string',
    )
  })
})
