import type { FixIt } from '@briq-interactive/core'
import { useId } from 'react'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { worded } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { anchorElementId, type BuilderControls, type FocusRequest, useBuilderControls } from './builder-context.ts'
import { fixLabel, withLeftOut } from './labels.ts'
import { handOnMessage } from './opened-recipients.ts'

/** Applies a fix-it as one undoable step, says so, and focuses what it changed (or `focus`). */
export function applyFix(controls: BuilderControls, fix: FixIt, focus?: FocusRequest): void {
  const { model, dispatch, announce, requestFocus, rootId, t } = controls
  if (!dispatch({ op: 'fix', id: fix.id })) return
  // Keeping only the interactive object of a pasted whole message: its recipient and sender go to
  // the send step (one the person entered or picked stays), and what is left out is named, as the
  // JSON tab names it for the same message pasted or opened.
  const { keptFor, leftOut } = handOnMessage(controls.openedRecipients, {
    to: fix.recipient,
    sender: fix.sender,
    leftOut: fix.leftOut,
    leftOutWithTo: fix.leftOutWithTo,
  })
  const done = { fix: fixLabel(fix, t) }
  const said =
    keptFor === undefined
      ? worded(t, 'builder.announce.fixed', done)
      : worded(t, 'builder.announce.fixedRecipientKept', { ...done, to: keptFor })
  announce(withLeftOut(t, said, leftOut))
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

/**
 * A fix-it as a button beside its issue, labelled from the catalogue ("Turn the 4 buttons into a
 * list"). Its text ends with a full stop for screen readers that read the messages as a run of
 * text; its own name, from the label alone, has none. A control's description leaves it out
 * (`issueListId`): the button says itself, next.
 */
export function FixButton({ fix, focus }: FixButtonProps) {
  const controls = useBuilderControls('FixButton')
  const labelId = useId()
  const label = fixLabel(fix, controls.t)
  return (
    <button
      type="button"
      className="bi-builder-fix"
      aria-labelledby={labelId}
      lang={ownLang(controls.t, fix.labelKey, controls.lang)}
      onClick={() => applyFix(controls, fix, focus)}
    >
      {/* One inline run, or the stop would be set apart (" . ", read "dot"). */}
      <span className="bi-builder-fix-text">
        <span id={labelId} className="bi-builder-fix-label">
          {label}
        </span>
        <SentenceStop after={label} stop={markIn(controls.t, controls.t.langOf(fix.labelKey), 'punctuation.stop')} />
      </span>
    </button>
  )
}
