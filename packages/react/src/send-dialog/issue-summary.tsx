import type { CoreMessages, Issue } from '@briq-interactive/core'
import type { ReactNode } from 'react'
import type { SendTranslate } from '../i18n/messages.ts'
import { type CoreLangOf, issueWords } from '../provider/use-core-messages.ts'
import { GoToFieldButton } from './go-to-field.tsx'

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
  languages: { lang: string; coreLangOf: CoreLangOf }
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
        titleLang={t.langOf('sendDialog.issues.errors')}
        core={core}
        languages={languages}
      />
      <IssueList
        kind="warning"
        issues={warnings}
        title={t('sendDialog.issues.warnings', { count: warnings.length })}
        titleLang={t.langOf('sendDialog.issues.warnings')}
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
  /** The language the title is worded in: the kit's English where a host's catalogue left it out. */
  titleLang: string
  core: CoreMessages
  languages: { lang: string; coreLangOf: CoreLangOf }
}) {
  const { kind, issues, title, titleLang, core, languages } = props
  if (issues.length === 0) return null
  return (
    <section className="bi-send-dialog-issues" data-kind={kind} aria-label={title}>
      <p className="bi-send-dialog-issues-title" lang={titleLang === languages.lang ? undefined : titleLang}>
        {title}
      </p>
      <ul className="bi-send-dialog-issues-list">
        {issues.map((issue) => (
          <IssueLine key={issueKey(issue)} issue={issue} core={core} languages={languages} />
        ))}
      </ul>
    </section>
  )
}

/**
 * A list's key for an issue: two counts can be passed at one path (11 sections and their 22 rows),
 * and the sentence tells them apart.
 */
export function issueKey(issue: Issue): string {
  return `${issue.path.join('.')}:${issue.code}:${issue.message}`
}

/**
 * One of core's issue sentences as a list item, marked with its own language where it is not the
 * dialog's, with the button that takes the user to its field where the root offers one
 * (`goToField`).
 */
export function IssueLine(props: {
  issue: Issue
  core: CoreMessages
  languages: { lang: string; coreLangOf: CoreLangOf }
}): ReactNode {
  const { issue, core, languages } = props
  const words = issueWords(issue, core, languages.coreLangOf)
  return (
    <li
      className="bi-send-dialog-issue"
      data-code={issue.code}
      lang={words.lang === languages.lang ? undefined : words.lang}
    >
      {words.text}
      <GoToFieldButton path={issue.path} within={words.lang} />
    </li>
  )
}
