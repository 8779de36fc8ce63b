import { type CoreMessages, formatIssue, type Issue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'

/** Props of the dialog's validation summary. */
export interface IssueSummaryProps {
  /** Errors from core's `validateSendRequest`: they block sending. */
  issues: Issue[]
  /** Warnings: shown, but they do not block. */
  warnings: Issue[]
  /** The dialog's translator. */
  t: SendTranslate
  /** Core's wording in the dialog's language: each issue is one sentence naming its field. */
  core: CoreMessages
  /** The sentences' language where it is not the dialog's (a host's core sentences in French). */
  lang?: string | undefined
}

/** Lists core's validation errors and warnings, each as one sentence in the dialog's language. */
export function IssueSummary({ issues, warnings, t, core, lang }: IssueSummaryProps): ReactNode {
  return (
    <>
      <IssueList
        kind="error"
        issues={issues}
        title={t('sendDialog.issues.errors', { count: issues.length })}
        core={core}
        lang={lang}
      />
      <IssueList
        kind="warning"
        issues={warnings}
        title={t('sendDialog.issues.warnings', { count: warnings.length })}
        core={core}
        lang={lang}
      />
    </>
  )
}

function IssueList(props: {
  kind: 'error' | 'warning'
  issues: Issue[]
  title: string
  core: CoreMessages
  lang: string | undefined
}) {
  const { kind, issues, title, core, lang } = props
  if (issues.length === 0) return null
  return (
    <section className="bi-send-dialog-issues" data-kind={kind} aria-label={title}>
      <p className="bi-send-dialog-issues-title">{title}</p>
      <ul className="bi-send-dialog-issues-list" lang={lang}>
        {issues.map((issue) => (
          <li
            key={`${issue.path.join('.')}:${issue.code}:${issue.message}`}
            className="bi-send-dialog-issue"
            data-code={issue.code}
          >
            {formatIssue(issue, core)}
          </li>
        ))}
      </ul>
    </section>
  )
}
