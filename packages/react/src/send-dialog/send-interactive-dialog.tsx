'use client'

import { forwardRef, type ReactElement, type ReactNode } from 'react'
import { ComponentNameContext } from '../provider/component-name.ts'
import { type ClientCaller, useClientFor } from '../provider/use-briq-client.ts'
import type { TakenOut } from '../state/taken-out.ts'
import { SendDialogActions } from './send-dialog-actions.tsx'
import { SendDialogContent, type SendDialogContentProps } from './send-dialog-content.tsx'
import { SendDialogConversation } from './send-dialog-conversation.tsx'
import { SendDialogIssues } from './send-dialog-issues.tsx'
import { SendDialogPreview } from './send-dialog-preview.tsx'
import { SendDialogRecipient } from './send-dialog-recipient.tsx'
import { offersConversation, type SendDialogOptions, SendDialogRoot } from './send-dialog-root.tsx'
import { SendDialogSender } from './send-dialog-sender.tsx'
import { SendDialogStatus } from './send-dialog-status.tsx'
import { SendDialogTrigger } from './send-dialog-trigger.tsx'
import { SendDialogWindow } from './send-dialog-window.tsx'

/**
 * The dialog's parts as the preset lays them out inside `SendDialog.Content`: the conversation
 * picker (unless the conversation is fixed), sender, recipient, window, issues, status, actions
 * and preview. The preview comes last so that Tab reaches Cancel and Send before the preview's
 * own buttons (the style sheet still shows it above the buttons in one column, beside the form
 * in two). The composer's dialog shows the same.
 */
export function SendDialogPresetParts({ conversation }: { conversation: boolean }): ReactNode {
  return (
    <>
      {conversation ? <SendDialogConversation /> : null}
      <SendDialogSender />
      <SendDialogRecipient />
      <SendDialogWindow />
      <SendDialogIssues />
      <SendDialogStatus />
      <SendDialogActions />
      <SendDialogPreview />
    </>
  )
}

/** Props of {@link SendInteractiveDialog}: the root's, plus the content's, spread onto the dialog element. */
export interface SendInteractiveDialogProps extends SendDialogOptions, Omit<SendDialogContentProps, 'children'> {
  /**
   * An element (usually a button) that opens the dialog; focus returns to it on close. Without
   * one (a controlled `open` from your own button), focus returns to what had it when the dialog
   * opened; to send it elsewhere, focus it in `onCloseAutoFocus` and call `preventDefault()`.
   */
  trigger?: ReactElement | undefined
}

const CALLER: ClientCaller = {
  kind: 'component',
  name: '<SendInteractiveDialog>',
  given: '<SendInteractiveDialog client={client}>',
}

/**
 * The dialog an admin UI opens to send a composed interactive message, arranged from the
 * `SendDialog` parts: who sends and to whom (a recent conversation with its 24-hour window, or
 * a number checked with core's `normalizePhone`), core's validation issues, a compact preview,
 * Send and Cancel; then the message id, live delivery status and the customer's reply.
 *
 * Closing while a send is pending does not cancel it: the send finishes, `onSent` is still
 * called, and reopening shows the result. A closed dialog forgets a successful send (the next
 * opening starts a new one); a failed one keeps everything typed. A `conversationId` given
 * without `onConversationIdChange` fixes the conversation (no picker).
 *
 * @example
 * ```tsx
 * <SendInteractiveDialog interactive={draft} defaultTo="0712345678" trigger={<button>Send…</button>} />
 * ```
 */
export const SendInteractiveDialog = forwardRef<HTMLDivElement, SendInteractiveDialogProps>(
  function SendInteractiveDialog(props, ref) {
    const {
      interactive,
      draftIssues,
      orderIssues,
      goToField,
      open,
      defaultOpen,
      onOpenChange,
      to,
      defaultTo,
      onToChange,
      conversationId,
      defaultConversationId,
      onConversationIdChange,
      sender,
      defaultSender,
      onSenderChange,
      defaultCountryCode,
      locale,
      messages,
      messageLang,
      coreMessages,
      theme,
      onSent,
      onRequestChange,
      resetKeys,
      refreshKeys,
      persistKey,
      trigger,
      client,
      validation,
      pollIntervalMs,
      portalContainer,
      catalogue,
      ...content
    } = props
    // Every option of the send is taken out above: one left in `content` would land on the dialog's element.
    // biome-ignore lint/correctness/noUnusedVariables: a compile-time check.
    type Checked = TakenOut<Extract<keyof typeof content, keyof SendDialogOptions>>
    const resolvedClient = useClientFor(client, CALLER)
    return (
      <ComponentNameContext.Provider value="<SendInteractiveDialog>">
        <SendDialogRoot
          interactive={interactive}
          draftIssues={draftIssues}
          orderIssues={orderIssues}
          goToField={goToField}
          open={open}
          defaultOpen={defaultOpen}
          onOpenChange={onOpenChange}
          to={to}
          defaultTo={defaultTo}
          onToChange={onToChange}
          conversationId={conversationId}
          defaultConversationId={defaultConversationId}
          onConversationIdChange={onConversationIdChange}
          sender={sender}
          defaultSender={defaultSender}
          onSenderChange={onSenderChange}
          defaultCountryCode={defaultCountryCode}
          locale={locale}
          messages={messages}
          messageLang={messageLang}
          coreMessages={coreMessages}
          theme={theme}
          onSent={onSent}
          onRequestChange={onRequestChange}
          resetKeys={resetKeys}
          refreshKeys={refreshKeys}
          persistKey={persistKey}
          client={resolvedClient}
          validation={validation}
          pollIntervalMs={pollIntervalMs}
          portalContainer={portalContainer}
          catalogue={catalogue}
        >
          {trigger ? <SendDialogTrigger asChild>{trigger}</SendDialogTrigger> : null}
          <SendDialogContent ref={ref} {...content}>
            <SendDialogPresetParts conversation={offersConversation(props)} />
          </SendDialogContent>
        </SendDialogRoot>
      </ComponentNameContext.Provider>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendInteractiveDialog.displayName = 'SendInteractiveDialog'
