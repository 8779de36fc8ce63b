import type { BriqClient, InteractiveType, ReadonlyDeep, SendInteractiveRequest } from '@briq-interactive/core'
import type { InteractiveExamples } from '@briq-interactive/fixtures'
import type * as Kit from '@briq-interactive/react'
import { expectTypeOf } from 'vitest'

// A message written `as const`, or a fixture typed with readonly arrays, goes into every prop
// that takes a message as it is: each of the 12 types' deep-readonly view, checked one by one.
type Readonly12 = { [Type in InteractiveType]: ReadonlyDeep<InteractiveExamples[Type]> }[InteractiveType]

expectTypeOf<Readonly12>().toExtend<NonNullable<Kit.SendInteractiveDialogProps['interactive']>>()
expectTypeOf<Readonly12>().toExtend<NonNullable<Kit.InteractivePreviewProps['value']>>()
expectTypeOf<Readonly12>().toExtend<NonNullable<Kit.InteractiveBuilderProps['value']>>()
expectTypeOf<Readonly12>().toExtend<NonNullable<Kit.InteractiveBuilderProps['defaultValue']>>()
expectTypeOf<Readonly12>().toExtend<NonNullable<Kit.InteractiveComposerProps['defaultValue']>>()
// The provider's client sends it as it is too.
type EachSent = {
  [Type in InteractiveType]: { to: string; interactive: ReadonlyDeep<InteractiveExamples[Type]> } extends Parameters<
    BriqClient['sendInteractive']
  >[0]
    ? true
    : Type
}
expectTypeOf<EachSent[InteractiveType]>().toEqualTypeOf<true>()
// The hook's sentBefore only reads the request: it takes the view too.
expectTypeOf<{ to: string; interactive: Readonly12 }>().toExtend<
  Parameters<Kit.UseSendInteractiveResult['sentBefore']>[0]
>()
// The hook's send and sendAsync take it, each type by name; what they give back (`request`, the
// callbacks') keeps the mutable type: the controller's own copy.
type Sending = Kit.UseSendInteractiveResult
type EachHookSent = {
  [Type in InteractiveType]: [
    { to: string; interactive: ReadonlyDeep<InteractiveExamples[Type]> },
    { to: string; interactive: ReadonlyDeep<InteractiveExamples[Type]> },
  ] extends [Parameters<Sending['send']>[0], Parameters<Sending['sendAsync']>[0]]
    ? true
    : Type
}
expectTypeOf<EachHookSent[InteractiveType]>().toEqualTypeOf<true>()
expectTypeOf<Sending['request']>().toEqualTypeOf<SendInteractiveRequest | undefined>()
expectTypeOf<
  Parameters<NonNullable<Kit.UseSendInteractiveOptions['onSuccess']>>[1]
>().toEqualTypeOf<SendInteractiveRequest>()
