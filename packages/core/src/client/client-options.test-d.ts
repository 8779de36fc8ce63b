import { expectTypeOf } from 'vitest'
import { type BriqClient, createBriqClient, type HeadersInitLike, type HeadersOption } from '../index.ts'

// A host's wrapper that adds its own headers to one call (a request id, a fresh token) names
// their type as the client's signature does: `RequestOptions.headers` is `HeadersInitLike`.
function sendersWith(client: BriqClient, headers: HeadersInitLike) {
  return client.listSenders(undefined, { headers })
}
void sendersWith(createBriqClient({ endpoint: '/api/briq' }), { 'X-Request-Id': 'r-1' })
expectTypeOf<HeadersInitLike>().toExtend<HeadersOption>()
expectTypeOf<() => Promise<HeadersInitLike>>().toExtend<HeadersOption>()
