import { expectTypeOf } from 'vitest'
import { type BriqError, createBriqClient, createSendController, type SendResult } from '../index.ts'

// A UI built on core's controller alone (Vue, Svelte, a plain script) reads its snapshot by
// `status`: Briq's answer after a success needs no `?.` or `!`.
const snapshot = createSendController(createBriqClient({ endpoint: '/api/briq' })).getSnapshot()

if (snapshot.status === 'success') {
  expectTypeOf(snapshot.data).toEqualTypeOf<SendResult>()
  expectTypeOf(snapshot.data.message_id).toBeString()
  expectTypeOf(snapshot.error).toEqualTypeOf<undefined>()
}
if (snapshot.status === 'error') {
  expectTypeOf(snapshot.error).toEqualTypeOf<BriqError>()
  // A DUPLICATE_SEND refusal keeps the earlier send's answer, to follow its status.
  expectTypeOf(snapshot.data).toEqualTypeOf<SendResult | undefined>()
}
if (snapshot.status === 'idle' || snapshot.status === 'pending') {
  expectTypeOf(snapshot.data).toEqualTypeOf<undefined>()
  expectTypeOf(snapshot.error).toEqualTypeOf<undefined>()
}
expectTypeOf(snapshot.maybeSent).toBeBoolean()

// @ts-expect-error: before a success is known, Briq's answer may be missing.
snapshot.data.message_id
