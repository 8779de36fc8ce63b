import type * as Kit from '@briq-interactive/react'
import { InteractiveBuilder, InteractiveComposer, SendDialog } from '@briq-interactive/react'

// `value` beside `defaultValue` (or `open` beside `defaultOpen`, …) is reported at run time only,
// on purpose: prop types that refused the pair (a union of controlled and uncontrolled props)
// would refuse these hosts too, which give one of each at most. TypeScript cannot tell a pair
// given from a pair that may be given: `Omit<>` of a union keeps neither side, and a wrapper
// forwarding its own optional `value` and `defaultValue` passes both, maybe undefined. Each
// must keep compiling.

/** A wrapper that fixes one prop and passes the rest on, as admin UIs wrap the composer. */
export function ShopComposer(props: Omit<Kit.InteractiveComposerProps, 'endpoint'>) {
  return <InteractiveComposer endpoint="/api/briq" {...props} />
}

/** A wrapper that forwards the pair from its own optional props, leaving the choice to its host. */
export function CrmBuilder({ draft, initialDraft }: { draft?: unknown; initialDraft?: unknown }) {
  return <InteractiveBuilder value={draft} defaultValue={initialDraft} />
}

/** A host form's dialog, its recipient controlled or not by the page around it. */
export function HostDialog(
  props: Omit<Kit.SendDialogRootProps, 'children' | 'interactive'> & {
    interactive: Kit.SendDialogRootProps['interactive']
  },
) {
  return <SendDialog.Root {...props} to={props.to} defaultTo={props.defaultTo} />
}
