import { type BriqClient, type BriqClientOptions, createBriqClient, type FetchLike } from '@briq-interactive/core'
import { useState } from 'react'
import { optionKey } from './option-key.ts'

interface Owned {
  key: string | undefined
  client: BriqClient | undefined
  /** The options of the latest render: the client's `fetch` and `headers` wrappers call through it. */
  latest: { current: BriqClientOptions | undefined }
}

/**
 * The provider's own client, created from `options` and re-created only when an option's value
 * changes (see `optionKey`); `undefined` when the provider was given a `client` instead.
 * Functions (`fetch`, a `headers` function) are called through the latest render's options, so
 * their identity never re-creates the client, while their presence does.
 */
export function useOwnClient(options: BriqClientOptions | undefined): BriqClient | undefined {
  const key = options ? optionKey(options) : undefined
  const [owned, setOwned] = useState<Owned>(() => own(options, key))
  let current = owned
  if (owned.key !== key) {
    current = own(options, key)
    setOwned(current)
  }
  // Written during render so that a child's effect that sends right after this render already
  // uses this render's functions (effects run child first, before the provider's own).
  current.latest.current = options
  return current.client
}

function own(options: BriqClientOptions | undefined, key: string | undefined): Owned {
  const latest: Owned['latest'] = { current: options }
  if (!options) return { key, client: undefined, latest }
  if (typeof options.endpoint !== 'string' || options.endpoint.trim() === '') {
    throw new Error(
      `<BriqProvider> needs a \`client\` or an \`endpoint\` (your proxy's URL, e.g. <BriqProvider endpoint="/api/briq">); got endpoint ${JSON.stringify(options.endpoint)}`,
    )
  }
  const { fetch, headers } = options
  const client = createBriqClient({
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
  return { key, client, latest }
}
