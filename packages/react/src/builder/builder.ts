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
  /** Owns the draft (`value`/`defaultValue`, undo, validation, `persistKey`); every other part sits inside it. */
  Root: BuilderRoot,
  /** "Message type": the select of every interactive type; a change keeps what the new type allows. */
  TypePicker: BuilderTypePicker,
  /** "Header type" and the header's fields; nothing when the type takes no header. */
  Header: BuilderHeader,
  /** "Body text" with its counter and the formatting toolbar. */
  Body: BuilderBody,
  /** "Footer text"; nothing when the type takes no footer. */
  Footer: BuilderFooter,
  /** The type's own editor (buttons, list sections and rows, cards, …); nothing for a type with none. */
  Action: BuilderAction,
  /** "Problems": every issue of the draft (picking one focuses its field), with the fix-its no field shows. */
  IssueSummary: BuilderIssueSummary,
  /** The "Form" and "JSON" tabs over the same draft. */
  TabList: BuilderTabList,
  /** The "Form" tab's panel: put the form parts in it. */
  FormPanel: BuilderFormPanel,
  /** The "JSON" tab's panel: put `Builder.JsonEditor` in it. */
  JsonPanel: BuilderJsonPanel,
  /** "Interactive object (JSON)": the draft as text, with its syntax issues; opens a JSON file. */
  JsonEditor: BuilderJsonEditor,
  /** "Undo" and "Redo" (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y in the builder). */
  History: BuilderHistory,
  /** "New message": a fresh draft of the present type, in one undo step. */
  NewMessage: BuilderNewMessage,
  /** With `persistKey`: asks which draft to keep when another tab saved a newer one. */
  DraftConflict: BuilderDraftConflict,
  /** With `persistKey`: says when the browser refuses to save the draft, and offers a draft set aside. */
  DraftStorageNotice: BuilderDraftStorageNotice,
  /** The draft in `InteractivePreview`, in the builder's language, theme and validation options. */
  Preview: BuilderPreview,
} as const
