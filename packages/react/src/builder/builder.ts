import { BuilderHistory, BuilderNewMessage } from './builder-history.tsx'
import { BuilderPreview } from './builder-preview.tsx'
import { BuilderRoot } from './builder-root.tsx'
import { BuilderFormPanel, BuilderJsonPanel, BuilderTabList } from './builder-tabs.tsx'
import { BuilderDraftConflict } from './draft-conflict.tsx'
import { BuilderDraftStorageNotice } from './draft-storage-notice.tsx'
import { BuilderIssueSummary } from './issue-summary.tsx'
import { BuilderJsonEditor } from './json-editor.tsx'
import { BuilderAction, BuilderBody, BuilderFooter, BuilderHeader } from './message-parts.tsx'
import { BuilderTypePicker } from './type-picker.tsx'

/**
 * The builder's parts, to arrange yourself (Radix style); `InteractiveBuilder` is them arranged
 * the common way. Every part must sit inside `Builder.Root`, which owns the draft.
 *
 * @example
 * <Builder.Root defaultValue={draft} onValueChange={(draft, result) => save(draft)} persistKey="shop:draft">
 *   <Builder.TypePicker />
 *   <Builder.Header />
 *   <Builder.Body />
 *   <Builder.Footer />
 *   <Builder.Action />
 *   <Builder.IssueSummary />
 *   <Builder.Preview />
 * </Builder.Root>
 */
export const Builder = {
  Root: BuilderRoot,
  TypePicker: BuilderTypePicker,
  Header: BuilderHeader,
  Body: BuilderBody,
  Footer: BuilderFooter,
  Action: BuilderAction,
  IssueSummary: BuilderIssueSummary,
  TabList: BuilderTabList,
  FormPanel: BuilderFormPanel,
  JsonPanel: BuilderJsonPanel,
  JsonEditor: BuilderJsonEditor,
  History: BuilderHistory,
  NewMessage: BuilderNewMessage,
  DraftConflict: BuilderDraftConflict,
  DraftStorageNotice: BuilderDraftStorageNotice,
  Preview: BuilderPreview,
} as const
