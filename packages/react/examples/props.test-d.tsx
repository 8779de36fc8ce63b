import type * as Kit from '@briq-interactive/react'
import { InteractivePreview } from '@briq-interactive/react'
import type { Each } from './refuses-undefined.ts'

// An app written with exactOptionalPropertyTypes on (this folder's tsconfig) passes its own
// optional values as they are, `undefined` when unset: `<InteractivePreview locale={locale} />`.
// Every optional prop and option of every exported component and hook must take `undefined`;
// the keys that do not are listed by `RefusesUndefined`, which must be `never` for each type.

type Exported = [
  Kit.BriqProviderProps,
  Kit.BuilderDraftConflictProps,
  Kit.BuilderHistoryProps,
  Kit.BuilderIssueSummaryProps,
  Kit.BuilderJsonEditorProps,
  Kit.BuilderPanelProps,
  Kit.BuilderPartProps,
  Kit.BuilderPreviewProps,
  Kit.BuilderRootProps,
  Kit.BuilderTabListProps,
  Kit.BuilderTypePickerProps,
  Kit.InteractiveBuilderProps,
  Kit.InteractiveComposerProps,
  Kit.InteractivePreviewProps,
  Kit.SendDialogActionsProps,
  Kit.SendDialogContentProps,
  Kit.SendDialogConversationProps,
  Kit.SendDialogFormProps,
  Kit.SendDialogIssuesProps,
  Kit.SendDialogPreviewProps,
  Kit.SendDialogRecipientProps,
  Kit.SendDialogRootProps,
  Kit.SendDialogSenderProps,
  Kit.SendDialogStatusProps,
  Kit.SendDialogTriggerProps,
  Kit.SendDialogWindowProps,
  Kit.SendInteractiveDialogProps,
  Kit.UseMessageStatusOptions,
  Kit.UseSendInteractiveOptions,
]

/** The optional keys, of any exported props or options, that refuse `undefined`: none. */
export const refusing: [Each<Exported>] extends [never] ? true : Each<Exported> = true

declare const settings: { locale?: 'en' | 'sw'; theme?: 'light' | 'dark'; businessName?: string }

export const preview = (
  <InteractivePreview
    value={{ type: 'button' }}
    locale={settings.locale}
    theme={settings.theme}
    businessName={settings.businessName}
    time={undefined}
    onReply={undefined}
  />
)
