import { type ReactNode, useId } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { SendDialogActions } from '../send-dialog/send-dialog-actions.tsx'
import { SendDialogContent } from '../send-dialog/send-dialog-content.tsx'
import { useSendDialog } from '../send-dialog/send-dialog-context.ts'
import { SendDialogConversation } from '../send-dialog/send-dialog-conversation.tsx'
import { SendDialogForm } from '../send-dialog/send-dialog-form.tsx'
import { SendDialogIssues } from '../send-dialog/send-dialog-issues.tsx'
import { SendDialogRecipient } from '../send-dialog/send-dialog-recipient.tsx'
import { SendDialogSender } from '../send-dialog/send-dialog-sender.tsx'
import { SendDialogStatus } from '../send-dialog/send-dialog-status.tsx'
import { SendDialogTrigger } from '../send-dialog/send-dialog-trigger.tsx'
import { SendDialogWindow } from '../send-dialog/send-dialog-window.tsx'
import { SendDialogPresetParts } from '../send-dialog/send-interactive-dialog.tsx'
import { ComposerHeading } from './composer-heading.tsx'

/** Inline, says why Send did nothing when the draft itself is what blocks it (the form lists why). */
function DraftBlocked(): ReactNode {
  const { t, lang, plan, blocked } = useSendDialog('InteractiveComposer')
  const errors = plan.issues.filter((issue) => issue.path[0] === 'interactive').length
  if (!blocked || errors === 0) return null
  return (
    <p className="bi-send-dialog-note" data-invalid="" lang={ownLang(t, 'composer.blocked', lang)}>
      {t('composer.blocked', { count: errors })}
    </p>
  )
}

/**
 * The composer's send step. `dialog`: a "Send" button opening the send dialog (recipient,
 * window, issues, status, preview). `inline`: the same parts under the preview, in an element
 * with the form role (no `<form>`, which a host's form around the composer could not hold).
 * `conversation`: whether "Send to" is offered (not when the host fixed the conversation).
 */
export function ComposerSend({ mode, conversation }: { mode: 'dialog' | 'inline'; conversation: boolean }): ReactNode {
  const { t, lang } = useSendDialog('InteractiveComposer')
  // Inside the builder's element: the send step's own language is marked where it is not the builder's.
  const builderLang = useBuilderControls('InteractiveComposer').lang
  const headingId = useId()
  if (mode === 'inline') {
    return (
      // Not a <form>: the composer is often inside a host's (a CMS editor), which HTML cannot nest
      // a form in (a server render is rearranged by the parser). A form to assistive tech all
      // the same; Enter in the recipient and Send send by themselves, never the host's submit.
      <SendDialogForm asChild className="bi-composer-send">
        {/* biome-ignore lint/a11y/useSemanticElements: a <form> would nest in a host's form around the composer */}
        <div role="form" aria-labelledby={headingId} lang={langIfOther(lang, builderLang)}>
          <ComposerHeading id={headingId} wordedIn={t.langOf('sendDialog.title')} around={lang}>
            {t('sendDialog.title')}
          </ComposerHeading>
          {conversation ? <SendDialogConversation /> : null}
          <SendDialogSender />
          <SendDialogRecipient />
          <SendDialogWindow />
          <SendDialogIssues scope="request" />
          <DraftBlocked />
          <SendDialogStatus />
          <SendDialogActions />
        </div>
      </SendDialogForm>
    )
  }
  return (
    <>
      <SendDialogTrigger
        className="bi-send-dialog-button bi-composer-open"
        data-variant="primary"
        lang={ownLang(t, 'sendDialog.send', builderLang)}
      >
        {t('sendDialog.send')}
      </SendDialogTrigger>
      <SendDialogContent>
        <SendDialogPresetParts conversation={conversation} />
      </SendDialogContent>
    </>
  )
}
