'use client'

import {
  type ComponentPropsWithoutRef,
  forwardRef,
  isValidElement,
  type KeyboardEvent as ReactKeyboardEvent,
  type SubmitEvent as ReactSubmitEvent,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react'
import { isElement, isForm, isInput } from '../dom/node-kind.ts'
import { Slot } from '../dom/slot.tsx'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { InDialogContext, InPartsRootContext, InSendFormContext, useSendDialog } from './send-dialog-context.ts'
import { asksToSendAgain } from './send-failure.tsx'

/** Props of {@link SendDialogForm}: a `<form>`'s props, and `asChild`. */
export interface SendDialogFormProps extends ComponentPropsWithoutRef<'form'> {
  /**
   * Render the one element given as the child (a `<div>`, a `<section>`) as the parts' root
   * instead of a `<form>`, with this part's props, class, theme, language and `data-*` merged
   * into its own (Radix's `asChild`). For a layout inside a `<form>` of yours, which HTML cannot
   * nest another form in: Enter in the recipient and the Send button then send by themselves,
   * exactly once, and never submit your form. The ref is then your element's.
   */
  asChild?: boolean | undefined
}

/** The class that marks the kit's own send form: `SendDialog.Actions` inside it leaves sending to it. */
export const SEND_FORM_CLASS = 'bi-send-dialog-form'

/**
 * Whether `control` (Send, the recipient) is in the kit's own send form, whose submit sends.
 * Laid out without one, the control sends by itself, also inside a form of the host's.
 */
export function inSendForm(control: { readonly form: HTMLFormElement | null }): boolean {
  return control.form?.classList.contains(SEND_FORM_CLASS) ?? false
}

/** A layer open inside the form (the preview's list sheet): an Escape in it is the layer's own. */
const LAYER = '[role="dialog"], [role="alertdialog"]'

/** Submit events the form's own listener already sent (a form inside the host's form). */
const sentNatively = new WeakSet<Event>()

/**
 * The form the parts sit in: submitting it (Enter in the recipient field, the Send button)
 * sends. `SendDialog.Content` renders one; lay the parts out inside one yourself to use them
 * without a dialog. `data-send-state` (`idle` | `pending` | `success` | `error`) and
 * `data-invalid` follow the send. Its submit is the kit's own: it never reaches a `<form>`
 * of yours around it (through the dialog's portal or inline). Inline inside your `<form>`, it
 * still sends on the client (Chromium does not pass such a nested form's submit on, so your
 * `onSubmit` on this part is not called there); server-rendered HTML cannot hold a form inside
 * a form, so inside yours, give it `asChild` and an element (a `<section>`, a `<div>`): no form
 * of its own, every behaviour kept (the recipient's Enter and Send send, once, and never submit
 * your form).
 *
 * @example
 * <form onSubmit={saveTicket}>
 *   <SendDialog.Root interactive={draft}>
 *     <SendDialog.Form asChild>
 *       <section aria-label="Send on WhatsApp">
 *         <SendDialog.Recipient />
 *         <SendDialog.Actions />
 *       </section>
 *     </SendDialog.Form>
 *   </SendDialog.Root>
 * </form>
 */
export const SendDialogForm = forwardRef<HTMLFormElement, SendDialogFormProps>(function SendDialogForm(props, ref) {
  const { asChild, children, className, onSubmit, onKeyDown, ...rest } = props
  const { lang, theme, plan, sending, submit, dismissDuplicate } = useSendDialog('SendDialog.Form')
  const inDialog = useContext(InDialogContext)
  const formRef = useRef<HTMLFormElement>(null)
  const mergedRef = useMergedRef(ref, formRef)
  const submitRef = useRef(submit)
  submitRef.current = submit
  // After every render, not on a dependency: the element the ref holds changes with `asChild`, and
  // also when a host swaps the child it gives (a <section> becoming a <form>, another form's key),
  // which no prop of this part says. Left on the old element, the new form's submit went nowhere.
  useEffect(() => {
    const form = formRef.current
    // Rendered as another element (`asChild`), a submit bubbling to it is some other form's.
    if (!isForm(form)) return
    // A form inside another form: Chromium stops its submit event at the form, so React's
    // listener at the root never sees it, and the browser would submit this form itself
    // (navigating the host's page away). Send from here instead.
    const onNativeSubmit = (event: SubmitEvent) => {
      if (event.defaultPrevented || !form.parentElement?.closest('form')) return
      event.preventDefault()
      sentNatively.add(event)
      submitRef.current(false)
    }
    form.addEventListener('submit', onNativeSubmit)
    return () => form.removeEventListener('submit', onNativeSubmit)
  })
  // Inline, "Send again" is the innermost question: Escape answers it with no, and only it. A
  // host's modal around the parts (Radix listens on the document, capturing) would close as well:
  // the window's capture phase comes first. A dialog open inside the form (the preview's list
  // sheet) is nearer still: its Escape is its own. In a dialog, Content answers Escape.
  const questionOpen = !inDialog && asksToSendAgain(sending.error)
  const dismissRef = useRef(dismissDuplicate)
  dismissRef.current = dismissDuplicate
  // After every render while it is open, for the element the ref holds now (a host may swap it).
  useEffect(() => {
    const form = formRef.current
    const view = form?.ownerDocument.defaultView
    if (!questionOpen || !form || !view) return
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const path = event.composedPath()
      const at = path.indexOf(form)
      if (at === -1 || path.slice(0, at).some((node) => isElement(node) && node.matches(LAYER))) return
      event.preventDefault()
      event.stopPropagation()
      dismissRef.current()
    }
    view.addEventListener('keydown', onEscape, true)
    return () => view.removeEventListener('keydown', onEscape, true)
  })
  // Inline, the form is the parts' root: it carries the theme and the language itself.
  const base = inDialog ? SEND_FORM_CLASS : `bi-root bi-send-form ${SEND_FORM_CLASS}`
  // Whether the root is a <form>: known from the element given, or, for a component of the
  // host's (which the part cannot see into), once it has rendered its element. The first render
  // of such a component guesses "no form", as the server does, so hydration matches.
  const known = !asChild
    ? true
    : isValidElement(children) && typeof children.type === 'string'
      ? children.type === 'form'
      : undefined
  const [renderedForm, setRenderedForm] = useState(false)
  useClientLayoutEffect(() => {
    // Only a component's element is looked at: the rest is known while rendering, and a plain
    // form would otherwise render twice on mount (false, then true) for a value it never reads.
    if (known === undefined) setRenderedForm(isForm(formRef.current))
  })
  const isFormRoot = known ?? renderedForm
  const root = {
    // A form's attribute: not written onto a <div> given as the root, nor one a component renders.
    noValidate: isFormRoot || undefined,
    lang: inDialog ? undefined : lang,
    'data-bi-theme': inDialog ? undefined : theme,
    'data-send-state': sending.status,
    'data-invalid': plan.request ? undefined : '',
    // A builder around a root that is no form still leaves the message alone on its keys (undo).
    'data-bi-beside': asChild ? '' : undefined,
    ...rest,
    className: withClassName(base, className),
    onKeyDown: (event: ReactKeyboardEvent<HTMLFormElement>) => {
      onKeyDown?.(event)
      // Enter held down in a field submits the form again on every repeat: once the first press
      // sent, each repeat is an identical send refused as a duplicate (the outcome turns from
      // sent to "not sent"), and after a refusal Briq would be asked again and again.
      if (event.key === 'Enter' && event.repeat && isInput(event.target)) event.preventDefault()
    },
    onSubmit: (event: ReactSubmitEvent<HTMLFormElement>) => {
      // Rendered as another element (`asChild`), there is no submit of its own: the parts send
      // by themselves, and a form of yours inside it is yours.
      if (!isForm(event.currentTarget)) {
        onSubmit?.(event)
        return
      }
      // The kit's submit, not the host's: a <form> of the host's around the dialog's portal
      // (React passes events up the component tree) or around the inline parts must not
      // run its own onSubmit (save the ticket) when the message is sent.
      event.stopPropagation()
      if (sentNatively.has(event.nativeEvent)) return
      onSubmit?.(event)
      if (event.defaultPrevented) return
      event.preventDefault()
      submit(false)
    },
  }
  return (
    // Send is this form's submit button only where the root is a <form>.
    <InSendFormContext.Provider value={isFormRoot}>
      <InPartsRootContext.Provider value={true}>
        {asChild ? (
          <Slot {...root} slotRef={mergedRef} part="SendDialog.Form">
            {children}
          </Slot>
        ) : (
          <form {...root} ref={mergedRef}>
            {children}
          </form>
        )}
      </InPartsRootContext.Provider>
    </InSendFormContext.Provider>
  )
})
if (process.env.NODE_ENV !== 'production') SendDialogForm.displayName = 'SendDialog.Form'
