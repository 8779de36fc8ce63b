import { forwardRef } from 'react'
import { BuilderHistory } from './builder-history.tsx'
import { BuilderRoot, type BuilderRootProps } from './builder-root.tsx'
import { BuilderFormPanel, BuilderJsonPanel, BuilderTabList } from './builder-tabs.tsx'
import { BuilderDraftConflict } from './draft-conflict.tsx'
import { BuilderIssueSummary } from './issue-summary.tsx'
import { BuilderJsonEditor } from './json-editor.tsx'
import { BuilderAction, BuilderBody, BuilderFooter, BuilderHeader } from './message-parts.tsx'
import { BuilderTypePicker } from './type-picker.tsx'

/** Props of `InteractiveBuilder`: those of `Builder.Root` (the draft, locale, persistence…), without children. */
export type InteractiveBuilderProps = Omit<BuilderRootProps, 'children'>

/**
 * Composes any WhatsApp interactive message by form: the "Form" and "JSON" tabs with Undo and
 * Redo, the type picker, header, body (counter and formatting toolbar), footer, the type's own
 * editor, and the issue summary with its fix-its. Core owns every rule; the builder shows them.
 *
 * @example
 * <InteractiveBuilder defaultValue={draft} onValueChange={(draft, result) => setDraft(draft)} locale="sw" persistKey="crm:draft" />
 */
export const InteractiveBuilder = forwardRef<HTMLDivElement, InteractiveBuilderProps>(
  function InteractiveBuilder(props, ref) {
    return (
      <BuilderRoot ref={ref} {...props}>
        <div className="bi-builder-bar">
          <BuilderTabList />
          <BuilderHistory />
        </div>
        <BuilderDraftConflict />
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
      </BuilderRoot>
    )
  },
)
InteractiveBuilder.displayName = 'InteractiveBuilder'
