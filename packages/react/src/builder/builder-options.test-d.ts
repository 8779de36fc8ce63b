import { expectTypeOf } from 'vitest'
import type {
  BuilderOptions,
  BuilderRootProps,
  InteractiveBuilderProps,
  InteractiveComposerProps,
  SendDialogOptions,
  SendDialogRootProps,
  SendInteractiveDialogProps,
} from '../index.ts'

// A host wrapping the kit passes on the builder's (or the send's) own props, named once for all
// the components that take them.
expectTypeOf<InteractiveBuilderProps>().toMatchTypeOf<BuilderOptions>()
expectTypeOf<InteractiveComposerProps>().toMatchTypeOf<BuilderOptions>()
expectTypeOf<BuilderRootProps>().toMatchTypeOf<BuilderOptions>()
expectTypeOf<SendInteractiveDialogProps>().toMatchTypeOf<SendDialogOptions>()
expectTypeOf<SendDialogRootProps>().toMatchTypeOf<SendDialogOptions>()

const draftOf = (options: Pick<BuilderOptions, 'value' | 'onValueChange'>) => options.value
expectTypeOf(draftOf).parameter(0).toHaveProperty('onValueChange')
expectTypeOf<SendDialogOptions['interactive']>().toEqualTypeOf<unknown>()
// @ts-expect-error: the send's own props have no builder draft.
const noValue: SendDialogOptions['value'] = undefined
void noValue
