import { SendDialogActions } from './send-dialog-actions.tsx'
import { SendDialogContent } from './send-dialog-content.tsx'
import { SendDialogConversation } from './send-dialog-conversation.tsx'
import { SendDialogForm } from './send-dialog-form.tsx'
import { SendDialogIssues } from './send-dialog-issues.tsx'
import { SendDialogPreview } from './send-dialog-preview.tsx'
import { SendDialogRecipient } from './send-dialog-recipient.tsx'
import { SendDialogRoot } from './send-dialog-root.tsx'
import { SendDialogSender } from './send-dialog-sender.tsx'
import { SendDialogStatus } from './send-dialog-status.tsx'
import { SendDialogTrigger } from './send-dialog-trigger.tsx'
import { SendDialogWindow } from './send-dialog-window.tsx'

/**
 * The send dialog in parts, to lay out your own way (or inline, without a dialog: put the
 * parts in a `Form` instead of `Content`). `SendInteractiveDialog` is the usual arrangement:
 * `Actions` before `Preview`, so Tab reaches Send before the preview's own buttons (the style
 * sheet still shows the preview above the buttons, or beside the form on a wide screen).
 *
 * @example
 * <SendDialog.Root interactive={draft}>
 *   <SendDialog.Trigger>Send…</SendDialog.Trigger>
 *   <SendDialog.Content>
 *     <SendDialog.Conversation />
 *     <SendDialog.Recipient />
 *     <SendDialog.Window />
 *     <SendDialog.Issues />
 *     <SendDialog.Status />
 *     <SendDialog.Actions />
 *     <SendDialog.Preview />
 *   </SendDialog.Content>
 * </SendDialog.Root>
 */
export const SendDialog = {
  /** Owns one send (recipient, sender, conversation, validation, status); renders no element. */
  Root: SendDialogRoot,
  /** The button that opens the dialog (`asChild` for your own); focus returns to it on close. */
  Trigger: SendDialogTrigger,
  /** The modal dialog, with a `SendDialog.Form` around the parts you put in it. */
  Content: SendDialogContent,
  /** The form the parts sit in, which sends on submit: lay parts out in it to use them without a dialog. */
  Form: SendDialogForm,
  /**
   * "Send from": which of your WhatsApp numbers sends; nothing with one active sender, or while a
   * recent conversation is picked.
   */
  Sender: SendDialogSender,
  /** "Send to": a new number or one of the recent conversations, with its 24-hour window. */
  Conversation: SendDialogConversation,
  /** "Customer's WhatsApp number", with the number that will be used or why it cannot be. */
  Recipient: SendDialogRecipient,
  /** The customer-service window of whoever the message goes to: open until when, or what WhatsApp needs. */
  Window: SendDialogWindow,
  /** The request's errors (which block the send) and warnings; nothing when there are none. */
  Issues: SendDialogIssues,
  /** Where the send stands: a failure explained, or the sent message with its live status. */
  Status: SendDialogStatus,
  /** The draft as the customer will see it: a compact `InteractivePreview`. */
  Preview: SendDialogPreview,
  /** Send, and in a dialog Cancel or Close, with the live region that announces the send. */
  Actions: SendDialogActions,
} as const
