import type { Issue } from '@briq-interactive/core'
import { memo } from 'react'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { ownLang } from '../i18n/own-lang.tsx'
import { markIn, withColon } from '../i18n/punctuation.ts'
import { issueWords } from '../provider/use-core-messages.ts'
import { useBuilderControls } from './builder-context.ts'
import { BuilderIcon } from './builder-icons.tsx'
import type { AnchorIssues } from './derive-issues.ts'
import { FixButton } from './fix-button.tsx'
import { useShowMessages } from './shown-messages.ts'
import { SrLabel } from './sr-label.tsx'

/**
 * An issue's React key among the issues at one place: its code, reason and what it counts
 * (core reports 11 sections and 22 rows at the same path), never its wording.
 */
export const issueKey = (issue: Issue): string =>
  `${issue.code}:${issue.reason ?? ''}:${String(issue.params?.noun ?? '')}`

/** Whether a control has anything to say (issues or fix-its). */
export const hasMessages = (issues: AnchorIssues | undefined): issues is AnchorIssues =>
  issues !== undefined && (issues.errors.length > 0 || issues.warnings.length > 0 || issues.fixes.length > 0)

/** Whether a control has issues to be described by (errors or warnings, not fix-its alone). */
export const hasIssues = (issues: AnchorIssues | undefined): issues is AnchorIssues =>
  issues !== undefined && issues.errors.length + issues.warnings.length > 0

/** The id of the issues' sentences inside `IssueMessages` of that `id`. */
export const issueListId = (messagesId: string) => `${messagesId}-list`

/**
 * One issue: its icon, the word "Error" or "Warning" (for screen readers; the icon shows it), its
 * sentence; with `stop`, ended for screen readers where a description reads on after it. The
 * sentence is marked with its own language where it is not the builder's (a host's core sentence
 * in French inside an English builder, core's English one in a French builder), so a screen
 * reader reads it in the right voice.
 */
export function IssueLine({ issue, severity, stop }: { issue: Issue; severity: 'error' | 'warning'; stop?: boolean }) {
  const { t, core, lang, coreLangOf } = useBuilderControls('IssueLine')
  // Sentence by sentence: a host wording only some issues has core's English for the others.
  const { text, lang: sentenceLang } = issueWords(issue, core, coreLangOf)
  const own = sentenceLang === lang ? undefined : sentenceLang
  const labelKey = severity === 'error' ? 'builder.issue.error' : 'builder.issue.warning'
  return (
    <>
      <BuilderIcon name={severity} />
      <SrLabel said={withColon(t, labelKey)} lang={ownLang(t, labelKey, lang)} />
      {stop ? (
        <span className="bi-builder-issue-text" lang={own}>
          {text}
          <SentenceStop after={text} stop={markIn(t, sentenceLang, 'punctuation.stop')} />
        </span>
      ) : own === undefined ? (
        text
      ) : (
        <span className="bi-worded" lang={own}>
          {text}
        </span>
      )}
    </>
  )
}

/**
 * The issues and fix-its of one control, under it (`id`: `<control id>-issues`). The control is
 * described by the issues' sentences alone (`issueListId`): each fix-it is a button of its own,
 * the next stop after the control for a swipe and for Tab, so a description that named it too
 * read it twice. Errors and warnings differ by icon and by word, not only by
 * colour. While mounted, it tells the summary that this control shows its own fix-its. Memoised:
 * its field re-renders on every keystroke (the counter), its issues only when they change.
 */
export const IssueMessages = memo(function IssueMessages({
  id,
  issues,
}: {
  id: string
  issues: AnchorIssues | undefined
}) {
  const { t, lang, shownMessages } = useBuilderControls('IssueMessages')
  useShowMessages(shownMessages, id)
  if (!hasMessages(issues)) return null
  const suggestions = issues.fixes.filter((fix) => fix.issues.length === 0)
  const repairs = issues.fixes.filter((fix) => fix.issues.length > 0)
  return (
    <div className="bi-builder-messages" id={id}>
      {hasIssues(issues) ? (
        <ul className="bi-builder-issue-list" id={issueListId(id)}>
          {/* Keyed by code, reason and what is counted, not wording: "1025 characters" → "1026"
              updates the line in place, and 11 sections and 22 rows are two lines. */}
          {issues.errors.map((issue) => (
            <li key={`e:${issueKey(issue)}`} className="bi-builder-issue" data-severity="error">
              <IssueLine issue={issue} severity="error" stop />
            </li>
          ))}
          {issues.warnings.map((issue) => (
            <li key={`w:${issueKey(issue)}`} className="bi-builder-issue" data-severity="warning">
              <IssueLine issue={issue} severity="warning" stop />
            </li>
          ))}
        </ul>
      ) : null}
      {repairs.length > 0 ? (
        <div className="bi-builder-fixes">
          {repairs.map((fix) => (
            <FixButton key={fix.id} fix={fix} />
          ))}
        </div>
      ) : null}
      {suggestions.map((fix) => (
        <p key={fix.id} className="bi-builder-suggestion">
          <BuilderIcon name="suggestion" />
          <SrLabel
            said={withColon(t, 'builder.issue.suggestion')}
            lang={ownLang(t, 'builder.issue.suggestion', lang)}
          />
          <FixButton fix={fix} />
        </p>
      ))}
    </div>
  )
})
