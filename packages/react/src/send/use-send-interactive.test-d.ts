import type { BriqError, SendResult } from '@briq-interactive/core'
import { expectTypeOf } from 'vitest'
import type { UseSendInteractiveResult } from './use-send-interactive.ts'

// A host reads the hook as TanStack Query's useMutation is read: `status` (or `isPending`)
// narrows the rest, so `data.message_id` after a success needs no `?.` or `!`.
declare const sending: UseSendInteractiveResult

if (sending.status === 'success') {
  expectTypeOf(sending.data).toEqualTypeOf<SendResult>()
  expectTypeOf(sending.data.message_id).toBeString()
  expectTypeOf(sending.error).toEqualTypeOf<undefined>()
}
if (sending.status === 'error') {
  expectTypeOf(sending.error).toEqualTypeOf<BriqError>()
  // A DUPLICATE_SEND refusal keeps the earlier send's answer, to follow its status.
  expectTypeOf(sending.data).toEqualTypeOf<SendResult | undefined>()
}
if (sending.status === 'idle' || sending.status === 'pending') {
  expectTypeOf(sending.data).toEqualTypeOf<undefined>()
  expectTypeOf(sending.error).toEqualTypeOf<undefined>()
}
if (sending.isPending) expectTypeOf(sending.status).toEqualTypeOf<'pending'>()

// Before narrowing, each is what it may be, and the functions are there whatever the status.
expectTypeOf(sending.status).toEqualTypeOf<'idle' | 'pending' | 'success' | 'error'>()
expectTypeOf(sending.data).toEqualTypeOf<SendResult | undefined>()
expectTypeOf(sending.error).toEqualTypeOf<BriqError | undefined>()
expectTypeOf(sending.send).toBeFunction()

// @ts-expect-error: before a success is known, Briq's answer may be missing.
sending.data.message_id
