'use client'

import { forwardRef, type ReactNode } from 'react'
import { ComponentNameContext } from '../provider/component-name.ts'
import { BuilderHistory, BuilderNewMessage } from './builder-history.tsx'
import { type BuilderDivProps, type BuilderOptions, BuilderRoot } from './builder-root.tsx'
import { BuilderFormPanel, BuilderJsonPanel, BuilderTabList } from './builder-tabs.tsx'
import { BuilderDraftConflict } from './draft-conflict.tsx'
import { BuilderDraftStorageNotice } from './draft-storage-notice.tsx'
import { BuilderIssueSummary } from './issue-summary.tsx'
import { BuilderJsonEditor } from './json-editor.tsx'
import { BuilderAction, BuilderBody, BuilderFooter, BuilderHeader } from './message-parts.tsx'
import { BuilderTypePicker } from './type-picker.tsx'

/**
 * The builder's parts as the preset lays them out, inside a `Builder.Root`: the bar with New
 * message, Undo and Redo, then the tabs, a restored draft's conflict, the saved draft's notices, the Form and JSON panels and the issue summary. The
 * composer places the same arrangement beside its preview.
 */
export function BuilderPresetParts(): ReactNode {
  return (
    <>
      {/* The tabs last in the bar: Tab from them goes into their panel (WAI-ARIA APG tabs pattern,
          https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), and the bar reads in the order it is drawn. */}
      <div className="bi-builder-bar">
        <BuilderNewMessage />
        <BuilderHistory />
        <BuilderTabList />
      </div>
      <BuilderDraftConflict />
      <BuilderDraftStorageNotice />
      <BuilderFormPanel>
        <BuilderTypePicker />
        <BuilderHeader />
        <BuilderBody />
        <BuilderFooter />
        <BuilderAction />
      </BuilderFormPanel>
      <BuilderJsonPanel>
        <BuilderJsonEditor />
      </BuilderJsonPanel>
      <BuilderIssueSummary />
    </>
  )
}

/** Props of `InteractiveBuilder`: those of `Builder.Root` (the draft, locale, persistence…), without children. */
export interface InteractiveBuilderProps extends BuilderOptions, BuilderDivProps {}

/**
 * Composes any WhatsApp interactive message by form: the "Form" and "JSON" tabs with "New
 * message", Undo and Redo, the type picker, header, body (counter and formatting toolbar), footer, the type's own
 * editor, and the issue summary with its fix-its. Core owns every rule; the builder shows them.
 *
 * @example
 * ```tsx
 * <InteractiveBuilder defaultValue={draft} onValueChange={(draft, result) => setDraft(draft)} locale="sw" persistKey="crm:draft" />
 * ```
 */
export const InteractiveBuilder = forwardRef<HTMLDivElement, InteractiveBuilderProps>(
  function InteractiveBuilder(props, ref) {
    return (
      <ComponentNameContext.Provider value="<InteractiveBuilder>">
        <BuilderRoot ref={ref} {...props}>
          <BuilderPresetParts />
        </BuilderRoot>
      </ComponentNameContext.Provider>
    )
  },
)
if (process.env.NODE_ENV !== 'production') InteractiveBuilder.displayName = 'InteractiveBuilder'
