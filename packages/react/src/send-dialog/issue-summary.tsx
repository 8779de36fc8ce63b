import { describePath, type Issue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { Translate } from '../i18n/messages.ts'

/** Props of the dialog's validation summary. */
export interface IssueSummaryProps {
  /** Errors from core's `validateSendRequest`: they block sending. */
  issues: Issue[]
  /** Warnings: shown, but they do not block. */
  warnings: Issue[]
  /** The dialog's translator. */
  t: Translate
}

/** Lists core's validation errors and warnings, each with the part of the message it is about. */
export function IssueSummary({ issues, warnings, t }: IssueSummaryProps): ReactNode {
  return (
    <>
      <IssueList kind="error" issues={issues} title={t('sendDialog.issues.errors', { count: issues.length })} />
      <IssueList kind="warning" issues={warnings} title={t('sendDialog.issues.warnings', { count: warnings.length })} />
    </>
  )
}

function IssueList({ kind, issues, title }: { kind: 'error' | 'warning'; issues: Issue[]; title: string }) {
  if (issues.length === 0) return null
  return (
    <section className="bi-send-dialog-issues" data-kind={kind} aria-label={title}>
      <p className="bi-send-dialog-issues-title">{title}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path.join('.')}:${issue.code}:${issue.message}`} data-code={issue.code}>
            {issue.path.length > 0 ? <strong>{describePath(issue.path)}: </strong> : null}
            {issue.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
