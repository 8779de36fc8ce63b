import {
  type BriqClient,
  type BriqClientOptions,
  createBriqClient,
  type FetchLike,
  fetchOptionProblem,
} from '@briq-interactive/core'
import { useInsertionEffect, useState } from 'react'
import { optionKey } from './option-key.ts'

interface Owned {
  key: string | undefined
  /** The `optionKey` of where the client sends: its endpoint, headers and whether it has a `fetch`. */
  place: string | undefined
  /** The client handed down: the same object while `place` stays, calling through `inner`. */
  client: BriqClient | undefined
  /** The client made with the committed option values (`timeoutMs`, `retry`, `validation` too), and their key. */
  inner: { current: BriqClient | undefined; key: string | undefined }
  /** The options of the latest commit: the client's `fetch` and `headers` wrappers call through it. */
  latest: { current: BriqClientOptions | undefined }
}

/**
 * The provider's own client, created from `options`; `undefined` when the provider was given a
 * `client` instead. The object handed down changes only when where it sends changes (endpoint,
 * headers, whether there is a `fetch`): a new `timeoutMs`, `retry` or `validation` applies to the
 * next call through the same object, so what the kit remembers per client (what was sent, a
 * `Retry-After` hold, a conversation list) is not lost to a rule switched at run time. Option
 * values compare by `optionKey`; functions (`fetch`, a `headers` function) are called through the
 * latest render's options, so their identity never counts, while their presence does.
 */
export function useOwnClient(options: BriqClientOptions | undefined): BriqClient | undefined {
  const key = options ? optionKey(options) : undefined
  const [owned, setOwned] = useState<Owned>(() => own(options, key, undefined))
  let current = owned
  if (owned.key !== key) {
    current = own(options, key, owned)
    setOwned(current)
  }
  // Written once React commits this render, before any effect of the tree runs (a child's that
  // sends right after it included): insertion effects all come before layout and passive ones.
  // Not during render: a render React drops (a transition another replaced, after which the
  // provider may not render again) would leave the client with values the page never showed.
  useInsertionEffect(() => {
    current.latest.current = options
    if (options !== undefined && current.inner.key !== key) {
      current.inner.current = made(options, current.latest)
      current.inner.key = key
    }
  })
  return current.client
}

function own(options: BriqClientOptions | undefined, key: string | undefined, before: Owned | undefined): Owned {
  if (!options) {
    return {
      key,
      place: undefined,
      client: undefined,
      inner: { current: undefined, key },
      latest: { current: options },
    }
  }
  if (typeof options.endpoint !== 'string' || options.endpoint.trim() === '') {
    throw new Error(
      `<BriqProvider> needs a \`client\` or an \`endpoint\` (your proxy's URL, e.g. <BriqProvider endpoint="/api/briq">); got endpoint ${JSON.stringify(options.endpoint)}`,
    )
  }
  // Any value was wrapped as the fetch to call, so the first call failed as a network error.
  // Null is taken as none (the default fetch), as a prop left empty.
  const { fetch } = options as { fetch?: unknown }
  const fetchProblem = fetchOptionProblem(fetch ?? undefined, '<BriqProvider fetch>')
  if (fetchProblem !== undefined) throw new Error(fetchProblem)
  const place = optionKey({ endpoint: options.endpoint, headers: options.headers, fetch: options.fetch })
  // Where it sends stays: the same client, calling through one made with the new values once committed.
  if (before?.client !== undefined && before.place === place) return { ...before, key }
  const latest: Owned['latest'] = { current: options }
  const inner: Owned['inner'] = { current: made(options, latest), key }
  return { key, place, client: callingThrough(inner), inner, latest }
}

function made(options: BriqClientOptions, latest: Owned['latest']): BriqClient {
  const { fetch, headers } = options
  return createBriqClient({
    ...options,
    fetch: fetch ? (((input, init) => (latest.current?.fetch ?? fetch)(input, init)) satisfies FetchLike) : undefined,
    headers:
      typeof headers === 'function'
        ? () => {
            const now = latest.current?.headers
            return typeof now === 'function' ? now() : headers()
          }
        : headers,
  })
}

// A client whose every method calls the same method of `inner.current` when called.
function callingThrough(inner: { current: BriqClient | undefined }): BriqClient {
  const methods: Record<string, (...args: unknown[]) => unknown> = {}
  for (const name of Object.keys(inner.current ?? {})) {
    methods[name] = (...args) =>
      (inner.current as unknown as Record<string, (...a: unknown[]) => unknown>)[name]?.(...args)
  }
  return methods as unknown as BriqClient
}
