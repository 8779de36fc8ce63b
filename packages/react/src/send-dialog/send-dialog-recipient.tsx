'use client'

import { type ComponentPropsWithoutRef, forwardRef, type Ref } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { RecipientField } from './recipient-field.tsx'
import { useSendDialog } from './send-dialog-context.ts'
import { usePartsRootCheck } from './use-parts-root-check.ts'

/** Props of {@link SendDialogRecipient}, spread onto the field's wrapper. */
export type SendDialogRecipientProps = ComponentPropsWithoutRef<'div'>

/**
 * The customer's WhatsApp number (labelled "Customer's WhatsApp number"), read by core's
 * `normalizePhone`: shows the number that will be used, or why it cannot be, tied to the input.
 * While a conversation is chosen, a note names it instead (the conversation decides the number),
 * unless a `SendDialog.Conversation` picker shows it already.
 */
export const SendDialogRecipient = forwardRef<HTMLElement, SendDialogRecipientProps>(
  function SendDialogRecipient(props, ref) {
    usePartsRootCheck('SendDialog.Recipient')
    const {
      t,
      core,
      coreLangOf,
      lang,
      to,
      setTo,
      plan,
      attempted,
      touched,
      setTouched,
      sending,
      conversationId,
      recipientRef,
      hasConversationPicker,
      submit,
    } = useSendDialog('SendDialog.Recipient')
    if (!plan.phone) {
      // The picker already names the chosen conversation.
      if (hasConversationPicker) return null
      const { className, ...rest } = props
      return (
        <p
          lang={ownLang(t, 'sendDialog.conversation', lang)}
          {...rest}
          ref={ref as Ref<HTMLParagraphElement>}
          className={withClassName('bi-send-dialog-note', className)}
        >
          {t('sendDialog.conversation', { id: conversationId ?? '' })}
        </p>
      )
    }
    return (
      <RecipientField
        ref={recipientRef}
        value={to}
        onValueChange={setTo}
        phone={plan.phone}
        showError={attempted || (touched && to.trim() !== '')}
        readOnly={sending.isPending}
        onBlur={() => setTouched(true)}
        t={t}
        core={core}
        languages={{ lang, coreLangOf }}
        rootProps={props}
        rootRef={ref as Ref<HTMLDivElement>}
        onSend={() => submit(false)}
      />
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogRecipient.displayName = 'SendDialog.Recipient'
