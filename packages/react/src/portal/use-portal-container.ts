import { type RefObject, useRef, useState } from 'react'
import { isShadowRoot } from '../dom/node-kind.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { type PortalContainer, useBriqSettings } from '../provider/briq-settings.ts'

/**
 * A layer in the browser's top layer above the host's `modal` `<dialog>`, appended to `place` (that
 * dialog, or the shadow root of a web component in it): a transform or overflow the host gives its
 * dialog neither contains nor clips what the kit portals into it, and, inside the dialog, it is not
 * made inert. A shown manual popover; where the browser has no popovers (Safari before 17, Firefox
 * before 125), a `<dialog>` shown modal, the one other way into the top layer (Safari 15.4,
 * Firefox 98). `onClose` is called when the browser closes that `<dialog>` itself (Escape).
 * https://developer.mozilla.org/en-US/docs/Web/API/Popover_API
 * https://developer.mozilla.org/en-US/docs/Web/API/HTMLDialogElement/showModal
 */
function topLayerIn(
  modal: HTMLDialogElement,
  place: Element | ShadowRoot,
  onClose: () => void,
): { layer: HTMLElement; remove(): void } | undefined {
  const document = modal.ownerDocument
  const popover = document.createElement('div')
  if (typeof popover.showPopover === 'function') {
    popover.className = 'bi-top-layer'
    popover.popover = 'manual'
    place.append(popover)
    popover.showPopover()
    return { layer: popover, remove: () => popover.remove() }
  }
  const dialog = document.createElement('dialog')
  if (typeof dialog.showModal !== 'function') return undefined
  dialog.className = 'bi-top-layer'
  // The kit's dialog inside says what it is; the layer must not read as a second, unnamed one.
  // role="presentation" cannot do it: a focusable element keeps its own role
  // (https://www.w3.org/TR/wai-aria-1.2/#conflict_resolution_presentation_none) and Chromium
  // counts a <dialog> as focusable. An unnamed group, as Chromium exposes a popover, is not read.
  dialog.setAttribute('role', 'group')
  place.append(dialog)
  dialog.showModal()
  dialog.addEventListener('close', onClose)
  return {
    layer: dialog,
    remove: () => {
      dialog.removeEventListener('close', onClose)
      if (dialog.open) dialog.close()
      dialog.remove()
    },
  }
}

/** The `<dialog>` `element` is in, looked for out through the shadow roots it is inside. */
function dialogAround(element: Element): HTMLDialogElement | null {
  for (let at: Element | null = element; at !== null; ) {
    const dialog = at.closest('dialog')
    if (dialog !== null) return dialog
    const root = at.getRootNode()
    at = isShadowRoot(root) ? root.host : null
  }
  return null
}

/** Where a kit dialog portals, and whether the host chose it. */
export interface PortalPlace {
  readonly container: Element | DocumentFragment | undefined
  /**
   * The host's `portalContainer`: the dialog inherits the host's variables where it put it.
   * Any other (a document's body, a shadow root's top, a top layer in the host's modal) is
   * outside the themed wrappers the dialog was opened from.
   */
  readonly chosenByHost: boolean
}

/**
 * Where a kit dialog portals: its own `portalContainer`, else the `BriqProvider`'s, else a top-layer
 * element inside the host's modal `<dialog>` its anchor (the trigger, else where the dialog is rendered) is in
 * (inside the anchor's shadow root when that modal is outside it), else
 * the shadow root the anchor is in, else the body of the anchor's document when that is not this
 * realm's (an iframe's document a host renders into), else undefined (Radix's default,
 * `document.body`). The anchor
 * is read when the dialog opens, in the same commit as Radix's portal mounts, so the content is
 * mounted once, in the right place. `onHostClose` is called when that host's modal closes while
 * the kit's dialog is open in it.
 */
export function usePortalContainer(
  own: PortalContainer,
  anchor: RefObject<Element | null>,
  open: boolean,
  onHostClose: () => void,
): PortalPlace {
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
    const shadow = isShadowRoot(root) ? root : undefined
    const modal = dialogAround(anchor.current)
    if (modal?.matches(':modal')) {
      // A web component in the host's modal: its layer stays in its shadow root, where its
      // stylesheet applies; that root's host is inside the modal, so it is not made inert.
      const place = shadow !== undefined && !shadow.contains(modal) ? shadow : modal
      // The host closing its modal (its own close(), a form's method="dialog") hides the kit's
      // dialog with it, but Radix's locks stay: the page would be left unclickable and unscrollable.
      const close = () => hostClosed.current()
      const top = topLayerIn(modal, place, close)
      setAnchorRoot(top?.layer ?? place)
      modal.addEventListener('close', close)
      return () => {
        modal.removeEventListener('close', close)
        top?.remove()
      }
    }
    // In another document than the one React runs in (a host rendering into an iframe's document),
    // its body: Radix's default is this realm's `document.body`, outside that frame, where neither
    // the frame's stylesheet nor its reader's eyes are.
    const own = anchor.current.ownerDocument
    setAnchorRoot(shadow ?? (own !== document ? own.body : undefined))
  }, [open, anchor, chosen])
  return { container: chosen ?? anchorRoot ?? undefined, chosenByHost: Boolean(chosen) }
}
