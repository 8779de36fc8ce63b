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
 * parts in a `Form` instead of `Content`). `SendInteractiveDialog` is the usual arrangement.
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
 *     <SendDialog.Preview />
 *     <SendDialog.Actions />
 *   </SendDialog.Content>
 * </SendDialog.Root>
 */
export const SendDialog = {
  Root: SendDialogRoot,
  Trigger: SendDialogTrigger,
  Content: SendDialogContent,
  Form: SendDialogForm,
  Sender: SendDialogSender,
  Conversation: SendDialogConversation,
  Recipient: SendDialogRecipient,
  Window: SendDialogWindow,
  Issues: SendDialogIssues,
  Status: SendDialogStatus,
  Preview: SendDialogPreview,
  Actions: SendDialogActions,
} as const
