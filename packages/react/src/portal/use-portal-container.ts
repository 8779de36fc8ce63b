import { type RefObject, useRef, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { type PortalContainer, useBriqSettings } from '../provider/briq-settings.ts'

/**
 * A shown manual popover appended to the host's modal `<dialog>`: it is in the browser's top layer
 * above that dialog, so a transform or overflow the host gives its dialog neither contains nor
 * clips what the kit portals into it, and, inside the dialog, it is not made inert. Undefined where
 * the browser has no popovers (the dialog itself is used then).
 * https://developer.mozilla.org/en-US/docs/Web/API/Popover_API
 */
function topLayerIn(modal: HTMLDialogElement): HTMLElement | undefined {
  const layer = modal.ownerDocument.createElement('div')
  if (typeof layer.showPopover !== 'function') return undefined
  layer.className = 'bi-top-layer'
  layer.popover = 'manual'
  modal.append(layer)
  layer.showPopover()
  return layer
}

/**
 * Where a kit dialog portals: its own `portalContainer`, else the `BriqProvider`'s, else a top-layer
 * element inside the host's modal `<dialog>` its anchor (the trigger, else where the dialog is rendered) is in, else
 * the shadow root the anchor is in, else undefined (Radix's default, `document.body`). The anchor
 * is read when the dialog opens, in the same commit as Radix's portal mounts, so the content is
 * mounted once, in the right place. `onHostClose` is called when that host's modal closes while
 * the kit's dialog is open in it.
 */
export function usePortalContainer(
  own: PortalContainer,
  anchor: RefObject<Element | null>,
  open: boolean,
  onHostClose: () => void,
): Element | DocumentFragment | undefined {
  const settings = useBriqSettings()
  const hostClosed = useRef(onHostClose)
  hostClosed.current = onHostClose
  const chosen = own ?? settings.portalContainer
  const [anchorRoot, setAnchorRoot] = useState<Element | ShadowRoot | undefined>(undefined)
  useClientLayoutEffect(() => {
    // A container the host chose is used as it is: no top layer is made in its place.
    if (!open || chosen || !anchor.current) return
    // A modal <dialog> (showModal) puts everything outside it behind it and makes it inert:
    // portalled to the body, the kit's dialog could be neither seen nor used.
    const modal = anchor.current.closest('dialog')
    if (modal?.matches(':modal')) {
      const layer = topLayerIn(modal)
      setAnchorRoot(layer ?? modal)
      // The host closing its modal (its own close(), a form's method="dialog") hides the kit's
      // dialog with it, but Radix's locks stay: the page would be left unclickable and unscrollable.
      const close = () => hostClosed.current()
      modal.addEventListener('close', close)
      return () => {
        modal.removeEventListener('close', close)
        layer?.remove()
      }
    }
    const root = anchor.current.getRootNode()
    setAnchorRoot(root instanceof ShadowRoot ? root : undefined)
  }, [open, anchor, chosen])
  return chosen ?? anchorRoot ?? undefined
}
