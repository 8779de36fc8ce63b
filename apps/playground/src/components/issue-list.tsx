import { formatIssue, type Issue, type SendInteractiveRequest, type ValidationResult } from '@briq-interactive/core'
import { useId } from 'react'
import { useCoreMessages, useTranslate } from '../i18n/translator.ts'

/** `["interactive","action","buttons",1,"reply","title"]` → `interactive.action.buttons[1].reply.title`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  )
}

function IssueItems({ issues }: { issues: readonly Issue[] }) {
  const t = useTranslate()
  const core = useCoreMessages()
  return (
    <ul className="pg-issues">
      {issues.map((issue) => (
        <li key={`${formatIssuePath(issue.path)}:${issue.code}:${issue.message}`} data-code={issue.code}>
          <code className="pg-issue-path">{issue.path.length ? formatIssuePath(issue.path) : t('issuePathRoot')}</code>{' '}
          <span>{formatIssue(issue, core)}</span>
        </li>
      ))}
    </ul>
  )
}

/** Props of `IssueList`. */
export interface IssueListProps {
  /** core's `validateSendRequest` result for the current request. */
  validation: ValidationResult<SendInteractiveRequest>
}

/** core's issues (blocking) and warnings (not blocking), each with its path and message. */
export function IssueList({ validation }: IssueListProps) {
  const t = useTranslate()
  const headingId = useId()
  const issues = validation.ok ? [] : validation.issues
  return (
    <section className="pg-panel" aria-labelledby={headingId} data-invalid={issues.length ? '' : undefined}>
      <h2 id={headingId}>{t('issuesHeading')}</h2>
      <p className="pg-summary" role="status">
        {issues.length ? t('issuesCount', { count: issues.length }) : t('issuesNone')}
      </p>
      {issues.length ? <IssueItems issues={issues} /> : null}
      {validation.warnings.length ? (
        <div className="pg-warnings">
          <h3>{t('warningsHeading')}</h3>
          <p className="pg-hint">{t('warningsHint')}</p>
          <IssueItems issues={validation.warnings} />
        </div>
      ) : null}
    </section>
  )
}
