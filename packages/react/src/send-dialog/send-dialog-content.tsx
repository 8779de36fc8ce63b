'use client'

import * as Dialog from '@radix-ui/react-dialog'
import { type ComponentPropsWithoutRef, forwardRef, type RefObject, useRef, useState } from 'react'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { focusedElement } from '../focus/focused-element.ts'
import { focusFirstInShadowRoot, trapTabInShadowRoot } from '../focus/shadow-focus-trap.ts'
import { useHideBesideInShadowRoot } from '../focus/use-hide-beside-in-shadow-root.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { useCarriedDirection } from '../portal/use-carried-direction.ts'
import { useCarriedTokens } from '../portal/use-carried-tokens.ts'
import { usePortalContainer } from '../portal/use-portal-container.ts'
import { usePinnedDialog } from './pin-dialog.ts'
import { InDialogContext, useSendDialog } from './send-dialog-context.ts'
import { SendDialogForm } from './send-dialog-form.tsx'
import { asksToSendAgain } from './send-failure.tsx'

/** Props of {@link SendDialogContent}: Radix's `Dialog.Content` props, spread onto the dialog element. */
export type SendDialogContentProps = Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'asChild' | 'forceMount'>

// Windows' default double-click time (GetDoubleClickTime, https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-getdoubleclicktime)
// and the distance a second click may move (SM_CXDOUBLECLK, 4 px; a finger is less precise).
const DOUBLE_CLICK_MS = 500
const doubleClickSlop = (pointerType: string) => (pointerType === 'touch' ? 16 : 4)

/** Whether `press` is the second of a double click or tap whose first was `first`. */
function isSecondPressOf(first: PointerEvent | undefined, press: PointerEvent): boolean {
  if (first === undefined || first.pointerType !== press.pointerType) return false
  const slop = doubleClickSlop(press.pointerType)
  return (
    press.timeStamp - first.timeStamp <= DOUBLE_CLICK_MS &&
    Math.abs(press.clientX - first.clientX) <= slop &&
    Math.abs(press.clientY - first.clientY) <= slop
  )
}

/**
 * The modal dialog: overlay, portal, focus trap (also inside a shadow root), the title and
 * description, and a `SendDialog.Form` around its children. Opening focuses the recipient field
 * (else the first control); Escape first answers an open "Send again" question, then closes. A
 * press outside closes it, but not the second press of a double click made inside.
 */
