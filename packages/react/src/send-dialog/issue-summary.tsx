import { type CoreMessages, formatIssue, type Issue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { type CoreLangOf, issueKeyIn } from '../provider/use-core-messages.ts'

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
  /** The dialog's language, and the language of each of core's sentences (see `CoreLangOf`). */
  languages?: { lang: string; coreLangOf: CoreLangOf } | undefined
}

/**
 * Lists core's validation errors and warnings, one sentence each, every sentence marked with its
 * own language where it is not the dialog's (a host's core sentence in French inside an English
 * dialog, core's English one a French host left unworded), so a screen reader reads it in the
 * right voice.
 */
export function IssueSummary({ issues, warnings, t, core, languages }: IssueSummaryProps): ReactNode {
  return (
    <>
      <IssueList
        kind="error"
        issues={issues}
        title={t('sendDialog.issues.errors', { count: issues.length })}
        core={core}
        languages={languages}
      />
      <IssueList
        kind="warning"
        issues={warnings}
        title={t('sendDialog.issues.warnings', { count: warnings.length })}
        core={core}
        languages={languages}
      />
    </>
  )
}

function IssueList(props: {
  kind: 'error' | 'warning'
  issues: Issue[]
  title: string
  core: CoreMessages
  languages: { lang: string; coreLangOf: CoreLangOf } | undefined
}) {
  const { kind, issues, title, core, languages } = props
  const langOf = (issue: Issue) => {
    const own = languages?.coreLangOf('issues', issueKeyIn(issue, core))
    return own === languages?.lang ? undefined : own
  }
  if (issues.length === 0) return null
  return (
    <section className="bi-send-dialog-issues" data-kind={kind} aria-label={title}>
      <p className="bi-send-dialog-issues-title">{title}</p>
      <ul className="bi-send-dialog-issues-list">
        {issues.map((issue) => (
          <li
            key={`${issue.path.join('.')}:${issue.code}:${issue.message}`}
            className="bi-send-dialog-issue"
            data-code={issue.code}
            lang={langOf(issue)}
          >
            {formatIssue(issue, core)}
          </li>
        ))}
      </ul>
    </section>
  )
}
