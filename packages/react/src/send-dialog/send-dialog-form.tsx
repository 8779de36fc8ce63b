import { type ComponentPropsWithoutRef, forwardRef, useContext } from 'react'
import { InDialogContext, useSendDialog } from './send-dialog-context.ts'
import { asksToSendAgain } from './send-failure.tsx'

/** Props of {@link SendDialogForm}: a `<form>`'s props. */
export type SendDialogFormProps = ComponentPropsWithoutRef<'form'>

/**
 * The form the parts sit in: submitting it (Enter in the recipient field, the Send button)
 * sends. `SendDialog.Content` renders one; lay the parts out inside one yourself to use them
 * without a dialog. `data-send-state` (`idle` | `pending` | `success` | `error`) and
 * `data-invalid` follow the send.
 */
export const SendDialogForm = forwardRef<HTMLFormElement, SendDialogFormProps>(function SendDialogForm(props, ref) {
  const { className, onSubmit, onKeyDown, ...rest } = props
  const { locale, theme, plan, sending, submit, dismissDuplicate } = useSendDialog('SendDialog.Form')
  const inDialog = useContext(InDialogContext)
  // Inline, the form is the parts' root: it carries the theme and the language itself.
  const base = inDialog ? 'bi-send-dialog-form' : 'bi-root bi-send-form bi-send-dialog-form'
  return (
    <form
      ref={ref}
      noValidate
      lang={inDialog ? undefined : locale}
      data-theme={inDialog ? undefined : theme}
      data-send-state={sending.status}
      data-invalid={plan.request ? undefined : ''}
      {...rest}
      className={className ? `${base} ${className}` : base}
      onSubmit={(event) => {
        onSubmit?.(event)
        if (event.defaultPrevented) return
        event.preventDefault()
        submit(false)
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        // In a dialog, Content answers Escape; inline, the form does: it dismisses "Send again".
        if (inDialog || event.defaultPrevented || event.key !== 'Escape') return
        if (!asksToSendAgain(sending.error)) return
        event.preventDefault()
        dismissDuplicate()
      }}
    />
  )
})
SendDialogForm.displayName = 'SendDialog.Form'
