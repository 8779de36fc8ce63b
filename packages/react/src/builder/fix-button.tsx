import type { FixIt } from '@briq-interactive/core'
import { anchorElementId, type BuilderControls, type FocusRequest, useBuilderControls } from './builder-context.ts'
import { fixLabel } from './labels.ts'

/** Applies a fix-it as one undoable step, says so, and focuses what it changed (or `focus`). */
export function applyFix(controls: BuilderControls, fix: FixIt, focus?: FocusRequest): void {
  const { model, dispatch, announce, requestFocus, rootId, t, locale } = controls
  if (!dispatch({ op: 'fix', id: fix.id })) return
  announce(t('builder.announce.fixed', { fix: fixLabel(fix, t, locale) }))
  // The fixed draft's finder, which placed its issues: built once per draft shape, not per click.
  const anchor = model.getSnapshot().anchorOf(fix.paths[0] ?? [])
  // A fix that changes the type (four buttons → a list) leaves nothing at its path: the picker shows the new type.
  const elementId =
    anchor.kind === 'message'
      ? anchorElementId(rootId, 'type', ['type'])
      : anchorElementId(rootId, anchor.kind, anchor.path)
  requestFocus(focus ?? { elementId })
}

/** Props of a fix-it button. */
export interface FixButtonProps {
  fix: FixIt
  /** Where focus goes after the fix (the summary's next issue); default: the field it fixed. */
  focus?: FocusRequest | undefined
}

/** A fix-it as a button beside its issue, labelled from the catalogue ("Turn the 4 buttons into a list"). */
export function FixButton({ fix, focus }: FixButtonProps) {
  const controls = useBuilderControls('FixButton')
  return (
    <button type="button" className="bi-builder-fix" onClick={() => applyFix(controls, fix, focus)}>
      {fixLabel(fix, controls.t, controls.locale)}
    </button>
  )
}
