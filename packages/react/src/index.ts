'use client'

export { en as messagesEn } from './i18n/messages/en.ts'
export { sw as messagesSw } from './i18n/messages/sw.ts'
export {
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
export {
  type UseSendInteractiveOptions,
  type UseSendInteractiveResult,
  useSendInteractive,
} from './send/use-send-interactive.ts'
export {
  SendInteractiveDialog,
  type SendInteractiveDialogProps,
} from './send-dialog/send-interactive-dialog.tsx'
