import { type BriqClient, createBriqClient } from '@briq-interactive/core'
import { render, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriqProvider, type BriqProviderProps } from './briq-provider.tsx'
import { useBriqClient } from './use-briq-client.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

const silenceReactErrorLog = () => vi.spyOn(console, 'error').mockImplementation(() => {})

describe('BriqProvider and useBriqClient', () => {
  it('creates the client once from options, across re-renders with new option objects', async () => {
    const calls: string[] = []
    const fetch = async (url: string) => {
      calls.push(url)
      return Response.json({ success: true, data: [], errors: null })
    }
    let props: BriqProviderProps = { endpoint: 'https://one.example/api/briq', fetch }
    const wrapper = ({ children }: { children: ReactNode }) => <BriqProvider {...props}>{children}</BriqProvider>
    const { result, rerender } = renderHook(() => useBriqClient(), { wrapper })
    const first = result.current
    props = { endpoint: 'https://two.example/api/briq', fetch, headers: { 'X-Other': '1' } }
    rerender()
    expect(result.current).toBe(first)
    await result.current.listSenders()
    expect(calls).toEqual(['https://one.example/api/briq/v1/whatsapp/senders'])
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

  it('useBriqClient outside a provider explains how to fix it; a client argument needs no provider', () => {
    silenceReactErrorLog()
    expect(() => renderHook(() => useBriqClient())).toThrow(
      'useBriqClient() was called outside <BriqProvider>: wrap the component in <BriqProvider endpoint="/api/briq"> (or <BriqProvider client={client}>), or pass { client } to the hook',
    )
    const client = createBriqClient({ endpoint: '/api/briq' })
    expect(renderHook(() => useBriqClient(client)).result.current).toBe(client)
  })
})
