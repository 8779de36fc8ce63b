import { expectTypeOf } from 'vitest'
import {
  type BriqClient,
  createSendController,
  type Interactive,
  type InteractiveType,
  type ReadonlyDeep,
  type SendController,
  type SendInteractiveRequest,
  validateInteractive,
  validateSendRequest,
} from '../index.ts'

declare const client: BriqClient
type SendInput = Parameters<BriqClient['sendInteractive']>[0]

// A message written `as const`: readonly tuples and literal strings all the way down.
const buttons = {
  type: 'button',
  body: { text: 'Tuilete lini?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'today', title: 'Leo' } },
      { type: 'reply', reply: { id: 'tomorrow', title: 'Kesho' } },
    ],
  },
} as const
void client.sendInteractive({ to: '255712345678', interactive: buttons })
const list = {
  type: 'list',
  body: { text: 'Chagua njia' },
  action: { button: 'Njia', sections: [{ title: 'Kimara', rows: [{ id: 'kimara', title: 'Kimara' }] }] },
} as const
void client.sendInteractive({ to: '255712345678', interactive: list } as const)

// Every type's deep-readonly view (what `as const` gives, before its literals narrow it further)
// goes in, each checked on its own: a type the view broke would fail here by name.
type EachReadonlyAccepted = {
  [Type in InteractiveType]: ReadonlyDeep<{
    to: string
    interactive: Extract<Interactive, { type: Type }>
  }> extends SendInput
    ? true
    : Type
}
expectTypeOf<EachReadonlyAccepted[InteractiveType]>().toEqualTypeOf<true>()
expectTypeOf<InteractiveType>().toEqualTypeOf<
  | 'button'
  | 'list'
  | 'cta_url'
  | 'flow'
  | 'location_request_message'
  | 'address_message'
  | 'carousel'
  | 'product'
  | 'product_list'
  | 'catalog_message'
  | 'call_permission_request'
  | 'voice_call'
>()

// A widening: a mutable request goes in as before; what comes out keeps its own type.
expectTypeOf<SendInteractiveRequest>().toExtend<SendInput>()
expectTypeOf(validateSendRequest({ to: '255712345678', interactive: buttons })).toEqualTypeOf<
  ReturnType<typeof validateSendRequest>
>()
const checked = validateInteractive(list)
if (checked.ok) expectTypeOf(checked.value).toEqualTypeOf<Interactive>()

// Wrong shapes are still refused, readonly or not.
const untitled = { ...buttons, action: { buttons: [{ type: 'reply', reply: { id: 'x' } }] } } as const
// @ts-expect-error: a button's reply needs a title.
void client.sendInteractive({ to: '255712345678', interactive: untitled })
// @ts-expect-error: no such interactive type.
void client.sendInteractive({ to: '255712345678', interactive: { ...list, type: 'menu' } } as const)
// @ts-expect-error: the number is a string of digits.
void client.sendInteractive({ to: 255712345678, interactive: buttons } as const)

// What a controller already sent is asked with the same message: a read, so it takes the view too.
expectTypeOf(createSendController(client).sentBefore).toBeCallableWith({ to: '255712345678', interactive: list })

// A controller's send takes it too, each type by name; it keeps a copy of its own, so what it
// gives back (the snapshot's request, the callbacks') keeps the mutable type callers rely on.
const sending = createSendController(client, {
  onSuccess: (_data, request) => expectTypeOf(request).toEqualTypeOf<SendInteractiveRequest>(),
  onError: (_error, request) => expectTypeOf(request).toEqualTypeOf<SendInteractiveRequest>(),
})
type ControllerInput = Parameters<SendController['send']>[0]
type EachReadonlySent = {
  [Type in InteractiveType]: ReadonlyDeep<{
    to: string
    interactive: Extract<Interactive, { type: Type }>
  }> extends ControllerInput
    ? true
    : Type
}
expectTypeOf<EachReadonlySent[InteractiveType]>().toEqualTypeOf<true>()
void sending.send({ to: '255712345678', interactive: buttons })
void sending.send({ to: '255712345678', interactive: list } as const, { allowDuplicate: true })
expectTypeOf<SendInteractiveRequest>().toExtend<ControllerInput>()
expectTypeOf(sending.getSnapshot().request).toEqualTypeOf<SendInteractiveRequest | undefined>()
// @ts-expect-error: a button's reply needs a title, readonly or not.
void sending.send({ to: '255712345678', interactive: untitled })
