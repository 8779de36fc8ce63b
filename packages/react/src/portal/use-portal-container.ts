import { type RefObject, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { type PortalContainer, useBriqSettings } from '../provider/briq-settings.ts'

/**
 * Where a kit dialog portals: its own `portalContainer`, else the `BriqProvider`'s, else the
 * host's modal `<dialog>` its anchor (the trigger, else where the dialog is rendered) is in, else
 * the shadow root the anchor is in, else undefined (Radix's default, `document.body`). The anchor
 * is read when the dialog opens, in the same commit as Radix's portal mounts, so the content is
 * mounted once, in the right place.
 */
export function usePortalContainer(
  own: PortalContainer,
  anchor: RefObject<Element | null>,
  open: boolean,
): Element | DocumentFragment | undefined {
  const settings = useBriqSettings()
  const [anchorRoot, setAnchorRoot] = useState<Element | ShadowRoot | undefined>(undefined)
  useClientLayoutEffect(() => {
    if (!open || !anchor.current) return
    // A modal <dialog> (showModal) puts everything outside it behind it and makes it inert:
    // portalled to the body, the kit's dialog could be neither seen nor used.
    const modal = anchor.current.closest('dialog')
    if (modal?.matches(':modal')) return setAnchorRoot(modal)
    const root = anchor.current.getRootNode()
    setAnchorRoot(root instanceof ShadowRoot ? root : undefined)
  }, [open, anchor])
  return own ?? settings.portalContainer ?? anchorRoot ?? undefined
}
