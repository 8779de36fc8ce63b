// No 'use client' here: each component and hook module carries its own, so a Server Component
// (Next.js App Router) that imports this entry can call getTranslator and read the catalogues,
// and can render Builder.Root or SendDialog.Form (client references inside a plain object).
// https://react.dev/reference/rsc/use-client
export { Builder } from './builder/builder.ts'
export type { BuilderTab } from './builder/builder-context.ts'
export type { HeadingLevel } from './builder/builder-heading.tsx'
export type { BuilderHistoryProps, BuilderNewMessageProps } from './builder/builder-history.tsx'
export type { BuilderPreviewProps } from './builder/builder-preview.tsx'
export type { BuilderOptions, BuilderRootProps } from './builder/builder-root.tsx'
export type { BuilderPanelProps, BuilderTabListProps } from './builder/builder-tabs.tsx'
export type { BuilderDraftConflictProps } from './builder/draft-conflict.tsx'
export type { BuilderDraftStorageNoticeProps } from './builder/draft-storage-notice.tsx'
export { InteractiveBuilder, type InteractiveBuilderProps } from './builder/interactive-builder.tsx'
export type { BuilderIssueSummaryProps } from './builder/issue-summary.tsx'
export type { BuilderJsonEditorProps } from './builder/json-editor.tsx'
export type { BuilderPartProps } from './builder/message-parts.tsx'
export type { BuilderTypePickerProps } from './builder/type-picker.tsx'
export type { BuilderPersistState } from './builder/use-draft-persistence.ts'
export type { ComposerReplyContext } from './composer/composer-preview.tsx'
export { InteractiveComposer, type InteractiveComposerProps } from './composer/interactive-composer.tsx'
export { keepPlainSelectKeys } from './dom/plain-select-keys.ts'
export { en as messagesEn } from './i18n/messages/en.ts'
export { sw as messagesSw } from './i18n/messages/sw.ts'
export {
  createMessageFormatter,
  type FormatMessage,
  getCoreMessages,
  getTranslator,
  type Locale,
  type Message,
  type MessageKey,
  type Messages,
  type PluralMessage,
  type Translate,
} from './i18n/messages.ts'
export { InteractivePreview, type InteractivePreviewProps } from './preview/interactive-preview.tsx'
export { BriqProvider, type BriqProviderProps } from './provider/briq-provider.tsx'
export type { PortalContainer } from './provider/briq-settings.ts'
export { useBriqClient } from './provider/use-briq-client.ts'
export { useValidationOptions } from './provider/validation-context.ts'
export {
  type UseMessageStatusOptions,
  type UseMessageStatusResult,
  useMessageStatus,
} from './send/use-message-status.ts'
export { useSendHoldSecondsLeft } from './send/use-send-hold-seconds-left.ts'
export {
  type UseSendInteractiveOptions,
  type UseSendInteractiveResult,
  useSendInteractive,
} from './send/use-send-interactive.ts'
export type { GoToField } from './send-dialog/go-to-field.tsx'
export { SendDialog } from './send-dialog/send-dialog.ts'
export type { SendDialogActionsProps } from './send-dialog/send-dialog-actions.tsx'
export type { SendDialogContentProps } from './send-dialog/send-dialog-content.tsx'
export type { SendDialogTheme } from './send-dialog/send-dialog-context.ts'
export type { SendDialogConversationProps } from './send-dialog/send-dialog-conversation.tsx'
export type { SendDialogFormProps } from './send-dialog/send-dialog-form.tsx'
export type { SendDialogIssuesProps } from './send-dialog/send-dialog-issues.tsx'
export type { SendDialogPreviewProps } from './send-dialog/send-dialog-preview.tsx'
export type { SendDialogRecipientProps } from './send-dialog/send-dialog-recipient.tsx'
export type { SendDialogOptions, SendDialogRootProps } from './send-dialog/send-dialog-root.tsx'
export type { SendDialogSenderProps } from './send-dialog/send-dialog-sender.tsx'
export type { SendDialogStatusProps } from './send-dialog/send-dialog-status.tsx'
export type { SendDialogTriggerProps } from './send-dialog/send-dialog-trigger.tsx'
export type { SendDialogWindowProps } from './send-dialog/send-dialog-window.tsx'
export {
  SendInteractiveDialog,
  type SendInteractiveDialogProps,
} from './send-dialog/send-interactive-dialog.tsx'
export type { IssueOrder, SendRequestBody } from './send-dialog/send-plan.ts'
