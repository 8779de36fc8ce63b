import { describeField, type IssuePath } from '@briq-interactive/core'
import { type ReactNode, useContext } from 'react'
import { wordedAround } from '../i18n/worded-around.tsx'
import { InDialogContext, SendDialogContext } from './send-dialog-context.ts'

/**
 * How the send dialog reaches the field of a problem with the message in a form beside it (your
 * builder): given the field's path inside the interactive object (`["body", "text"]`,
 * `["action", "buttons", 1, "reply", "title"]`), the action that shows and focuses that field,
 * or `undefined` where the form has no control for it (no button is offered then). Asked as the
 * dialog renders; the action runs on a press, once the modal dialog has closed and let go of
 * focus (at once for parts laid out inline).
 */
export type GoToField = (path: IssuePath) => (() => void) | undefined

/** Props of {@link GoToFieldButton}. */
interface GoToFieldButtonProps {
  /** The problem's request path (`["interactive", "body", "text"]`), if it names one. */
  path: IssuePath | undefined
  /** The language of the element the button is in (an issue's sentence's own). */
  within: string
}

/**
 * "Go to Body text": the button beside a problem with the message (before sending, or a refused
 * send naming the field) that takes the user to its field, where the root's `goToField` offers
 * one. Nothing for a path outside the interactive object (the recipient's field is the dialog's
 * own) or where no form beside the dialog has the field.
 */
export function GoToFieldButton({ path, within }: GoToFieldButtonProps): ReactNode {
  // Outside a root (the failure panel shown on its own), there is no form to go to.
  const state = useContext(SendDialogContext)
  const inDialog = useContext(InDialogContext)
  if (state === null) return null
  const { t, core, coreLangOf, goToField, goTo } = state
  if (goToField === undefined || path === undefined || path[0] !== 'interactive') return null
  const action = goToField(path.slice(1))
  if (action === undefined) return null
  // Named by the field, as core names it in its sentences (and in its own language where that is not the dialog's).
  const words = wordedAround(t, 'sendDialog.issues.goTo', {}, 'field', {
    text: describeField(path, core),
    lang: coreLangOf('field', undefined),
  })
  const own = t.langOf('sendDialog.issues.goTo')
  // After the words it follows, a space apart (none where no button is offered).
  return (
    <>
      {' '}
      <button
        type="button"
        className="bi-send-dialog-go-to"
        lang={own === within ? undefined : own}
        onClick={() => goTo(action, inDialog)}
      >
        {words.node}
      </button>
    </>
  )
}