export const SendDialogContent = forwardRef<HTMLDivElement, SendDialogContentProps>(
  function SendDialogContent(props, ref) {
    const {
      children,
      className,
      style,
      onOpenAutoFocus,
      onCloseAutoFocus,
      onEscapeKeyDown,
      onKeyDown,
      onFocus,
      onPointerDownCapture,
      onPointerDownOutside,
      ...rest
    } = props
    const state = useSendDialog('SendDialog.Content')
    const { t, lang, theme, plan, sending, open, recipientRef, triggerRef } = state
    // Where the dialog is opened from: the trigger, else (a host that opens it with `open` from
    // a button of its own) the place the dialog is rendered at in the host's page.
    const placeRef = useRef<HTMLTemplateElement>(null)
    // What had focus when the dialog opened: with no trigger (the host's own button and `open`),
    // Radix gives focus back to nothing on close; the WAI-ARIA APG's dialog pattern returns it to
    // the element that opened the dialog (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/).
    const openerRef = useRef<HTMLElement | undefined>(undefined)
    const [anchor] = useState<RefObject<Element | null>>(() => ({
      get current() {
        return triggerRef.current ?? placeRef.current
      },
    }))
    const { container, chosenByHost } = usePortalContainer(state.portalContainer, anchor, open, () =>
      state.setOpen(false),
    )
    // Portalled where the kit chose (a document's body, a shadow root's top, a top layer), the
    // dialog leaves the host's themed wrapper: it takes the host's variables with it, and follows
    // them while open. A container the host chose inherits them where it is.
    const carried = useCarriedTokens(anchor, open && !chosenByHost)
    // And the direction written around it, which the page's body may not share.
    const direction = useCarriedDirection(anchor, open && !chosenByHost)
    const duplicate = asksToSendAgain(sending.error)
    // The last press inside the dialog, to tell a double click's second press from a press outside.
    const lastPress = useRef<PointerEvent | undefined>(undefined)
    // While the dialog is in the page, what is beside it in a shadow root is hidden as Radix hides
    // the page; and its bottom edge is held where it opened, so Send stays under the pointer.
    const contentRef = useMergedRef(ref, useMergedRef(useHideBesideInShadowRoot(), usePinnedDialog()))
    return (
      <>
        {/* A <template> is allowed anywhere (even in a list or a table) and never shows. */}
        {open ? <template ref={placeRef} /> : null}
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="bi-root bi-send-dialog-overlay" data-bi-theme={theme} style={carried} />
          <Dialog.Content
            ref={contentRef}
            lang={lang}
            dir={direction}
            {...rest}
            className={withClassName('bi-root bi-send-dialog', className)}
            style={carried && style ? { ...carried, ...style } : (carried ?? style)}
            data-bi-theme={theme}
            data-send-state={sending.status}
            data-invalid={plan.request ? undefined : ''}
            onOpenAutoFocus={(event) => {
              // Radix asks before moving focus: it is still where the dialog was opened from.
              openerRef.current = focusedElement((event.target as Element).ownerDocument)
              onOpenAutoFocus?.(event)
              if (event.defaultPrevented) return
              if (!recipientRef.current) return focusFirstInShadowRoot(event)
              event.preventDefault()
              recipientRef.current.focus()
            }}
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus?.(event)
              const opener = openerRef.current
              openerRef.current = undefined
              // A "Go to …" button closed the dialog: its field takes focus, not the opener.
              const goTo = state.pendingGoTo.current
              state.pendingGoTo.current = undefined
              if (goTo !== undefined) {
                event.preventDefault()
                goTo()
                return
              }
              if (event.defaultPrevented || triggerRef.current || !opener?.isConnected) return
              event.preventDefault()
              opener.focus()
            }}
            onKeyDown={(event) => {
              onKeyDown?.(event)
              trapTabInShadowRoot(event)
            }}
            onFocus={(event) => {
              onFocus?.(event)
              // Radix's focus trap moves focus without scrolling (Tab from Send to the first
              // picker): in a dialog that scrolls, as on a phone, it would land out of sight
              // (WCAG 2.2 2.4.11). Nearest: a control already in view stays where it is. jsdom,
              // where a host may test its page, has no scrollIntoView. Not Send, Close or Cancel:
              // their row sticks to the dialog's bottom edge, inside its scroll padding, so
              // "nearest" would scroll to the end each time (Close, focused after a send, would
              // pull the outcome shown above the preview back out of view).
              const target = event.target
              if (target === event.currentTarget || target.closest('.bi-send-dialog-actions')) return
              target.scrollIntoView?.({ block: 'nearest' })
            }}
            onPointerDownCapture={(event) => {
              onPointerDownCapture?.(event)
              lastPress.current = event.nativeEvent
            }}
            onPointerDownOutside={(event) => {
              onPointerDownOutside?.(event)
              // The second press of a double click (or tap) on Send or "Send again" lands outside
              // when the dialog shrinks under it as the send starts (the failure shown goes): it
              // is no press outside, and would close the dialog mid-send.
              if (isSecondPressOf(lastPress.current, event.detail.originalEvent)) event.preventDefault()
            }}
            onEscapeKeyDown={(event) => {
              onEscapeKeyDown?.(event)
              if (event.defaultPrevented || !duplicate) return
              // The "Send again" question is open: Escape answers it with no, not closing the dialog.
              event.preventDefault()
              state.dismissDuplicate()
            }}
          >
            <InDialogContext.Provider value={true}>
              <SendDialogForm>
                <Dialog.Title className="bi-send-dialog-title" lang={ownLang(t, 'sendDialog.title', lang)}>
                  {t('sendDialog.title')}
                </Dialog.Title>
                <Dialog.Description
                  className="bi-send-dialog-description"
                  lang={ownLang(t, 'sendDialog.description', lang)}
                >
                  {t('sendDialog.description')}
                </Dialog.Description>
                {children}
              </SendDialogForm>
            </InDialogContext.Provider>
          </Dialog.Content>
        </Dialog.Portal>
      </>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogContent.displayName = 'SendDialog.Content'
