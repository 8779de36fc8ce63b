import { type RefObject, useRef, useState } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { type PortalContainer, useBriqSettings } from '../provider/briq-settings.ts'

/**
 * A shown manual popover appended to `place`, inside the host's `modal` `<dialog>` (that dialog, or
 * the shadow root of a web component in it): it is in the browser's top layer above that dialog,
 * so a transform or overflow the host gives its dialog neither contains nor clips what the kit
 * portals into it, and, inside the dialog, it is not made inert. Undefined where the browser has
 * no popovers (`place` itself is used then).
 * https://developer.mozilla.org/en-US/docs/Web/API/Popover_API
 */
function topLayerIn(modal: HTMLDialogElement, place: Element | ShadowRoot): HTMLElement | undefined {
  const layer = modal.ownerDocument.createElement('div')
  if (typeof layer.showPopover !== 'function') return undefined
  layer.className = 'bi-top-layer'
  layer.popover = 'manual'
  place.append(layer)
  layer.showPopover()
  return layer
}

/** The `<dialog>` `element` is in, looked for out through the shadow roots it is inside. */
function dialogAround(element: Element): HTMLDialogElement | null {
  for (let at: Element | null = element; at !== null; ) {
    const dialog = at.closest('dialog')
    if (dialog !== null) return dialog
    const root = at.getRootNode()
    at = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

/**
 * Where a kit dialog portals: its own `portalContainer`, else the `BriqProvider`'s, else a top-layer
 * element inside the host's modal `<dialog>` its anchor (the trigger, else where the dialog is rendered) is in
 * (inside the anchor's shadow root when that modal is outside it), else
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
    const root = anchor.current.getRootNode()
    const shadow = root instanceof ShadowRoot ? root : undefined
    const modal = dialogAround(anchor.current)
    if (modal?.matches(':modal')) {
      // A web component in the host's modal: its layer stays in its shadow root, where its
      // stylesheet applies; that root's host is inside the modal, so it is not made inert.
      const place = shadow !== undefined && !shadow.contains(modal) ? shadow : modal
      const layer = topLayerIn(modal, place)
      setAnchorRoot(layer ?? place)
      // The host closing its modal (its own close(), a form's method="dialog") hides the kit's
      // dialog with it, but Radix's locks stay: the page would be left unclickable and unscrollable.
      const close = () => hostClosed.current()
      modal.addEventListener('close', close)
      return () => {
        modal.removeEventListener('close', close)
        layer?.remove()
      }
    }
    setAnchorRoot(shadow)
  }, [open, anchor, chosen])
  return chosen ?? anchorRoot ?? undefined
}
